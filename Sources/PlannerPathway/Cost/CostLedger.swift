public import PlannerCore
public import PlannerRules

/// What the road costs, dated by the plan (issue 22, point 2): each fee on the day of the task
/// that incurs it, paid apart from to come, the applicant's apart from the employer's, a month by
/// month table of what falls due to the residency start, and the price of the branches. Computed
/// once here; every view words it (PlannerRender). Tests: `CostLedgerTests`.
public struct CostLedger: Hashable, Sendable {
  public var matchYear: Int
  public var today: Day
  public var residencyStart: Day
  public var options: CostOptions
  /// Every charge, by date (undated paid ones first), then in the pack's order.
  public var lines: [CostLine]
  public var branches: [CostBranch]

  public init(_ plan: PlanResult, profile: Profile, options: CostOptions) {
    matchYear = plan.matchYear
    today = plan.today
    residencyStart = plan.schedule.task(PathwayTask.residencyStart.id)?.start ?? plan.cycle.residencyStart.value
    self.options = options
    let pricing = CostPricing(plan: plan, profile: profile, options: options)
    var found: [(Int, CostLine)] = []
    for fee in plan.rules.fees.fees { found += pricing.charges(fee).map { (found.count, $0) } }
    lines = found.enumerated().map { ($0.offset, $0.element.1) }.sorted { a, b in
      let da = a.1.date ?? Dated<Int>.always, db = b.1.date ?? Dated<Int>.always
      return da != db ? da < db : a.0 < b.0
    }.map(\.1)
    branches = pricing.branches()
  }

  /// The sum of the lines that count (not the "may apply" ones) for a payer and a status.
  public func total(_ payer: FeePayer, paid: Bool? = nil) -> Money {
    var sum = Money()
    for line in lines where line.payer == payer && line.counts {
      if let paid, (line.status == .paid) != paid { continue }
      sum.add(line.amount, line.currency)
    }
    return sum
  }

  /// What the applicant still has to pay.
  public var stillToPay: Money { total(.applicant, paid: false) }

  /// One month of the cash-flow table.
  public struct Month: Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var due: Money
  }

  /// The applicant's charges still to come by month, from today's month to the residency start's
  /// (every month listed, the empty ones too); a charge dated past the start is in its month,
  /// except the yearly fee of the training years after the first (`laterTrainingYears`).
  public var months: [Month] {
    let flow = lines.filter { $0.status == .due && $0.payer == .applicant && !$0.isLaterTrainingYear }
    let last = flow.compactMap(\.date).max().map { max($0, residencyStart) } ?? residencyStart
    var out: [Month] = []
    var year = today.year, month = today.month
    while (year, month) <= (last.year, last.month) {
      var due = Money()
      for line in flow {
        if let d = line.date, d.year == year, d.month == month { due.add(line.amount, line.currency) }
      }
      out.append(Month(year: year, month: month, due: due))
      month += 1
      if month > 12 { (year, month) = (year + 1, 1) }
    }
    return out
  }

  /// The yearly charges of the training years after the first (J-1 sponsorship, FEES.md row 19):
  /// counted in the total, shown after the month-by-month table.
  public var laterTrainingYears: Money {
    var sum = Money()
    for line in lines where line.status == .due && line.payer == .applicant && line.isLaterTrainingYear { sum.add(line.amount, line.currency) }
    return sum
  }
}
