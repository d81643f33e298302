import PlannerCore
import PlannerPathway
public import PlannerRisk

extension RiskAnalysis {
  /// `plan --risk`: the P50–P90 band of each key milestone, for beside the chart.
  public var bandsText: String {
    var out = ["Risk bands (\(runs) simulated runs, seed \(seed); `planner risk` explains them and lists every input):"]
    out.append("  P(ready for the \(targetYear) Match) = \(RiskText.percent(pReady)) ± \(RiskText.percent(standardError)); an estimate, not a certainty")
    let w = max(24, milestones.map { $0.name.count }.max() ?? 0)
    for m in milestones {
      let p50 = m.p50.map(\.description) ?? "not reached"
      let p90 = m.p90.map(\.description) ?? "not reached"
      out.append("  " + RiskText.pad(m.name, w) + "  P50 " + RiskText.pad(p50, 11) + " … P90 " + p90)
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The same bands as a JSON member value (rendered at `indent`).
  public func bandsJSON(indent: Int) -> String {
    JSONValue.object([
      ("runs", .int(runs)), ("seed", .string(String(seed))), ("p_ready", .number(pReady)), ("standard_error", .number(standardError)),
      ("milestones", .array(milestones.map { m in
        .object([("id", .string(m.id)), ("p50", m.p50.map { .string($0.description) } ?? .null), ("p80", m.p80.map { .string($0.description) } ?? .null), ("p90", m.p90.map { .string($0.description) } ?? .null)])
      })),
    ]).rendered(indent: indent)
  }
}
