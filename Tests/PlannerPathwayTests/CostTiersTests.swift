import Foundation
import PlannerCore
import PlannerRules
import PlannerRulesData
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 22, point 3: ResidencyCAS priced by its tiers beyond 18 programs (FEES.md row 14, the
/// SAEM pricing page: $99 for 1–18, $18 each for 19–30, $23 each from 31), and a Pathways
/// Revalidation priced in the unmatched branch when the plan's Pathway does not serve the next
/// Match (FACTS.md §9: a season-S Pathway serves S and S+1; FEES.md row 10).
@Suite struct CostTiersTests {
  static let today = Day(iso: "2026-12-07")!

  @Test(arguments: [(0, 0), (1, 99), (18, 99), (19, 117), (30, 99 + 12 * 18), (31, 99 + 12 * 18 + 23), (46, 683)])
  func residencyCASTiers(programs: Int, price: Int) throws {
    let fee = try #require(bundledRules.fees.fee("residencycas")?.latest?.rule.value)
    #expect(fee.price(programs) == price, "\(programs) programs")
  }

  @Test func theLedgerPricesEachResidencyCASSpecialtyByItsTiers() throws {
    let profile = try ProfileParser.parse("name: Dr. EM\nmatch: 2028\ngraduation: 2025-06-30\nvisa: j1\nspecialty: emergency medicine\n", file: "em.yaml", rules: bundledRules)
    let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2028, today: Self.today)
    let options = CostOptions(programs: [.init("emergency medicine", 46), .init("internal medicine", 20)], ranks: 20, basis: .options)
    let ledger = CostLedger(plan, profile: profile, options: options)
    let cas = ledger.lines.filter { $0.fee.id == "residencycas" }
    #expect(cas.map(\.amount) == [683], "\(cas.map(\.amount))")
    #expect(cas.first?.detail == .programs(specialty: "emergency medicine", count: 46))
    #expect(ledger.lines.filter { $0.fee.id == "eras_applications" }.map(\.amount) == [220])
  }

  @Test func aTierOutOfOrderIsRefused() throws {
    let text = EmbeddedRules.text.replacingOccurrences(of: "tiers: [{from: 19, each: 18}, {from: 31, each: 23}]", with: "tiers: [{from: 31, each: 18}, {from: 19, each: 23}]")
    #expect(throws: DiagnosticError.self) { try RulesPackDecoder.decode(text, file: "p.yaml") }
    do {
      _ = try RulesPackDecoder.decode(text, file: "p.yaml")
    } catch {
      #expect(error.diagnostics.map(\.message) == ["fees.residencycas.amounts[1].tiers[2].from 19 is not after the tier above it (31); list the tiers in order"])
    }
  }

  /// The unmatched branch: a Revalidation exactly when the plan's Pathway does not serve the
  /// next Match. An accepted season-2027 Pathway serves 2027 and 2028: a second season (2029)
  /// pays the Pathways fee again; a plan that applies for the 2028 season (serving 2029) does not.
  @Test(arguments: [("2026-10-01", true), ("2025-10-01", false)])
  func theUnmatchedBranchPaysARevalidationWhenThePathwayLapses(accepted: String, revalidation: Bool) throws {
    let text = "name: Dr. P\nmatch: 2028\ngraduation: 2024-06-30\nvisa: j1\nlicense:\n  issued: 2024-09-01\npathway:\n  number: 1\n  accepted: \(accepted)\n"
    let profile = try ProfileParser.parse(text, file: "p.yaml", rules: bundledRules)
    let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2028, today: Self.today)
    let ledger = CostLedger(plan, profile: profile, options: .standard(for: profile))
    let season = try #require(ledger.branches.first { $0.kind == .secondSeason })
    let pathway = season.lines.filter { $0.fee.id == "pathway" }
    #expect(pathway.isEmpty == !revalidation, "\(accepted): \(season.lines.map(\.fee.id))")
    if revalidation {
      #expect(pathway.count == 1 && pathway[0].amount == 945)
      #expect(pathway[0].date.map { $0 > ledger.residencyStart.adding(months: -12) } == true)
    }
  }
}

/// An emergency medicine applicant who also applies to internal medicine pays ERAS's token,
/// transcript and per-program fees beside ResidencyCAS's (FEES.md rows 11–14; the pack's
/// `eras-programs` condition); one who applies only through ResidencyCAS pays none of ERAS's.
@Suite struct ERASBesideResidencyCASTests {
  @Test(arguments: [(["emergency medicine": 30], false), (["emergency medicine": 30, "internal medicine": 20], true), (["obstetrics and gynecology": 12, "family medicine": 5], true)])
  func erasFeesFollowTheERASPrograms(programs: [String: Int], eras: Bool) throws {
    let specialty = programs.keys.sorted().first { $0 == "emergency medicine" || $0.hasPrefix("obstetrics") }!
    let profile = try ProfileParser.parse("name: Dr. C\nmatch: 2028\ngraduation: 2025-06-30\nvisa: j1\nspecialty: \(specialty)\n", file: "c.yaml", rules: bundledRules)
    let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2028, today: CostTiersTests.today)
    #expect(plan.schedule.task("eras.submit") == nil && plan.schedule.task("residencycas.submit") != nil)
    let options = CostOptions(programs: programs.sorted { $0.key < $1.key }.map { .init($0.key, $0.value) }, ranks: 20, basis: .options)
    let ids = Set(CostLedger(plan, profile: profile, options: options).lines.map(\.fee.id))
    for fee in ["eras_token", "usmle_transcript", "eras_applications"] {
      #expect(ids.contains(fee) == eras, "\(fee) with \(programs)")
    }
    #expect(ids.contains("residencycas"))
  }

  /// A fee's tasks are alternatives: an ERAS plan pays the token once, at `eras.token`.
  @Test func anERASPlanPaysEachERASFeeOnce() throws {
    let profile = try ProfileParser.parse("name: Dr. I\nmatch: 2028\ngraduation: 2025-06-30\nvisa: j1\nspecialty: internal medicine\n", file: "i.yaml", rules: bundledRules)
    let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2028, today: CostTiersTests.today)
    let lines = CostLedger(plan, profile: profile, options: .standard(for: profile)).lines
    #expect(lines.filter { $0.fee.id == "eras_token" }.map(\.taskID) == ["eras.token"])
    #expect(lines.filter { $0.fee.id == "usmle_transcript" }.count == 1)
    #expect(!lines.contains { $0.fee.id == "residencycas" })
  }
}
