public import PlannerPathway
public import PlannerRules

/// What each simulated run drew that changes the cost of the road: the attempts failed before
/// each pass, and the Match year reached (0: none).
public struct RiskDraws: Sendable {
  public var exams: [Exam]
  /// runs × exams.
  public var extraAttempts: [UInt8]
  public var outcomes: [Int16]
  public var targetYear: Int

  public var runs: Int { outcomes.count }
}

/// The cost of the road over the simulated runs (issue 22, point 3): the ledger's applicant total,
/// plus each retake drawn at its branch's price (`CostBranch.retake`, `.oetResit`), plus a second
/// season (`CostBranch.secondSeason`) for each year the Match comes after the target, and one when
/// it never comes. With every pass probability 1 nothing is drawn and every run makes the target,
/// so the expected cost is the ledger's (`RiskCostTests`).
public struct RiskCost: Hashable, Sendable {
  /// The mean per currency, rounded to whole units.
  public var expected: Money
  /// The 90th percentile per currency (each currency on its own).
  public var p90: Money
  public var runs: Int
  /// The ledger's counts and region, for the words that say where they came from.
  public var options: CostOptions

  public init(_ draws: RiskDraws, ledger: CostLedger) {
    runs = draws.runs
    options = ledger.options
    let base = ledger.total(.applicant)
    func branch(_ kind: CostBranch.Kind) -> Money { ledger.branches.first { $0.kind == kind }?.total(.applicant) ?? Money() }
    let retake = draws.exams.map { branch($0 == .oet ? .oetResit : .retake($0)) }
    let season = branch(.secondSeason)
    var currencies = Set(base.amounts.keys).union(season.amounts.keys)
    for r in retake { currencies.formUnion(r.amounts.keys) }
    var perCurrency: [Currency: [Int]] = [:]
    let u = draws.exams.count
    for run in 0..<draws.runs {
      var cost = base
      for k in 0..<u {
        let n = Int(draws.extraAttempts[run * u + k])
        for (currency, amount) in retake[k].amounts { cost.add(n * amount, currency) }
      }
      let outcome = Int(draws.outcomes[run])
      let seasons = outcome == 0 ? 1 : max(0, outcome - draws.targetYear)
      for (currency, amount) in season.amounts { cost.add(seasons * amount, currency) }
      for currency in currencies { perCurrency[currency, default: []].append(cost.amount(currency)) }
    }
    var expected = Money(), p90 = Money()
    for (currency, values) in perCurrency where !values.isEmpty {
      let mean = Double(values.reduce(0, +)) / Double(values.count)
      expected.add(Int(mean.rounded()), currency)
      let sorted = values.sorted()
      p90.add(sorted[min(sorted.count - 1, Int((0.9 * Double(sorted.count)).rounded(.up)) - 1)], currency)
    }
    self.expected = expected
    self.p90 = p90
  }
}
