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
    let pad = String(repeating: "  ", count: indent + 1)
    let close = String(repeating: "  ", count: indent)
    switch self {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .number(let d): return RiskText.fixed(d, decimals: 4)
    case .string(let s): return JSONValue.quote(s)
    case .array(let items):
      if items.isEmpty { return "[]" }
      return "[\n" + items.map { pad + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n" + close + "]"
    case .object(let pairs):
      if pairs.isEmpty { return "{}" }
      return "{\n" + pairs.map { pad + JSONValue.quote($0.0) + ": " + $0.1.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n" + close + "}"
    }
  }

  public static func quote(_ s: String) -> String {
    var out = "\""
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
    return out + "\""
  }
}
