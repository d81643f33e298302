import PlannerCore
import PlannerPathway
import PlannerRules

/// The risk layer's chance, Match-year distribution, milestone bands and inputs.
enum RiskSection {
  /// One decimal always, as `planner risk` prints it (RiskText.percent): the report and `risk`
  /// show P(ready) in the same words (ConsistencyTests.reportAndRiskGiveOneProbability).
  static func percent(_ p: Double) -> String {
    let tenths = Int((p * 1000).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)%"
  }

  static func render(_ risk: RiskSummary, result r: PlanResult) -> [String] {
    var out = ["<section id=\"risk\"><h2>How sure is this?</h2>"]
    out.append("<p class=\"headline\">P(ready for the \(risk.targetYear) Match) = \(percent(risk.pReady)) ± \(percent(risk.standardError)) (standard error)</p>")
    out.append("<p class=\"muted\">\(risk.runs) simulated runs, seed \(risk.seed): each exam attempt passes with a probability, a failure is retaken under the exam rules, and result lags, reviews and visa waits are drawn from the rules pack's ranges. An estimate from the inputs listed below, not a prediction: nothing here is certain. With the default runs this is <code>planner risk</code>'s simulation, which also shows the sensitivity table.</p>")
    if !risk.years.isEmpty {
      out.append("<h3>First Match year each simulated run meets</h3>")
      out.append("<div class=\"table-wrap\"><table class=\"years\"><thead><tr><th>Match year</th><th>Share of runs</th><th aria-hidden=\"true\"></th></tr></thead><tbody>")
      for y in risk.years {
        let width = Markup.number(max(0, min(1, y.share)) * 200)
        out.append("<tr><td>\(Markup.escape(y.label))</td><td class=\"num\">\(percent(y.share))</td><td><svg width=\"202\" height=\"12\" aria-hidden=\"true\"><rect x=\"1\" y=\"1\" width=\"\(width)\" height=\"10\" fill=\"#2b5d9b\"/></svg></td></tr>")
      }
      out.append("</tbody></table></div>")
      out.append("<p class=\"muted\">none: an exam failed four times, or no cycle the rules pack covers works.</p>")
    }
    if !risk.bands.isEmpty {
      out.append("<h3>Key milestones: when half, 80% and 90% of the worlds are done</h3>")
      out.append("<div class=\"table-wrap\"><table class=\"bands\"><thead><tr><th>Milestone</th><th>Plan</th><th>P50</th><th>P80</th><th>P90</th></tr></thead><tbody>")
      for b in risk.bands {
        let plan = r.schedule.task(b.taskID).map { $0.lastDay.description } ?? "—"
        let cells = [b.p50, b.p80, b.p90].map { $0.map(\.description) ?? "not reached" }
        out.append("<tr><td>\(Markup.escape(b.name))</td><td class=\"date\">\(plan)</td>" + cells.map { "<td class=\"date\">\($0)</td>" }.joined() + "</tr>")
      }
      out.append("</tbody></table></div>")
      out.append("<p class=\"muted\">The chart draws each band (P50 to P90) as a hatched strip under its milestone's row.</p>")
    }
    if !risk.inputs.isEmpty {
      out.append("<details id=\"risk-inputs\"><summary>Inputs (\(risk.inputs.count)): value, confidence, from, source</summary>")
      out.append("<div class=\"table-wrap\"><table><thead><tr><th>Input</th><th>Value</th><th>Confidence</th><th>From</th><th>Source</th></tr></thead><tbody>")
      for i in risk.inputs {
        out.append("<tr><td>\(Markup.escape(i.name))</td><td>\(Markup.escape(i.value))</td><td>\(Markup.escape(i.confidence))</td><td>\(Markup.escape(i.origin))</td><td>\(Markup.link(i.source))</td></tr>")
      }
      out.append("</tbody></table></div>")
      out.append("<p class=\"muted\">Every other duration is the plan's likely value; booked and done items are facts.</p>")
      out.append("</details>")
    }
    out.append("</section>")
    return out
  }
}
