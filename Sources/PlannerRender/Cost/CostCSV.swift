import PlannerCore
public import PlannerPathway
public import PlannerRules

/// The ledger as CSV for a spreadsheet (RFC 4180, the cells guarded like `plan --format csv`):
/// one row per charge, then one per charge of each branch (`section` says which).
public enum CostCSV {
  public static func render(_ ledger: CostLedger, rules: RulesPack) -> String {
    let header = ["section", "date", "status", "payer", "fee", "name", "task", "units", "amount", "currency", "confidence", "verify", "source"]
    var rows: [[String]] = [header]
    func row(_ section: String, _ l: CostLine) -> [String] {
      [
        section, l.date.map { "\($0)" } ?? "", CostWords.status(l.status), l.payer.rawValue, l.fee.id, CostWords.label(l), l.taskID ?? "",
        String(l.units), l.amountKnown ? String(l.amount) : "", l.currency.rawValue, l.entry.rule.confidence.rawValue, l.verify ? "verify" : "", l.entry.rule.source,
      ]
    }
    rows += ledger.lines.map { row("ledger", $0) }
    for branch in ledger.branches { rows += branch.lines.map { row("branch: " + CostWords.branch(branch.kind), $0) } }
    return rows.map { $0.map { CSVExport.field(CSVExport.guardFormula(TerminalText.sanitize($0))) }.joined(separator: ",") + "\r\n" }.joined()
  }
}
