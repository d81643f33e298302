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
    let rests = restsOn(v).map { " It " + $0 + "." } ?? ""
    switch v.status {
    case .onTrack:
      return "On track for the \(v.matchYear) Match: \(room).\(rests)"
    case .atRisk:
      return "At risk for the \(v.matchYear) Match: \(room)\(restsOn(v).map { " (it \($0))" } ?? ""), but \(missed(v)):"
    case .notFeasible:
      let late = v.decidingGate.flatMap { $0.room < 0 ? ": " + $0.sentence : nil } ?? ""
      return "NOT FEASIBLE for the \(v.matchYear) Match\(late).\(rests)"
    case .blocked:
      // A blocker decides the year, not the days: "17 days late" would say a faster plan could
      // still make it.
      return "NOT FEASIBLE for the \(v.matchYear) Match."
    }
  }

  /// The estimates the verdict rests on, as a clause after "it" (issue 21, point 3): "rests on
  /// an estimate: feasible if the six Mini-CEX are done by 2027-01-31 (55 days from today; we
  /// estimate 60 days, 30–120)"; nil when none turns the year.
  public static func restsOn(_ v: Verdict) -> String? {
    guard !v.restsOn.isEmpty else { return nil }
    let condition = v.holds ? "feasible only if " : "feasible if "
    // Each holds on the plan's other dates, so all of them must: "… by X (…) and … by Y (…)".
    let each = v.restsOn.map { e in
      estimateWhat(e.key) + " by \(e.latestFinish) (\(Explain.days(e.daysFromToday)) from today; we estimate \(Explain.days(e.days)), \(e.low)–\(e.high))"
    }
    return (v.restsOn.count == 1 ? "rests on an estimate: " : "rests on estimates: ") + condition + each.joined(separator: " and ")
  }

  /// What must be done, per estimated duration (the lead-time keys `risk` samples).
  static func estimateWhat(_ key: String) -> String {
    switch key {
    case "minicex": return "the six Mini-CEX are done"
    case "pathway_review": return "ECFMG has reviewed your Pathway application"
    case "pathway_application": return "your Pathway application is in"
    case "credentials": return "your credentials are verified"
    case "statement_of_need": return "your Statement of Need is issued"
    case "j1_review": return "ECFMG has reviewed your J-1 file"
    case "consular": return "your visa interview is done"
    default: return "\(key) is done"
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
      return "No eligibility rule blocks the \(v.matchYear) Match, but the plan does not make it: \(lateBy ?? "its dates miss a gate before Match Day") (`planner plan` shows the chain)." + (restsOn(v).map { " It \($0)." } ?? "")
    case .atRisk:
      return "Nothing blocks the \(v.matchYear) Match, but it is at risk: " + v.targetsMissed.map(\.short).joined(separator: "; ") + "."
    case .onTrack:
      return "Nothing blocks the \(v.matchYear) Match." + (restsOn(v).map { " It \($0)." } ?? "")
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
    let rests = restsOn(v).map { " It " + $0 + "." } ?? ""
    switch v.status {
    case .onTrack:
      return ["Verdict: the \(v.matchYear) Match \(holds): \(room).\(rests)"]
    case .atRisk:
      return ["Verdict: the \(v.matchYear) Match \(holds) but is at risk: \(room)\(restsOn(v).map { " (it \($0))" } ?? ""); \(missed(v)):"]
        + v.targetsMissed.map { "  ! " + $0.sentence + "." }
    case .notFeasible, .blocked:
      return ["Verdict: the \(v.matchYear) Match " + (!compared ? "does not hold." : !heldBefore ? "still does not hold." : "NO LONGER HOLDS.") + rests]
    }
  }

  /// The verdict in a clause, for a calendar's description and `risk`'s deterministic line:
  /// "on track: 85 days to spare before …", "at risk: 1 soft target is missed", "NOT feasible".
  public static func brief(_ v: Verdict) -> String {
    switch v.status {
    case .onTrack: return "on track: " + (v.decidingGate?.sentence ?? "every gate before Match Day met") + (restsOn(v).map { "; it " + $0 } ?? "")
    case .atRisk: return "at risk: " + missed(v) + (restsOn(v).map { "; it " + $0 } ?? "")
    case .notFeasible: return "NOT feasible" + (restsOn(v).map { "; it " + $0 } ?? "")
    case .blocked: return "NOT feasible"
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
