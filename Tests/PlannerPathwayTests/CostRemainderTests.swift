import Foundation
import PlannerCore
import PlannerRules
import PlannerRulesData
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// What issue 22 left for this session: third-party amounts marked "verify" (FEES.md rows 1, 3
/// and 5), the eligibility extension and region change priced as conditional branches (rows 7
/// and 8), and J-1 sponsorship priced for every training year (row 19).
@Suite struct CostRemainderTests {
  static let today = Day(iso: "2026-12-07")!

  static func profile(_ text: String) throws -> Profile { try ProfileParser.parse(text, file: "cost.yaml", rules: bundledRules) }

  static func ledger(_ text: String, match: Int? = 2028, today: Day = today, options: CostOptions? = nil) throws -> CostLedger {
    let p = try profile(text)
    let plan = try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: match, today: today)
    return CostLedger(plan, profile: p, options: options ?? .standard(for: p))
  }

  static let fresh = "name: Dr. Cost\nmatch: 2028\ngraduation: 2025-06-30\nvisa: j1\n"

  // MARK: Point 1: no official amount, so "verify"

  /// Rows 1, 3 and 5 have no official page stating the amount (searched 2026-12-07): kept as the
  /// third-party figure, always "verify", also in the year the source states them for. A fee with
  /// an official amount in its history is not marked in its stated year.
  @Test(arguments: ["2026-03-01", "2026-12-07", "2027-06-01"])
  func thirdPartyOnlyAmountsAreAlwaysToVerify(day: String) throws {
    let fees = bundledRules.fees
    let on = try #require(Day(iso: day))
    for id in ["myintealth", "credential_verification", "step2ck"] {
      let fee = try #require(fees.fee(id))
      #expect(!fee.history.contains { $0.rule.confidence == .official }, "\(id)")
      #expect(fee.needsVerifying(on: on), "\(id) on \(day)")
      #expect(fee.latest?.rule.note.contains("verify") == true, "\(id)")
    }
    let step1 = try #require(fees.fee("step1"))
    #expect(step1.needsVerifying(on: on) == (on.year != 2026), "step1 on \(day)")
  }

  @Test func theLedgerMarksThemVerify() throws {
    let ledger = try Self.ledger(Self.fresh)
    for id in ["myintealth", "credential_verification", "step2ck"] {
      let line = try #require(ledger.lines.first { $0.fee.id == id })
      #expect(line.verify, "\(id)")
    }
  }

  // MARK: Point 2: the extension and the region change

  /// No plan extends a period or changes region: both are branches with undated lines while a
  /// USMLE sitting is still to come; the region change only abroad and only for Step 1 or Step 2 CK.
  @Test func extensionAndRegionChangeAreUndatedBranches() throws {
    let ledger = try Self.ledger(Self.fresh)
    let ext = try #require(ledger.branches.first { $0.kind == .eligibilityExtension(step3PeriodEnds: nil) })
    #expect(ext.total(.applicant) == Money(70, .usd))
    #expect(ext.lines.allSatisfy { $0.date == nil && $0.status == .due })
    let region = try #require(ledger.branches.first { $0.kind == .regionChange })
    #expect(region.total(.applicant) == Money(90, .usd))
    #expect(region.lines.allSatisfy { $0.date == nil })
    // Never in the ledger's own lines or totals.
    #expect(!ledger.lines.contains { $0.fee.id == "eligibility_extension" || $0.fee.id == "region_change" })
    let home = try Self.ledger(Self.fresh, options: CostOptions(programs: [.init("internal medicine", 60)], ranks: 20, basis: .options, abroad: false))
    #expect(!home.branches.contains { $0.kind == .regionChange })
    #expect(home.branches.contains { $0.kind == .eligibilityExtension(step3PeriodEnds: nil) })
  }

  /// Every USMLE Step passed (J-1 needs no Step 3): nothing left to extend or move.
  @Test func noSittingAheadNoRequestBranches() throws {
    let done = Self.fresh + """
      exams:
        step1:
          attempts:
            - {date: 2025-03-01, result: pass}
        step2ck:
          attempts:
            - {date: 2025-09-01, result: pass, score: 240}

      """
    let ledger = try Self.ledger(done)
    #expect(!ledger.branches.contains { if case .eligibilityExtension = $0.kind { return true } else { return false } })
    #expect(!ledger.branches.contains { $0.kind == .regionChange })
  }

  // MARK: Point 4: J-1 sponsorship every training year

  /// FEES.md row 19: $370 every training year. Internal medicine lasts 3 years, general surgery
  /// 5 (`training_years`); a specialty not listed is priced at the shortest and says so.
  @Test(arguments: [("internal medicine", 3, false), ("General Surgery", 5, false), ("obstetrics and gynecology", 4, false), ("dermatology", 3, true)])
  func j1SponsorshipIsPricedEveryTrainingYear(specialty: String, years: Int, assumed: Bool) throws {
    let ledger = try Self.ledger(Self.fresh + "specialty: \(specialty)\n")
    let lines = ledger.lines.filter { $0.fee.id == "j1_sponsorship" }
    #expect(lines.count == years, "\(specialty)")
    #expect(lines.map(\.detail) == (1...years).map { .trainingYear($0, of: years, assumed: assumed) })
    #expect(lines.allSatisfy { $0.amount == 370 && $0.status == .due })
    // A year apart each, the first before the residency start.
    let dates = lines.compactMap(\.date)
    #expect(dates.count == years && dates[0] < ledger.residencyStart)
    for (a, b) in zip(dates, dates.dropFirst()) { #expect(b == a.adding(months: 12)) }
    // The later years count in the total and stand apart from the cash flow to the start.
    #expect(ledger.laterTrainingYears == Money(370 * (years - 1), .usd))
    let flow = ledger.months.reduce(Money()) { $0 + $1.due }
    #expect(flow + ledger.laterTrainingYears == ledger.stillToPay)
    let route = try #require(ledger.branches.first { $0.kind == .visaRoute(.j1, planned: true) })
    #expect(route.lines.filter { $0.fee.id == "j1_sponsorship" }.count == years)
  }

  @Test func anH1BPlanPaysNoYearlyJ1Fee() throws {
    let ledger = try Self.ledger(Self.fresh.replacingOccurrences(of: "visa: j1", with: "visa: h1b"), match: 2029)
    #expect(!ledger.lines.contains { $0.fee.id == "j1_sponsorship" })
    #expect(ledger.laterTrainingYears.isZero)
    let route = try #require(ledger.branches.first { $0.kind == .visaRoute(.j1, planned: false) })
    #expect(route.lines.filter { $0.fee.id == "j1_sponsorship" }.count == 3)
  }
}
