import PlannerCore
public import PlannerPathway
public import PlannerRules

/// `planner cost` as text: the ledger's lines (paid, to come, may apply), the totals, the month
/// by month cash flow and the branches, wrapped to the width like `planner next`.
public enum CostText {
  public static func render(_ ledger: CostLedger, rules: RulesPack, title: String, width: Int) -> String {
    var out: [String] = [title]
    let counts = ledger.options.programs.map { "\(TerminalText.sanitize($0.specialty)) \($0.count)" }.joined(separator: ", ")
    out.append("Programs: \(counts); \(ledger.options.ranks) ranks (\(CostWords.basis(ledger.options.basis))). " + (ledger.options.abroad ? "Testing outside the US and Canada." : "Testing in the US."))
    out.append("Amounts stay in their own currency, never converted. \"verify\": no official page states the amount, its source states it for an earlier year, or it is not yet published.")
    let sections: [(String, (CostLine) -> Bool)] = [
      ("Paid", { $0.status == .paid }),
      ("To come", { $0.status == .due }),
      ("May apply (not counted)", { if case .mayApply = $0.status { return true } else { return false } }),
    ]
    for payer in FeePayer.allCases {
      let mine = ledger.lines.filter { $0.payer == payer }
      guard !mine.isEmpty else { continue }
      out.append("")
      out.append(payer == .applicant ? "What you pay" : "What the employer pays (H-1B petition; never passed to you)")
      for (heading, test) in sections {
        let lines = mine.filter(test)
        guard !lines.isEmpty else { continue }
        out.append("  \(heading):")
        for line in lines { out += lineText(line, rules: rules, today: ledger.today) }
      }
    }
    out.append("")
    let paid = ledger.total(.applicant, paid: true), due = ledger.total(.applicant, paid: false)
    out.append("You: paid \(CostWords.money(paid)) · to come \(CostWords.money(due)) · total \(CostWords.money(paid + due))")
    let employer = ledger.total(.employer)
    if !ledger.lines.filter({ $0.payer == .employer }).isEmpty {
      out.append("Employer: \(CostWords.money(employer)), and the fees that may apply")
    }
    out.append("")
    out.append("Cash flow: what you pay each month, to the residency start (\(ledger.residencyStart))")
    for month in ledger.months {
      out.append("  \(CostWords.month(month))  " + (month.due.isZero ? "-" : CostWords.money(month.due)))
    }
    if !ledger.laterTrainingYears.isZero {
      out.append("  then, in the later training years: \(CostWords.money(ledger.laterTrainingYears)) (yearly J-1 sponsorship)")
    }
    out.append("")
    out.append("Branches: what a turn of the road adds")
    for branch in ledger.branches {
      let you = branch.total(.applicant), them = branch.total(.employer)
      var text = "  \(CostWords.branch(branch.kind)): \(CostWords.money(you))"
      if !them.isZero { text += "; employer \(CostWords.money(them))" }
      if branch.lines.contains(where: { !$0.counts }) { text += "; more may apply" }
      out.append(text)
    }
    return TextWrap.wrap(out.joined(separator: "\n"), width: width) + "\n"
  }

  /// One line, then its confidence and source: "    2027-01-10  USMLE Step 1, attempt 1: USD 695"
  /// and "                third-party, verify (2026 amount): https://…".
  static func lineText(_ line: CostLine, rules: RulesPack, today: Day) -> [String] {
    let date = line.date.map { "\($0)" } ?? "(no date)"
    let amount = line.fee.conditions.contains(.varies) ? "amount varies" : !line.amountKnown ? "amount not published" : CostWords.amount(line.amount, line.currency)
    var text = "    \(date)  \(CostWords.label(line)): \(amount)"
    if case .mayApply(let condition) = line.status, condition != .varies {
      text += "; \(CostWords.condition(condition, rules: rules, today: today))"
    }
    return [text, "                \(CostWords.confidence(line)): \(line.entry.rule.source)"]
  }
}
