public import PlannerCore
public import Yams

/// Reads values out of Yams nodes for the profile and the rules pack alike: every problem is
/// collected with its line and column, quoting the bad value, and an unknown key gets the near
/// one suggested (`Spelling`). Pure: the caller composes the nodes.
public struct YAMLReader {
  /// The file name the diagnostics carry.
  public let file: String
  /// Every problem found so far, in the order found.
  public var diagnostics: [Diagnostic] = []

  public init(file: String) { self.file = file }

  /// Yams' errors as one positioned line (the prescan reports most of them first).
  public func syntaxDiagnostic(_ error: YamlError, text: String) -> Diagnostic {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return Diagnostic(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(problem)")
    case .reader(let problem, let offset, _, _):
      let at = offset.map { YAMLText.position(ofCharacterOffset: $0, in: text) } ?? (line: 1, column: 1)
      return Diagnostic(file: file, line: at.line, column: at.column, message: "YAML syntax: \(problem)")
    case .duplicatedKeysInMapping(let keys, let context):
      let names = keys.prefix(3).map { YAMLText.quoted($0) }.joined(separator: ", ")
      return Diagnostic(file: file, line: context.mark.line, column: context.mark.column, message: "a key appears twice in this mapping: \(names)")
    default:
      return Diagnostic(file: file, line: 1, column: 1, message: "cannot read YAML")
    }
  }

  /// What a value is, for messages: a short quote of a scalar, never a dump of a collection.
  public static func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let s): return YAMLText.quoted(s.string)
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  public mutating func fail(_ node: Node, _ message: String) {
    let mark = node.mark
    diagnostics.append(Diagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
  }

  /// The pairs of a mapping, reporting unknown keys (with a hint) and a non-mapping value.
  public mutating func pairs(_ node: Node, allowed: [String]?, context: String) -> [(key: String, keyNode: Node, value: Node)] {
    if case .scalar(let s) = node, s.string.isEmpty || s.string == "~" || s.string == "null" { return [] }
    guard let mapping = node.mapping else {
      fail(node, "\(context) must be a mapping of keys to values, got \(Self.describe(node))")
      return []
    }
    var result: [(String, Node, Node)] = []
    var seen: Set<String> = []
    for (k, v) in mapping {
      guard case .scalar(let scalar) = k else {
        fail(k, "keys in \(context) must be plain words, got \(Self.describe(k))")
        continue
      }
      let key = scalar.string
      if !seen.insert(key).inserted {
        fail(k, "key \(YAMLText.quoted(key)) appears twice in \(context)")
        continue
      }
      if let allowed, !allowed.contains(key) {
        let hint = Spelling.suggestion(forKey: key, in: allowed, context: context).map { "; did you mean '\($0)'?" } ?? " (known keys: \(allowed.joined(separator: ", ")))"
        fail(k, "unknown key \(YAMLText.quoted(key)) in \(context)\(hint)")
        continue
      }
      result.append((key, k, v))
    }
    return result
  }

  public mutating func string(_ node: Node, _ what: String) -> String? {
    guard case .scalar(let s) = node else {
      fail(node, "\(what) must be a single value, got \(Self.describe(node))")
      return nil
    }
    return s.string
  }

  public mutating func date(_ node: Node, _ what: String) -> Day? {
    guard let text = string(node, what) else { return nil }
    guard let day = Day(iso: text) else {
      fail(node, "\(what): \(YAMLText.quoted(text)) \(DateSpelling.notADate(text))")
      return nil
    }
    guard PlannableDates.range.contains(day) else {
      fail(node, "\(what): '\(day)' is outside the dates planner can plan (\(PlannableDates.summary))")
      return nil
    }
    return day
  }

  public mutating func integer(_ node: Node, _ what: String, in range: ClosedRange<Int>, unit: String) -> Int? {
    guard let text = string(node, what) else { return nil }
    guard let value = Int(text), range.contains(value) else {
      fail(node, "\(what) must be a whole number of \(unit) from \(range.lowerBound) to \(range.upperBound), got \(YAMLText.quoted(text))")
      return nil
    }
    return value
  }

  public mutating func boolean(_ node: Node, _ what: String) -> Bool? {
    guard let text = string(node, what) else { return nil }
    switch text.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default:
      fail(node, "\(what) must be true or false, got \(YAMLText.quoted(text))")
      return nil
    }
  }

  public mutating func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ what: String, _: T.Type) -> T? where T.RawValue == String {
    guard let text = string(node, what) else { return nil }
    if let value = T(rawValue: text.lowercased()) { return value }
    // What people type: `J-1`, `J1`, `h-1b`, `H1B`, `H 1B` all mean the same choice.
    if let value = T.allCases.first(where: { Spelling.folded($0.rawValue) == Spelling.folded(text) }) { return value }
    let names = T.allCases.map(\.rawValue)
    let hint = nearest(text.lowercased(), in: names).map { "; did you mean '\($0)'?" } ?? ""
    fail(node, "\(what): \(YAMLText.quoted(text)) is not one of \(names.joined(separator: ", "))\(hint)")
    return nil
  }
}
