import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 21, point 2: emergency medicine and OB/GYN apply through ResidencyCAS, not ERAS —
/// ECFMG's support form and fee (no ERAS token), ResidencyCAS's own dates (2025: submission from
/// 2025-09-03, released to programs 2025-10-01, `cycles.*.residencycas_*`), then NRMP as usual
/// (FACTS.md §10). The other non-ERAS specialties keep their notice.
struct ResidencyCASTests {
  func service(_ specialty: String) -> NonERASSpecialty? {
    bundledRules.nonERASSpecialties.first { $0.matches(specialty: specialty) }
  }

  @Test(arguments: ["EM", "em", "Emergency med", "Emergency Medicine", "emergency-medicine", "OB GYN", "OBGYN", "Ob-Gyn", "ob/gyn", "Obstetrics and Gynecology", "Gynecology"])
  func theSpellingsOfEMAndOBGYNMeanResidencyCAS(specialty: String) {
    #expect(service(specialty)?.isResidencyCAS == true)
  }

  @Test func otherSpecialtiesDoNot() {
    for specialty in ["Internal Medicine", "pediatrics", "Family medicine", "Systemic medicine"] {
      #expect(service(specialty) == nil, "\(specialty)")
    }
    #expect(service("Urology")?.isResidencyCAS == false)
    #expect(service("Ophthalmology")?.service.value == "the SF Match")
  }

  func plan(_ specialty: String, match: Int, today: String) throws -> PlanResult {
    let profile = try ProfileParser.parse("graduation: 2024-06-30\nspecialty: \(specialty)\n", file: "t.yaml", rules: bundledRules)
    return try PathwayPlanner.planCycle(profile: profile, cycle: try #require(bundledRules.cycle(match)), rules: bundledRules, today: Day(iso: today)!)
  }

  @Test func theResidencyCASTasksCarryTheirDatesAndTheReleaseIsTheSoftTarget() throws {
    let r = try plan("Emergency med", match: 2026, today: "2025-05-01")
    #expect(r.schedule.task("eras.token") == nil, "no ERAS token")
    #expect(r.schedule.task("eras.submit") == nil)
    let support = try #require(r.schedule.task("residencycas.support"))
    #expect(support.task.notBefore == Day(iso: "2025-06-04"))
    let submit = try #require(r.schedule.task("residencycas.submit"))
    #expect(submit.task.notBefore == Day(iso: "2025-09-03"))
    #expect(submit.task.target == Day(iso: "2025-10-01"))
    #expect(submit.task.provenance.sources.contains("https://csess2.ecfmg.org/eras/residencycas.html"))
    #expect(r.dependencies(of: "interviews").contains("residencycas.submit"))
    #expect(r.schedule.task("nrmp.register") != nil, "NRMP as usual")
    let note = try #require(r.findings.first { $0.code == .specialtyNotERAS })
    #expect(note.severity == .note && note.message.contains("ResidencyCAS") && note.message.contains("2025-10-01"))
  }

  /// Seasons without published dates follow ERAS's pattern, marked estimated.
  @Test func laterSeasonsAreProjectedAndMarkedEstimated() throws {
    let cycle = try #require(bundledRules.cycle(2028))
    #expect(cycle.residencyCASSubmissionOpens.value == cycle.erasSubmissionOpens.value)
    #expect(cycle.residencyCASRelease.value == cycle.erasSubmissionOpens.value + 28)
    #expect(cycle.residencyCASRelease.confidence == .estimated)
    let r = try plan("OB GYN", match: 2028, today: "2026-12-07")
    #expect(r.schedule.task("residencycas.submit")?.task.target == cycle.residencyCASRelease.value)
    #expect(r.schedule.task("residencycas.submit")?.task.provenance.estimated == true)
  }

  @Test func otherNonERASSpecialtiesKeepTheirNotice() throws {
    let r = try plan("Urology", match: 2028, today: "2026-12-07")
    #expect(r.schedule.task("eras.submit") != nil)
    let warning = try #require(r.findings.first { $0.code == .specialtyNotERAS })
    #expect(warning.severity == .warning && warning.message.contains("the AUA Urology Match") && warning.action.contains("stand-in"))
  }

  /// `planner cost` prices ResidencyCAS, not the ERAS token or ERAS applications.
  @Test func theCostLedgerPricesResidencyCASInsteadOfERAS() throws {
    let profile = try ProfileParser.parse("graduation: 2024-06-30\nspecialty: EM\nvisa: j1\n", file: "t.yaml", rules: bundledRules)
    let r = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2028, today: Day(iso: "2026-12-07")!)
    let ledger = CostLedger(r, profile: profile, options: .standard(for: profile))
    let ids = Set(ledger.lines.map(\.fee.id))
    #expect(ids.contains("residencycas"))
    #expect(!ids.contains("eras_token") && !ids.contains("eras_applications"))
  }
}
