import PlannerCore
public import PlannerPathway
public import PlannerRules

/// The ledger as JSON (`planner cost --format json`, and `costs` in `plan --format json`).
public enum CostJSON {
  public static func ledger(_ ledger: CostLedger, rules: RulesPack) -> JSONValue {
    let basis: String
    switch ledger.options.basis {
    case .options: basis = "options"
    case .programsFile: basis = "programs file"
    case .standard: basis = "default"
    case .unreadableProgramsFile: basis = "default (programs file unreadable)"
    }
    var programsFile: JSONValue = .null, programsFileError: JSONValue = .null
    if case .programsFile(let file) = ledger.options.basis { programsFile = .string(file) }
    if case .unreadableProgramsFile(let file, let reason) = ledger.options.basis { (programsFile, programsFileError) = (.string(file), .string(reason)) }
    let paid = ledger.total(.applicant, paid: true), due = ledger.total(.applicant, paid: false)
    return .object([
      ("matchYear", .int(ledger.matchYear)), ("today", .string("\(ledger.today)")), ("residencyStart", .string("\(ledger.residencyStart)")),
      ("programs", .array(ledger.options.programs.map { .object([("specialty", .string($0.specialty)), ("count", .int($0.count))]) })),
      ("ranks", .int(ledger.options.ranks)), ("countsFrom", .string(basis)), ("programsFile", programsFile), ("programsFileError", programsFileError), ("abroad", .bool(ledger.options.abroad)),
      ("lines", .array(ledger.lines.map { line($0, rules: rules) })),
      ("applicant", .object([("paid", money(paid)), ("toCome", money(due)), ("total", money(paid + due)), ("totalText", .string(CostWords.money(paid + due)))])),
      ("employer", .object([("total", money(ledger.total(.employer)))])),
      ("months", .array(ledger.months.map { .object([("month", .string(CostWords.month($0))), ("due", money($0.due))]) })),
      ("laterTrainingYears", money(ledger.laterTrainingYears)),
      ("branches", .array(ledger.branches.map { branch($0, rules: rules) })),
    ])
  }

  /// `{"USD": 4865, "AUD": 587}`.
  public static func money(_ m: Money) -> JSONValue {
    .object(m.parts.map { ($0.currency.rawValue, .int($0.amount)) })
  }

  static func line(_ l: CostLine, rules: RulesPack) -> JSONValue {
    var condition: JSONValue = .null
    if case .mayApply(let c) = l.status { condition = .string(c.rawValue) }
    return .object([
      ("fee", .string(l.fee.id)), ("name", .string(CostWords.label(l))), ("payer", .string(l.payer.rawValue)),
      ("task", l.taskID.map { .string($0) } ?? .null), ("date", l.date.map { .string("\($0)") } ?? .null),
      ("status", .string(CostWords.status(l.status))), ("condition", condition),
      ("units", .int(l.units)), ("amount", l.amountKnown ? .int(l.amount) : .null), ("currency", .string(l.currency.rawValue)),
      ("confidence", .string(l.entry.rule.confidence.rawValue)), ("verify", .bool(l.verify)),
      ("statedFor", l.entry.rule.value.statedFor.map { .int($0) } ?? .null),
      ("effectiveFrom", l.entry.from.year > 1900 ? .string("\(l.entry.from)") : .null),
      ("source", .string(l.entry.rule.source)), ("verified", l.entry.rule.verified.map { .string("\($0)") } ?? .null),
    ])
  }

  static func branch(_ b: CostBranch, rules: RulesPack) -> JSONValue {
    .object([
      ("branch", .string(CostWords.branch(b.kind))), ("applicant", money(b.total(.applicant))), ("employer", money(b.total(.employer))),
      ("lines", .array(b.lines.map { line($0, rules: rules) })),
    ])
  }
}
