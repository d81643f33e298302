import PlannerCore
public import PlannerPathway

/// `what-if --fail step3` on the H-1B track: the verdict of each visa route side by side, since
/// the H-1B petition waits for a Step 3 pass and the J-1 route does not (issue 21, point 4;
/// `WhatIf.j1Alternative`, `H1BRouteCheck`). Words of `VerdictText`, never new ones.
public enum VisaRouteText {
  public static func lines(h1b: PlanResult, j1: PlanResult) -> [String] {
    func route(_ name: String, _ plan: PlanResult) -> String {
      let v = plan.verdict
      let post = v.postMatch.map { " After Match Day: \($0.sentence)." } ?? ""
      return "  \(name): \(VerdictText.statement(v))\(post)"
    }
    return ["Both visa routes with this failure:", route("H-1B (this plan)", h1b), route("J-1 instead (no Step 3 needed)", j1)]
  }
}
