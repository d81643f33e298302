import PlannerCore
public import PlannerPathway

/// The one wording of a `Verdict`, for every view that prints one: the plan's headline (also the
/// `next` title and the HTML headline), `check`'s closing line, the replan and `what-if` verdict,
/// the cohort's cell and the JSON object. Views choose which of these to show, never their words.
public enum VerdictText {
  /// "Verdict: On track for the 2028 Match: 85 days to spare before ECFMG must verify your exams
  /// (2028-03-01)." — or At risk (with how many soft targets are missed), or NOT FEASIBLE.
  public static func headline(_ v: Verdict) -> String { "Verdict: " + statement(v) }

  /// The headline without its "Verdict: " label, for a page that labels it itself.
  public static func statement(_ v: Verdict) -> String {
    let room = v.decidingGate.map(\.sentence) ?? "every gate before Match Day is met"
    switch v.status {
    case .onTrack:
      return "On track for the \(v.matchYear) Match: \(room)."
    case .atRisk:
      return "At risk for the \(v.matchYear) Match: \(room), but \(missed(v)):"
    case .notFeasible:
      let late = v.decidingGate.flatMap { $0.room < 0 ? ": " + $0.sentence : nil } ?? ""
      return "NOT FEASIBLE for the \(v.matchYear) Match\(late)."
    case .blocked:
      // A blocker decides the year, not the days: "17 days late" would say a faster plan could
      // still make it.
      return "NOT FEASIBLE for the \(v.matchYear) Match."
    }
  }

  /// "1 soft target is missed", "2 soft targets are missed".
  static func missed(_ v: Verdict) -> String {
    v.targetsMissed.count == 1 ? "1 soft target is missed" : "\(v.targetsMissed.count) soft targets are missed"
  }

  /// `planner check`'s closing line: the eligibility part of the verdict, which never says a year
  /// is open when the plan does not make it.
  public static func checkLine(_ v: Verdict, lateBy: String?) -> String {
    switch v.status {
    case .blocked:
      return "\(v.blockers.count) \(v.blockers.count == 1 ? "finding blocks" : "findings block") the \(v.matchYear) Match."
    case .notFeasible:
      return "No eligibility rule blocks the \(v.matchYear) Match, but the plan does not make it: \(lateBy ?? "its dates miss a gate before Match Day") (`planner plan` shows the chain)."
    case .atRisk:
      return "Nothing blocks the \(v.matchYear) Match, but it is at risk: " + v.targetsMissed.map(\.short).joined(separator: "; ") + "."
    case .onTrack:
      return "Nothing blocks the \(v.matchYear) Match."
    }
  }

  /// The replan and `what-if` verdict line, said against the saved plan: "still holds", "holds
  /// again", "NO LONGER HOLDS"; a year at risk says so and lists its missed targets after it.
  /// - Parameters:
  ///   - compared: false without a baseline (or against one for another year): nothing "still" holds.
  ///   - heldBefore: whether the baseline's year held.
  public static func diffLines(_ v: Verdict, compared: Bool, heldBefore: Bool) -> [String] {
    let room = v.decidingGate?.sentence ?? "every gate before Match Day is met"
    let holds = !compared ? "holds" : !heldBefore ? "holds again" : "still holds"
    switch v.status {
    case .onTrack:
      return ["Verdict: the \(v.matchYear) Match \(holds): \(room)."]
    case .atRisk:
      return ["Verdict: the \(v.matchYear) Match \(holds) but is at risk: \(room); \(missed(v)):"]
        + v.targetsMissed.map { "  ! " + $0.sentence + "." }
    case .notFeasible, .blocked:
      return ["Verdict: the \(v.matchYear) Match " + (!compared ? "does not hold." : !heldBefore ? "still does not hold." : "NO LONGER HOLDS.")]
    }
  }

  /// The verdict in a clause, for a calendar's description and `risk`'s deterministic line:
  /// "on track: 85 days to spare before …", "at risk: 1 soft target is missed", "NOT feasible".
  public static func brief(_ v: Verdict) -> String {
    switch v.status {
    case .onTrack: return "on track: " + (v.decidingGate?.sentence ?? "every gate before Match Day met")
    case .atRisk: return "at risk: " + missed(v)
    case .notFeasible, .blocked: return "NOT feasible"
    }
  }

  /// The cohort's verdict cell: "85 days to spare", "at risk: 1 soft target missed (step2ck.result
  /// 98 days late)", "late by 43 days", "1 blocker".
  public static func cell(_ v: Verdict) -> String {
    switch v.status {
    case .blocked: return v.blockers.count == 1 ? "1 blocker" : "\(v.blockers.count) blockers"
    case .notFeasible: return v.marginDays.map { $0 < 0 ? "late by \(Explain.days(-$0))" : "not feasible" } ?? "not feasible"
    case .atRisk:
      let late = v.targetsMissed.map { "\($0.taskID) \(Explain.days($0.daysLate)) late" }.joined(separator: ", ")
      return "at risk: \(late)"
    case .onTrack: return v.marginDays.map { "\(Explain.days($0)) to spare" } ?? "feasible"
    }
  }
}
