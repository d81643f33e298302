public import PlannerCohort
import PlannerCore

/// `planner programs` in words: the summary line, the text report, the CSV and the JSON of a
/// `ProgramsReport` (its checks are computed in PlannerCohort).
extension ProgramsReport {
  /// "you meet the stated requirements of 28 of 40 programs; 7 exclude you on year of
  /// graduation, 3 on visa; 2 at risk on your plan's dates; 1 unknown: your profile does not say".
  public var summary: String {
    var out = "you meet the stated requirements of \(met) of \(checks.count) \(checks.count == 1 ? "program" : "programs")"
    let failing = checks.filter { $0.status == .fails }
    if !failing.isEmpty {
      // Per rule; a program excluded on two rules counts under both.
      let counts = ProgramCheck.Rule.allCases.compactMap { rule -> (Int, String)? in
        let n = failing.count { $0.reasons.contains { $0.rule == rule && $0.outcome == .fails } }
        return n == 0 ? nil : (n, rule.words)
      }
      let words = counts.enumerated().map { k, c in k == 0 ? "\(c.0) exclude\(c.0 == 1 ? "s" : "") you on \(c.1)" : "\(c.0) on \(c.1)" }
      out += "; " + words.joined(separator: ", ")
    }
    let risky = checks.count { $0.status == .atRisk }
    if risky > 0 { out += "; \(risky) at risk on your plan's dates" }
    let unknown = checks.count { $0.status == .unknown }
    if unknown > 0 { out += "; \(unknown) unknown: your profile does not say what \(unknown == 1 ? "it asks" : "they ask")" }
    return out
  }

  public var title: String {
    "Programs checked against the \(matchYear) Match plan for \(profileName) · today \(today)"
  }

  public func text() -> String {
    var lines = [title, "Programs file: \(file) (\(checks.count) \(checks.count == 1 ? "program" : "programs"))"]
    let width = checks.map { $0.status.rawValue.count }.max() ?? 0
    for c in checks {
      let p = c.program
      var head = c.status.rawValue.padding(width) + "  " + p.name
      if !p.id.isEmpty { head += " (\(p.id))" }
      for part in [p.specialty, p.state] where !part.isEmpty { head += " · " + part }
      lines.append(head)
      for reason in c.reasons where reason.outcome != .notStated && (reason.outcome != .meets || c.status == .meets) {
        let mark = reason.outcome == .meets ? "ok" : reason.outcome.rawValue
        lines.append("    \(mark): \(reason.rule.words): \(reason.text)")
      }
      let silent = c.reasons.filter { $0.outcome == .notStated }.map(\.rule.words)
      if !silent.isEmpty { lines.append("    not stated in the file: " + silent.joined(separator: ", ")) }
      if !p.note.isEmpty { lines.append("    note: " + p.note) }
    }
    lines.append(summary.capitalizedFirst + ".")
    return lines.map { TerminalText.sanitize($0, keepingNewlines: false) }.joined(separator: "\n") + "\n"
  }

  public static let csvHeader = ["id", "name", "specialty", "state", "status", "does_not_meet", "at_risk", "unknown", "meets", "not_stated", "note"]

  public func csv() -> String {
    var rows = [CSVReader.line(Self.csvHeader)]
    for c in checks {
      func reasons(_ o: ProgramCheck.Outcome) -> String {
        c.reasons.filter { $0.outcome == o }.map { o == .notStated ? $0.rule.words : "\($0.rule.words): \($0.text)" }.joined(separator: "; ")
      }
      let p = c.program
      rows.append(CSVReader.line([p.id, p.name, p.specialty, p.state, c.status.rawValue, reasons(.fails), reasons(.atRisk), reasons(.unknown), reasons(.meets), reasons(.notStated), p.note].map { TerminalText.sanitize($0, keepingNewlines: false) }))
    }
    return rows.joined(separator: "\r\n") + "\r\n"
  }

  public func json() -> String {
    let programs = checks.map { c -> JSONValue in
      let p = c.program
      return .object([
        ("id", .string(p.id)), ("name", .string(p.name)), ("specialty", .string(p.specialty)), ("state", .string(p.state)),
        ("line", .int(p.line)), ("status", .string(c.status.rawValue)),
        ("reasons", .array(c.reasons.map { .object([("rule", .string($0.rule.rawValue)), ("outcome", .string($0.outcome.rawValue)), ("text", .string($0.text))]) })),
        ("note", .string(p.note)),
      ])
    }
    let failing = checks.filter { $0.status == .fails }
    let excluded = ProgramCheck.Rule.allCases.map { rule in
      (rule.rawValue, JSONValue.int(failing.count { $0.reasons.contains { $0.rule == rule && $0.outcome == .fails } }))
    }
    let doc = JSONValue.object([
      ("schemaVersion", .int(1)), ("name", .string(profileName)), ("matchYear", .int(matchYear)), ("today", .string(today.description)),
      ("file", .string(file)), ("programs", .array(programs)),
      ("summary", .object([
        ("programs", .int(checks.count)), ("meets", .int(met)), ("doesNotMeet", .int(failing.count)),
        ("atRisk", .int(checks.count { $0.status == .atRisk })), ("unknown", .int(checks.count { $0.status == .unknown })),
        ("excludedOn", .object(excluded)), ("text", .string(summary)),
      ])),
    ])
    return doc.rendered() + "\n"
  }
}

extension String {
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

  /// Padded with spaces to `width` characters (never cut).
  fileprivate func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
