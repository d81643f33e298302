public import PlannerCore
public import PlannerPathway
public import PlannerRules

/// The words of the cost ledger's values, shared by its text, JSON, CSV and the report.
public enum CostWords {
  /// "USD 4,865 + AUD 587"; nothing: "USD 0".
  public static func money(_ m: Money) -> String {
    m.isZero ? "USD 0" : m.parts.map { amount($0.amount, $0.currency) }.joined(separator: " + ")
  }

  /// "USD 1,230", "-USD 70".
  public static func amount(_ value: Int, _ currency: Currency) -> String {
    (value < 0 ? "-" : "") + currency.rawValue + " " + grouped(abs(value))
  }

  /// 100000 → "100,000".
  public static func grouped(_ value: Int) -> String {
    let digits = String(value)
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
      out.append(c)
    }
    return out
  }

  /// The fee with what its units are: "USMLE Step 1, attempt 2".
  public static func label(_ line: CostLine) -> String {
    let name = line.fee.name
    switch line.detail {
    case .none: return name
    case .attempt(let n): return name + (line.fee.unit == .sitting ? ", sitting \(n)" : ", attempt \(n)")
    case .documents(let n): return name + ", \(n) documents"
    case .programs(let specialty, let count): return name + ": \(TerminalText.sanitize(specialty)), \(count) programs"
    case .ranks(let n, let included): return name + ": \(n) ranks, \(included) included"
    case .trainingYear(let year, let of, let assumed):
      return name + ", training year \(year) of \(of)" + (assumed ? " (your specialty's length is not in the pack; the shortest residency assumed)" : "")
    }
  }

  /// "paid", "due", "may apply".
  public static func status(_ s: CostLine.Status) -> String {
    switch s {
    case .paid: return "paid"
    case .due: return "due"
    case .mayApply: return "may apply"
    }
  }

  /// Why a line only may apply, in words, as of `today` (nil: undated, as in `planner rules`).
  /// The proclamation's payment is never settled: its term, its latest recorded turn, "verify"
  /// (`h1b_fee.history`, FACTS.md §10).
  public static func condition(_ c: FeeCondition, rules: RulesPack, today: Day? = nil) -> String {
    switch c {
    case .h1bProclamation:
      let fee = rules.h1bFee
      let term = today.map { fee.termHasPassed(on: $0) } == true
        ? "its term ran to about \(fee.termEnds), a date now passed, and an extension is not confirmed"
        : "its term ends about \(fee.termEnds)"
      return "only if the proclamation is extended or renewed (\(term)); " + (fee.latestWords(on: today) ?? fee.litigation.value) + " — verify its current status"
    case .startUnset: return "its start date is not set yet"
    case .exemptEmployers: return "not charged to exempt employers (many teaching hospitals)"
    case .optional: return "optional"
    case .varies: return "the amount varies by nationality"
    case .testingAbroad: return "for testing outside the US and Canada"
    case .lateRegistration: return "after NRMP's standard registration deadline"
    case .residencyCAS: return "for specialties that apply through ResidencyCAS"
    case .erasPrograms: return "for specialties that apply through ERAS"
    case .amountUnknown: return "verify it on the source page (it names the fee, not its amount)"
    }
  }

  /// "official", "third-party, verify (2026 amount)".
  public static func confidence(_ line: CostLine) -> String {
    var text = line.entry.rule.confidence.rawValue
    if line.verify {
      text += line.entry.rule.value.statedFor.map { ", verify (\($0) amount)" } ?? ", verify"
    }
    return text
  }

  /// What a branch is: "Another Step 1 attempt".
  public static func branch(_ kind: CostBranch.Kind) -> String {
    switch kind {
    case .retake(let exam): return "Another \(exam.title) attempt"
    case .oetResit: return "An OET Medicine re-sit"
    case .secondSeason: return "Unmatched: SOAP (no fee of its own), then a second season"
    case .visaRoute(let track, let planned):
      let name = track == .j1 ? "J-1 route" : "H-1B route"
      return planned ? "\(name) (this plan)" : name
    case .eligibilityExtension(let ends):
      return ends.map { "If you extend Step 3's eligibility period (the plan sits it after the period ends on \($0))" } ?? "If you extend a USMLE eligibility period (not planned; no date)"
    case .regionChange: return "If you change your USMLE testing region (not planned; no date)"
    }
  }

  /// Where the program and rank counts came from.
  public static func basis(_ b: CostOptions.Basis) -> String {
    switch b {
    case .options: return "from the options"
    case .programsFile(let file): return "from \(TerminalText.sanitize(file))"
    case .standard: return "the default; --programs and --ranks change it"
    case .unreadableProgramsFile(let file, let reason):
      return "the default, because \(TerminalText.sanitize(file)) could not be read: \(TerminalText.sanitize(reason)); fix it, or give --programs and --ranks to planner cost"
    }
  }

  /// "2027-03".
  public static func month(_ m: CostLedger.Month) -> String {
    "\(m.year)-" + (m.month < 10 ? "0" : "") + "\(m.month)"
  }

  /// `what-if`'s cost line: "Cost: +USD 905 for you (USD 6,045 + AUD 587 → USD 6,950 + AUD 587)".
  public static func difference(before: CostLedger, after: CostLedger) -> String {
    func change(_ payer: FeePayer) -> String? {
      let a = before.total(payer), b = after.total(payer)
      let delta = b - a
      guard !delta.isZero else { return nil }
      let signed = delta.parts.map { ($0.amount > 0 ? "+" : "") + amount($0.amount, $0.currency) }.joined(separator: " ")
      return "\(signed) for \(payer == .applicant ? "you" : "the employer") (\(money(a)) → \(money(b)))"
    }
    let parts = FeePayer.allCases.compactMap(change)
    return "Cost: " + (parts.isEmpty ? "no change in fees (\(money(before.total(.applicant))) for you)" : parts.joined(separator: "; "))
  }
}
