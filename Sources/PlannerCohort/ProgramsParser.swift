import PlannerCore
import PlannerRules

/// A programs file problem, as one line each: `programs.csv:4:19: error: visa: 'J1 only' …`.
public struct ProgramsError: Error, Equatable, Sendable, CustomStringConvertible {
  public var lines: [String]
  public init(lines: [String]) { self.lines = lines }
  public var description: String { lines.joined(separator: "\n") }
}

/// Reads a programs file (CSV with a header row; columns in any order, documented in the
/// README). Empty cells and `unknown` mean the applicant did not find that requirement. Every
/// bad cell is reported with its line, column and value; nothing is half-read. Pure.
public enum ProgramsParser {
  /// The columns, in the order the sample file and outputs use.
  public static let columns = ["id", "name", "specialty", "state", "graduation", "attempts", "visa", "usce", "step2ck_min", "deadline", "interviews", "note"]

  public static func parse(_ text: String, file: String) throws(ProgramsError) -> [Program] {
    let records: [[CSVReader.Field]]
    do {
      records = try CSVReader.read(text)
    } catch {
      throw ProgramsError(lines: ["\(file):\(error.line):\(error.column): error: \(error.message)"])
    }
    guard let header = records.first else { throw ProgramsError(lines: ["\(file):1:1: error: the file is empty; the first line names the columns (\(columns.joined(separator: ",")))"]) }
    if let semicolons = semicolonSeparated(header) {
      throw ProgramsError(lines: ["\(file):1:\(semicolons): error: the columns are separated by semicolons (as spreadsheets save CSV in many countries); planner reads commas: save the sheet as \"CSV UTF-8 (comma delimited)\", or replace each ';' with ','"])
    }
    var problems: [String] = []
    var index: [String: Int] = [:]
    for (k, field) in header.enumerated() {
      let name = field.text.trimmed.lowercased()
      if !columns.contains(name) {
        let hint = suggestedColumn(field.text).map { "; did you mean '\($0)'?" } ?? ""
        problems.append("\(file):\(field.line):\(field.column): error: unknown column \(quote(field.text))\(hint) (the columns are \(columns.joined(separator: ", ")))")
      } else if index[name] != nil {
        problems.append("\(file):\(field.line):\(field.column): error: column \(quote(name)) appears twice")
      } else {
        index[name] = k
      }
    }
    if index["name"] == nil { problems.append("\(file):1:1: error: no 'name' column; the first line names the columns (\(columns.joined(separator: ",")))") }
    if !problems.isEmpty { throw ProgramsError(lines: problems) }
    var programs: [Program] = []
    for record in records.dropFirst() {
      let line = record.first?.line ?? 0
      if record.count > header.count {
        let extra = record[header.count]
        problems.append("\(file):\(extra.line):\(extra.column): error: \(record.count) fields, but the header names \(header.count) columns")
        continue
      }
      func cell(_ column: String) -> CSVReader.Field? {
        guard let k = index[column], k < record.count else { return nil }
        return record[k]
      }
      func text(_ column: String) -> String { cell(column)?.text.trimmed ?? "" }
      func fail(_ column: String, _ message: String) {
        let f = cell(column)
        problems.append("\(file):\(f?.line ?? line):\(f?.column ?? 1): error: \(column): \(quote(f?.text ?? "")) \(message)")
      }
      var p = Program(id: text("id"), name: text("name"), specialty: text("specialty"), state: text("state"), note: text("note"), line: line)
      if p.name.isEmpty || isUnknown(p.name) { fail("name", "is empty; every program needs a name") }
      if let v = value("graduation", text) {
        if ["none", "no limit", "any"].contains(v) { p.graduation = .none }
        else if let year = Int(v), (1950...2100).contains(year) { p.graduation = .yearOrLater(year) }
        else if let years = yearsPrefix(v) { p.graduation = .withinYears(years) }
        else { fail("graduation", "is not a year of graduation limit (a year such as 2021 for graduates of 2021 or later, '5 years' since graduation, none, or unknown)") }
      }
      if let v = value("attempts", text) {
        if ["no failures", "first attempt", "1"].contains(v) { p.attempts = .noFailures }
        else if ["any", "no limit", "none"].contains(v) { p.attempts = .any }
        else if let n = Int(v), (1...4).contains(n) { p.attempts = .atMost(n) }
        else { fail("attempts", "is not an attempts rule (the most attempts accepted on any Step, 1 to 4; 'no failures'; any; or unknown)") }
      }
      if let v = value("visa", text) {
        if v == "none" { p.visa = .none }
        else {
          var set = Set<Program.Visa>()
          var bad = false
          for part in v.split(whereSeparator: { $0 == ";" || $0 == "/" || $0 == "+" || $0 == "&" }).map({ $0.trimmed }) where !part.isEmpty {
            switch part.replacingHyphens {
            case "j1": set.insert(.j1)
            case "h1b": set.insert(.h1b)
            default: bad = true
            }
          }
          if bad || set.isEmpty { fail("visa", "is not a visa sponsorship (J-1, H-1B, J-1;H-1B, none, or unknown)") } else { p.visa = .visas(set) }
        }
      }
      if let v = value("usce", text) {
        switch v {
        case "yes", "required": p.usce = .required
        case "preferred": p.usce = .preferred
        case "no", "not required": p.usce = .notRequired
        default: fail("usce", "is not a US clinical experience requirement (required, preferred, no, or unknown)")
        }
      }
      if let v = value("step2ck_min", text) {
        if v == "none" { p.minimumStep2CK = .none }
        else if let n = Int(v), (1...300).contains(n) { p.minimumStep2CK = .atLeast(n) }
        else { fail("step2ck_min", "is not a Step 2 CK score (a whole number up to 300, none, or unknown)") }
      }
      if let v = value("deadline", text) {
        if let d = Day(iso: v), (1950...2100).contains(d.year) { p.deadline = d } else { fail("deadline", "is not a date (YYYY-MM-DD, or unknown)") }
      }
      if let v = value("interviews", text) {
        var days: [Day] = []
        for part in v.split(whereSeparator: { $0 == ";" || $0 == " " }).map({ String($0) }) where !part.isEmpty {
          if let d = Day(iso: part), (1950...2100).contains(d.year) { days.append(d) } else { fail("interviews", "holds \(quote(part)), not a date (dates YYYY-MM-DD separated by ';', or unknown)") }
        }
        p.interviews = days.sorted()
      }
      programs.append(p)
    }
    if !problems.isEmpty { throw ProgramsError(lines: problems) }
    return programs
  }

