import Foundation
import PlannerCore
import PlannerRules
import PlannerRulesData
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// `planner cost`'s ledger (issue 22, point 2): the totals are the sum of the lines, an amount
/// applies from its effective day only, ERAS is tiered per specialty, a retake adds its fee, and
/// every fee names a task the pathway catalogue knows.
@Suite struct CostLedgerTests {
  static let today = Day(iso: "2026-12-07")!

  static let base = """
    name: Dr. Cost
    match: 2028
    graduation: 2025-06-30
    visa: j1

    """

  static func ledger(_ text: String, rules: RulesPack = bundledRules, options: CostOptions? = nil) throws -> CostLedger {
    let profile = try ProfileParser.parse(text, file: "cost.yaml", rules: rules)
    let plan = try PathwayPlanner.plan(profile: profile, rules: rules, matchYear: 2028, today: today)
    return CostLedger(plan, profile: profile, options: options ?? .standard(for: profile))
  }

  @Test func totalsAreTheSumOfTheLines() throws {
    for name in SampleApplicants.examples {
      let text = try Repository.text("Examples/\(name).yaml")
      let profile = try ProfileParser.parse(text, file: name, rules: bundledRules)
      let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: nil, today: Self.today)
      let ledger = CostLedger(plan, profile: profile, options: .standard(for: profile))
      for payer in FeePayer.allCases {
        var sum = Money()
        for line in ledger.lines where line.payer == payer && line.counts { sum.add(line.amount, line.currency) }
        #expect(ledger.total(payer) == sum, "\(name) \(payer)")
        #expect(ledger.total(payer, paid: true) + ledger.total(payer, paid: false) == sum, "\(name) \(payer)")
      }
      // The cash flow holds every applicant charge still to come, each once: by month to the
      // residency start, then the yearly fee of the later training years.
      let flow = ledger.months.reduce(Money()) { $0 + $1.due }
      #expect(flow + ledger.laterTrainingYears == ledger.stillToPay, "\(name)")
      #expect(ledger.lines.allSatisfy { $0.currency == .usd || $0.fee.id == "oet" }, "only OET is charged in AUD")
    }
  }

  @Test func anAmountAppliesOnlyFromItsEffectiveDay() throws {
    let planned = try Self.ledger(Self.base)
    let step1 = try #require(planned.lines.first { $0.fee.id == "step1" })
    let day = try #require(step1.date)
    #expect(step1.amount == 695)
    // A new amount from the day after the planned application: the old one still applies.
    func pack(from: Day) throws -> RulesPack {
      let text = EmbeddedRules.text.replacingOccurrences(of: "      - from: 2026-01-01\n        amount: 695", with: "      - from: \(from)\n        amount: 700\n        currency: USD\n        confidence: third-party\n        source: https://example.org/fees\n        verified: 2026-12-07\n      - from: 2026-01-01\n        amount: 695")
      return try RulesPackDecoder.decode(text, file: "p.yaml")
    }
    let later = try Self.ledger(Self.base, rules: try pack(from: day + 1))
    #expect(later.lines.first { $0.fee.id == "step1" }?.amount == 695)
    let onTheDay = try Self.ledger(Self.base, rules: try pack(from: day))
    #expect(onTheDay.lines.first { $0.fee.id == "step1" }?.amount == 700)
  }

  @Test func erasIsTieredPerSpecialty() throws {
    let options = CostOptions(programs: [.init("internal medicine", 31), .init("family medicine", 30)], ranks: 25, basis: .options)
    let ledger = try Self.ledger(Self.base, options: options)
    let eras = ledger.lines.filter { $0.fee.id == "eras_applications" }.map(\.amount)
    #expect(eras == [11 * 30 + 30, 11 * 30])
    #expect(ledger.lines.first { $0.fee.id == "nrmp_extra_ranks" }?.amount == 5 * 30)
    let single = try Self.ledger(Self.base, options: CostOptions(programs: [.init("internal medicine", 61)], ranks: 20, basis: .options))
    #expect(single.lines.filter { $0.fee.id == "eras_applications" }.map(\.amount) == [11 * 30 + 30 * 31])
    #expect(!single.lines.contains { $0.fee.id == "nrmp_extra_ranks" })
  }

  @Test func aRetakeAddsExactlyItsFee() throws {
    let first = try Self.ledger(Self.base)
    let failed = try Self.ledger(Self.base.replacingOccurrences(of: "visa: j1\n", with: "visa: j1\nexams:\n  step1:\n    attempts:\n      - {date: 2026-10-01, result: fail}\n"))
    let fee = 695 + 210
    #expect(failed.total(.applicant).amount(.usd) - first.total(.applicant).amount(.usd) == fee)
    // The failed sitting is paid; the attempt the plan makes is still to come.
    let step1 = failed.lines.filter { $0.fee.id.hasPrefix("step1") }
    #expect(step1.filter { $0.status == .paid }.map(\.amount).reduce(0, +) == fee)
    #expect(step1.filter { $0.status == .due }.map(\.amount).reduce(0, +) == fee)
    #expect(first.branches.first { $0.kind == .retake(.step1) }?.total(.applicant) == Money(fee, .usd))
    // Testing in the US: no surcharge.
    let home = try Self.ledger(Self.base, options: CostOptions(programs: [.init("internal medicine", 60)], ranks: 20, basis: .options, abroad: false))
    #expect(home.branches.first { $0.kind == .retake(.step1) }?.total(.applicant) == Money(695, .usd))
  }

  @Test func conditionalFeesAreListedNotCounted() throws {
    let ledger = try Self.ledger(Self.base.replacingOccurrences(of: "visa: j1", with: "visa: h1b"))
    let may = ledger.lines.filter { !$0.counts }.map(\.fee.id)
    for id in ["visa_integrity", "visa_reciprocity", "h1b_acwia", "h1b_premium", "h1b_proclamation"] { #expect(may.contains(id), "\(id)") }
    #expect(ledger.total(.employer) == Money(780 + 500, .usd))
  }

  /// A pass that no longer counts is sat again, and paid again: an OET older than the season's
  /// recency date (OETResitTests) pays a second sitting.
  @Test func aPassThatNoLongerCountsIsPaidAgain() throws {
    let ledger = try Self.ledger(OETResitTests.oldPass)
    let oet = ledger.lines.filter { $0.fee.id == "oet" }
    #expect(oet.map(\.status) == [.paid, .due], "\(oet.map(\.status))")
    #expect(oet.map(\.amount) == [587, 587] && oet.allSatisfy { $0.currency == .aud })
    #expect(ledger.branches.contains { $0.kind == .oetResit })
  }

  /// The Visa Integrity Fee has no start date (FEES.md row 23): listed, never counted. Given one
  /// in the pack, it applies to a visa issued from that day on, not before.
  @Test func theVisaIntegrityFeeAppliesOnlyFromItsStartDate() throws {
    let listed = try Self.ledger(Self.base)
    let line = try #require(listed.lines.first { $0.fee.id == "visa_integrity" })
    #expect(line.status == .mayApply(.startUnset))
    let interview = try #require(line.date)
    func pack(start: Day) throws -> RulesPack {
      let text = EmbeddedRules.text.replacingOccurrences(of: "    conditions: [start-unset]\n    amounts:\n      - amount: 250", with: "    amounts:\n      - from: \(start)\n        amount: 250")
      return try RulesPackDecoder.decode(text, file: "p.yaml")
    }
    let before = try Self.ledger(Self.base, rules: try pack(start: interview))
    #expect(before.lines.first { $0.fee.id == "visa_integrity" }?.status == .due)
    let after = try Self.ledger(Self.base, rules: try pack(start: interview + 1))
    #expect(!after.lines.contains { $0.fee.id == "visa_integrity" })
  }

  @Test func everyFeeTaskIsInThePathwayCatalogue() {
    for task in FeeSchedule.knownTasks where !FeeSchedule.events.contains(task) {
      #expect(PathwayTasks.task(task) != nil, "\(task) is not a pathway task")
    }
  }
}
