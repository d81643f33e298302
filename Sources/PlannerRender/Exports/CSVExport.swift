import PlannerCore
public import PlannerPathway

/// `plan --format csv`: one row per task with the JSON's task fields in the JSON's order
/// (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break).
public enum CSVExport {
  public static func render(_ r: PlanResult, profile: Profile) -> String {
    guard case .object(let document) = PlanReport.json(r, profile: profile),
      case .array(let tasks)? = document.first(where: { $0.0 == "tasks" })?.1
    else { return "" }
    var header: [String] = []
    var rows: [[String]] = []
    for case .object(let pairs) in tasks {
      if header.isEmpty { header = pairs.map(\.0) }
      let values = Dictionary(pairs, uniquingKeysWith: { a, _ in a })
      rows.append(header.map { values[$0].map(cell) ?? "" })
    }
    return ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  /// A JSON value as one cell: lists joined with "; ", objects as "key: value; …", null empty; control characters other
  /// than a line feed shown as escapes, so the file is safe to print on a terminal too.
  static func cell(_ v: JSONValue) -> String {
    switch v {
    case .null: return ""
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .number: return v.rendered()
    case .string(let s): return guardFormula(TerminalText.sanitize(s))
    case .array(let items): return items.map(cell).joined(separator: "; ")
    // One line, "task: eras.submit; date: 2027-09-22; …": a cell is no place for indented JSON.
    case .object(let pairs): return pairs.map { "\($0.0): \(cell($0.1))" }.joined(separator: "; ")
    }
  }

  /// Spreadsheets run a cell that starts with = + - @ as a formula: text that does (a name, a
  /// note) gets a leading apostrophe, numbers such as -5 stay numbers.
  static func guardFormula(_ s: String) -> String {
    guard let first = s.first else { return s }
    let isNumber = Int(s) != nil
    if !isNumber && ["=", "+", "-", "@", "\t", "\r"].contains(first) { return "'" + s }
    return s
  }

  static func field(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
    return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
  }
}
