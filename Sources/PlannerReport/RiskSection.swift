import PlannerCore
import PlannerPathway

/// The risk layer's Match-year distribution and milestone bands, when the caller has them.
enum RiskSection {
  static func render(_ risk: RiskSummary, result r: PlanResult) -> [String] {
    var out = ["<section id=\"risk\"><h2>How sure is this? (\(risk.runs) simulated runs)</h2>"]
    if !risk.years.isEmpty {
      out.append("<div class=\"table-wrap\"><table><thead><tr><th>Match year</th><th>Share of runs</th><th></th></tr></thead><tbody>")
      for y in risk.years {
        let percent = Int((y.share * 100).rounded())
        let width = Markup.number(max(0, min(1, y.share)) * 200)
        out.append("<tr><td>\(y.matchYear)</td><td class=\"num\">\(percent)%</td><td><svg width=\"202\" height=\"12\" aria-hidden=\"true\"><rect x=\"1\" y=\"1\" width=\"\(width)\" height=\"10\" fill=\"#2b5d9b\"/></svg></td></tr>")
      }
      out.append("</tbody></table></div>")
    }
    if !risk.bands.isEmpty {
      out.append("<div class=\"table-wrap\"><table><thead><tr><th>Milestone</th><th>10%</th><th>50%</th><th>90%</th></tr></thead><tbody>")
      for b in risk.bands {
        let name = r.schedule.task(b.taskID)?.task.name ?? b.taskID
        out.append("<tr><td>\(Markup.escape(name))</td><td class=\"date\">\(b.p10)</td><td class=\"date\">\(b.p50)</td><td class=\"date\">\(b.p90)</td></tr>")
      }
      out.append("</tbody></table></div>")
    }
    out.append("</section>")
    return out
  }
}
