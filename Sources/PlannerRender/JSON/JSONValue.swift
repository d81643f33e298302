import PlannerCore
import PlannerRisk

/// The one JSON value of every output (plan, next, rules, check, risk, cohort, programs): ordered
/// object keys, so documents come out in a documented, stable order, and numbers with fixed
/// decimals, so the bytes are the same on every platform (issue 20, point 7).
public indirect enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  /// Written with four decimals (`RiskText.fixed`), as `planner risk --format json` always has.
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }
  public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

  /// Pretty-printed with two-space indentation and a trailing newline at the top level.
  public func rendered(indent: Int = 0) -> String {
    var out = ""
    write(into: &out, indent: indent)
    return out
  }

  /// Appends to one buffer: building each nested value as its own string and joining them copied
  /// every byte once per level, which made a 25,000-task plan spend 40% of its time here
  /// (issue 26's fuzz run; Tests/fuzz/run.sh).
  public func write(into out: inout String, indent: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .number(let d): out += RiskText.fixed(d, decimals: 4)
    case .string(let s): JSONValue.quote(s, into: &out)
    case .array(let items):
      if items.isEmpty { out += "[]"; return }
      out += "["
      for (index, item) in items.enumerated() {
        out += index == 0 ? "\n" : ",\n"
        JSONValue.pad(&out, indent + 1)
        item.write(into: &out, indent: indent + 1)
      }
      out += "\n"
      JSONValue.pad(&out, indent)
      out += "]"
    case .object(let pairs):
      if pairs.isEmpty { out += "{}"; return }
      out += "{"
      for (index, pair) in pairs.enumerated() {
        out += index == 0 ? "\n" : ",\n"
        JSONValue.pad(&out, indent + 1)
        JSONValue.quote(pair.0, into: &out)
        out += ": "
        pair.1.write(into: &out, indent: indent + 1)
      }
      out += "\n"
      JSONValue.pad(&out, indent)
      out += "}"
    }
  }

  private static func pad(_ out: inout String, _ level: Int) {
    for _ in 0..<level { out += "  " }
  }

  public static func quote(_ s: String) -> String {
    var out = ""
    quote(s, into: &out)
    return out
  }

  public static func quote(_ s: String, into out: inout String) {
    out += "\""
    // Most strings need no escape: append them whole.
    if !s.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\\" || $0.value < 0x20 || TerminalText.isUnsafe($0) }) {
      out += s
      out += "\""
      return
    }
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      // Control characters, and what a terminal would act on when the file is shown (DEL, C1,
      // bidi overrides), are written as \u escapes: the same string, nothing raw.
      case _ where TerminalText.isUnsafe(scalar):
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
