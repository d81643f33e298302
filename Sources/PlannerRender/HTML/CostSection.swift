import PlannerCore
import PlannerPathway
import PlannerRules

/// The report's cost section (issue 22, point 3): the totals, a bar per month of what falls due
/// (inline SVG, no scripts), and every fee with its date, confidence and source: the ledger of
/// `planner cost`, worded as there (`CostWords`).
enum CostSection {
  static let barWidth = 360.0
  static let rowHeight = 18

  static func render(_ ledger: CostLedger, rules: RulesPack) -> [String] {
    let e = Markup.escape
    var out = ["<section id=\"costs\"><h2>What it costs</h2>"]
    let paid = ledger.total(.applicant, paid: true), due = ledger.total(.applicant, paid: false)
    out.append("<p class=\"headline\">You: paid \(e(CostWords.money(paid))) · to come \(e(CostWords.money(due))) · total \(e(CostWords.money(paid + due)))</p>")
    let counts = ledger.options.programs.map { "\($0.specialty) \($0.count)" }.joined(separator: ", ")
    out.append("<p class=\"muted\">Programs: \(e(counts)); \(ledger.options.ranks) ranks (\(e(CostWords.basis(ledger.options.basis)))). Amounts stay in their own currency, never converted; “verify”: no official page states the amount, its source states it for an earlier year, or it is not yet published. <code>planner cost</code> prints the same ledger, with the branches.</p>")
    if !ledger.total(.employer).isZero {
      out.append("<p>The employer pays \(e(CostWords.money(ledger.total(.employer)))) for the H-1B petition, and the fees that may apply below.</p>")
    }
    out += chart(ledger)
    out.append("<div class=\"table-wrap\"><table class=\"costs\"><thead><tr><th>Date</th><th>Fee</th><th>Amount</th><th>Who</th><th>Status</th><th>Confidence</th><th>Source</th></tr></thead><tbody>")
    for line in ledger.lines {
      var status = CostWords.status(line.status)
      if case .mayApply(let c) = line.status, c != .varies { status += ": " + CostWords.condition(c, rules: rules, today: ledger.today) }
      let amount = line.fee.conditions.contains(.varies) ? "varies" : !line.amountKnown ? "not published" : CostWords.amount(line.amount, line.currency)
      out.append("<tr><td class=\"date\">\(line.date.map(\.description) ?? "–")</td><td>\(e(CostWords.label(line)))</td><td class=\"num\">\(e(amount))</td><td>\(line.payer.rawValue)</td><td>\(e(status))</td><td>\(e(CostWords.confidence(line)))</td><td>\(Markup.link(line.entry.rule.source, text: "source"))</td></tr>")
    }
    out.append("</tbody></table></div>")
    out.append("</section>")
    return out
  }

  /// One bar per month to the residency start: the US dollars due, scaled to the dearest month;
  /// another currency is written beside the bar, never converted into it.
  static func chart(_ ledger: CostLedger) -> [String] {
    let months = ledger.months
    guard !months.isEmpty else { return [] }
    let most = max(1, months.map { $0.due.amount(.usd) }.max() ?? 1)
    let height = months.count * rowHeight + 4
    var out = ["<h3>What falls due each month</h3>", "<div class=\"chart\">"]
    out.append("<svg id=\"cost-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"\(height)\" viewBox=\"0 0 640 \(height)\" role=\"img\" aria-label=\"What you pay each month\">")
    for (i, month) in months.enumerated() {
      let y = i * rowHeight + 2
      let width = Markup.number(Double(month.due.amount(.usd)) / Double(most) * barWidth)
      let label = CostWords.month(month)
      out.append("<g class=\"cost-month\" data-month=\"\(label)\"><text x=\"0\" y=\"\(y + 13)\" font-size=\"12\">\(label)</text>"
        + "<rect class=\"cost-bar\" x=\"70\" y=\"\(y + 2)\" width=\"\(width)\" height=\"\(rowHeight - 4)\" fill=\"#2b5d9b\"/>"
        + "<text x=\"\(Markup.number(76 + Double(month.due.amount(.usd)) / Double(most) * barWidth))\" y=\"\(y + 13)\" font-size=\"12\">\(month.due.isZero ? "" : Markup.escape(CostWords.money(month.due)))</text></g>")
    }
    out.append("</svg>")
    out.append("</div>")
    if !ledger.laterTrainingYears.isZero {
      out.append("<p>Then, in the later training years: \(Markup.escape(CostWords.money(ledger.laterTrainingYears))) (yearly J-1 sponsorship).</p>")
    }
    return out
  }
}