  /// The column of the first ';' when the header is one cell of several known columns joined by
  /// semicolons (or holds more ';'-joined names than ','-separated ones): a semicolon CSV.
  static func semicolonSeparated(_ header: [CSVReader.Field]) -> Int? {
    guard let field = header.first(where: { $0.text.contains(";") }) else { return nil }
    let names = header.flatMap { $0.text.split(separator: ";").map { $0.trimmed.lowercased() } }
    guard names.filter({ columns.contains($0) || suggestedColumn($0) != nil }).count >= 2, names.count > header.count else { return nil }
    let offset = field.text.distance(from: field.text.startIndex, to: field.text.firstIndex(of: ";")!)
    return field.column + offset
  }

  /// Header names spreadsheets and program lists use, and near misses, to the documented column.
  static func suggestedColumn(_ name: String) -> String? {
    let key = name.trimmed.lowercased().filter { $0.isLetter || $0.isNumber }
    let known: [String: String] = [
      "program": "name", "programname": "name", "programme": "name", "programmename": "name", "hospital": "name", "institution": "name",
      "yog": "graduation", "yearofgraduation": "graduation", "graduationyear": "graduation", "gradyear": "graduation", "graduationcutoff": "graduation",
      "visasponsorship": "visa", "visas": "visa", "sponsorsvisa": "visa", "visatype": "visa",
      "usclinicalexperience": "usce", "usclinicalexperiencerequired": "usce",
      "step2ck": "step2ck_min", "step2": "step2ck_min", "ck": "step2ck_min", "step2ckminimum": "step2ck_min", "minstep2ck": "step2ck_min",
      "minimumstep2ck": "step2ck_min", "step2ckscore": "step2ck_min", "ckscore": "step2ck_min", "ckmin": "step2ck_min",
      "applicationdeadline": "deadline", "applydeadline": "deadline", "duedate": "deadline",
      "interviewdates": "interviews", "interview": "interviews", "interviewdays": "interviews",
      "notes": "note", "comments": "note", "comment": "note",
      "attemptsallowed": "attempts", "maxattempts": "attempts", "attemptlimit": "attempts",
      "programid": "id", "nrmpcode": "id", "code": "id", "programcode": "id", "acgmeid": "id",
      "speciality": "specialty", "field": "specialty", "location": "state",
    ]
    if let column = known[key] { return column }
    if key.hasPrefix("uscerequired") || key == "usce" { return "usce" }
    return nearest(name.trimmed.lowercased(), in: columns)
  }

  static func isUnknown(_ v: String) -> Bool { v.isEmpty || v.lowercased() == "unknown" || v == "?" }

  /// The cell lowercased, or nil when it is empty or unknown.
  static func value(_ column: String, _ text: (String) -> String) -> String? {
    let v = text(column)
    return isUnknown(v) ? nil : v.lowercased()
  }

  /// "5 years", "5y", "5 yrs" → 5.
  static func yearsPrefix(_ v: String) -> Int? {
    let digits = v.prefix { $0.isNumber }
    let rest = v.dropFirst(digits.count).trimmed
    guard let n = Int(digits), (0...60).contains(n), ["y", "yr", "yrs", "year", "years"].contains(rest) else { return nil }
    return n
  }

  /// A cell as messages show it: on one line, escaped, and cut (a 1 MB cell once came back
  /// whole, twice; issue 26, point 8).
  static func quote(_ s: String) -> String { YAMLText.quoted(s) }
}

extension StringProtocol {
  var trimmed: String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }

  /// "J-1", "j1", "J 1" → "j1".
  var replacingHyphens: String { String(lowercased().filter { $0 != "-" && $0 != " " && $0 != "_" }) }
}
