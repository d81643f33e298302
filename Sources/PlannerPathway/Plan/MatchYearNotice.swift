import PlannerCore
import PlannerRules

/// Which cycle is which, in plain words: users often name the year they apply in, while a Match
/// year is named after its Match Day (the 2027 Match opened applications in June 2026).
public enum MatchYearNotice {
  static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

  static func monthYear(_ d: Day) -> String { "\(months[d.month - 1]) \(d.year)" }

  /// The notices for a plan, given the year the user asked for (if it is over) and the plan of the
  /// cycle in progress (when that is not the plan shown).
  static func lines(over: Int?, plan: PlanResult, inProgress: PlanResult?, rules: RulesPack, today: Day) -> [String] {
    var lines: [String] = []
    if let over, let cycle = rules.cycle(over) {
      if today >= cycle.matchDay.value {
        lines.append("The \(over) Match took place in \(monthYear(cycle.matchDay.value)) (Match Day \(cycle.matchDay.value); its Rank Order List deadline was \(cycle.rolDeadline.value)).")
      } else {
        lines.append("The \(over) Match is closed to new applicants: its Rank Order List deadline was \(cycle.rolDeadline.value), and Match Day is \(cycle.matchDay.value).")
      }
    }
    guard let open = inProgress else {
      if over != nil, plan.earliestFeasibleMatchYear == nil {
        lines.append("No later Match year up to \(rules.supportedYears.upperBound) is feasible for you; the \(plan.matchYear) plan below shows why.")
      }
      return lines
    }
    let c = open.cycle
    let projected = c.matchDay.confidence.isEstimated ? ", projected" : ""
    var line = today >= c.erasOpens.value
      ? "Applications that opened in \(monthYear(c.erasOpens.value)) are for the \(c.matchYear) Match (Match Day \(c.matchDay.value)\(projected))"
      : "The next cycle is the \(c.matchYear) Match: applications open in \(monthYear(c.erasOpens.value)) (Match Day \(c.matchDay.value)\(projected))"
    if !open.feasible {
      line += "; for you it is not feasible because " + reason(open)
    } else if open.matchYear != plan.matchYear {
      line += "; it is still open to you, but this plan is for the \(plan.matchYear) Match"
    }
    if !open.feasible, let earliest = plan.earliestFeasibleMatchYear, earliest != c.matchYear, let e = rules.cycle(earliest) {
      line += "; the earliest you can make is the \(earliest) Match (applications open \(monthYear(e.erasOpens.value)))"
    } else if plan.earliestFeasibleMatchYear == nil {
      line += "; no Match year up to \(rules.supportedYears.upperBound) is feasible for you"
    }
    lines.append(line + ".")
    return lines
  }

  /// The first thing that stops a cycle: a blocker, else the earliest broken gate.
  static func reason(_ r: PlanResult) -> String {
    if let blocker = r.findings.first(where: { $0.severity == .blocker }) { return lowercasedFirst(blocker.message) }
    if let v = r.schedule.violations.first(where: { !r.isPostMatch($0) }) { return Explain.violation(v, in: r.schedule) }
    return "its gates cannot be met"
  }

  static func lowercasedFirst(_ s: String) -> String {
    // Names ("Step 1", "Your school") keep their capital; only a leading "The"/"Your" is lowered.
    for word in ["The ", "Your "] where s.hasPrefix(word) { return word.lowercased() + s.dropFirst(word.count) }
    return s
  }
}
