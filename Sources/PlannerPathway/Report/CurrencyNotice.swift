public import PlannerCore
public import PlannerRules

/// Says in plain words when a plan rests on cycle dates projected from past cycles rather than
/// published: for the cycle planned and for the cycle in progress today. Pure.
public enum CurrencyNotice {
  /// The dates a plan is built around; when one of these is projected, the whole cycle is.
  static let keyDates: Set<String> = ["Match Day", "Rank Order List certification deadline", "ERAS: applicants may submit", "ERAS: programs start reviewing"]
  static let check = "check the NRMP Match calendar and the ERAS timeline before relying on them."

  /// The cycle planned and, when it differs, the one in progress: each that uses projected
  /// dates gets a line (one line for both when both rest on projections).
  public static func lines(rules: RulesPack, matchYear: Int, today: Day) -> [String] {
    let verified = "(rules pack verified \(rules.lastVerified))"
    let planned = rules.cycle(matchYear).map(projected) ?? []
    var current: (year: Int, projected: [(label: String, value: Sourced<Day>)])?
    if let year = PathwayPlanner.firstOpenYear(rules, today: today), year != matchYear, let cycle = rules.cycle(year) {
      current = (year, projected(cycle))
    }
    func isWhole(_ p: [(label: String, value: Sourced<Day>)]) -> Bool { p.contains { keyDates.contains($0.label) } }
    if let current, isWhole(planned), isWhole(current.projected) {
      return ["The \(matchYear) Match dates below, and those of the \(current.year) Match now in progress, are projected from past cycles, not yet published \(verified): \(check)"]
    }
    var lines: [String] = []
    if let line = line(matchYear, planned, subject: "\(matchYear) Match dates below", verified) { lines.append(line) }
    if let current, let line = line(current.year, current.projected, subject: "dates of the \(current.year) Match, the cycle in progress,", verified) {
      lines.append(line)
    }
    return lines
  }

  /// Values the code projected (a value in the pack, even an estimated one, has a verified date).
  static func projected(_ cycle: CycleRules) -> [(label: String, value: Sourced<Day>)] {
    cycle.datedValues.filter { $0.value.confidence.isEstimated && $0.value.verified == nil }
  }

  static func line(_ year: Int, _ projected: [(label: String, value: Sourced<Day>)], subject: String, _ verified: String) -> String? {
    guard !projected.isEmpty else { return nil }
    if projected.contains(where: { keyDates.contains($0.label) }) {
      return "The \(subject) are projected from past cycles, not yet published \(verified): \(check)"
    }
    let list = projected.map { "\($0.label) \($0.value.value)" }.joined(separator: ", ")
    return "Some \(subject) are projected from past cycles, not yet published (\(list)) \(verified): \(check)"
  }
}
