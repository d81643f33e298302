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

  /// Names are matched as whole words from a word's start, never inside a word: "Neurology"
  /// holds "urolog" but is not the AUA Urology Match; "Neuro-urology" is urology.
  @Test func neurologyIsNotUrology() {
    for specialty in ["Neurology", "neurology", "Child Neurology", "Pediatric neurology", "Neurological surgery", "Nephrology"] {
      #expect(service(specialty) == nil, "\(specialty)")
    }
    for specialty in ["Urology", "urology (AUA)", "Neuro-urology", "Pediatric Urology"] {
      #expect(service(specialty)?.service.value == "the AUA Urology Match", "\(specialty)")
    }
    #expect(service("Remergency") == nil, "a keyword inside a word")
    #expect(service("Femme") == nil && service("Them") == nil, "EM only as the whole name")
  }

  /// A specialty the Match does not list gets "did you mean" with the closest listed name,
  /// positioned at the profile's line; a listed one, or a non-ERAS one, gets nothing.
  @Test(arguments: [
    ("Emergncy medicine", "emergency medicine"), ("Internl Medicine", "internal medicine"), ("Neurolgy", "neurology"),
    ("pediatrcs", "pediatrics"), ("Psychiatri", "psychiatry"), ("Obstetrcs and Gynaecology", "obstetrics and gynecology"),
  ])
  func anUnknownSpecialtyGetsDidYouMean(typed: String, meant: String) throws {
    #expect(SpecialtyNames.verdict(typed, rules: bundledRules) == .unknown(suggestion: meant))
    let profile = try ProfileParser.parse("graduation: 2024-06-30\nvisa: j1\nspecialty: \(typed)\n", file: "t.yaml", rules: bundledRules)
    let r = try PathwayPlanner.planCycle(profile: profile, cycle: try #require(bundledRules.cycle(2028)), rules: bundledRules, today: Day(iso: "2026-12-07")!)
    let finding = try #require(r.findings.first { $0.code == .specialtyUnknown })
    #expect(finding.severity == .warning)
    #expect(finding.message.contains("did you mean '\(meant)'?"), "\(finding.message)")
    #expect(finding.message.contains("line 3 of the profile"))
    #expect(finding.code.string == "specialty.unknown")
  }

  @Test func theTypoOfEmergencyMedicineIsCaught() {
    #expect(SpecialtyNames.verdict("Emergncy medicine", rules: bundledRules) == .unknown(suggestion: "emergency medicine"))
    #expect(SpecialtyNames.verdict("Neurolgy", rules: bundledRules) == .unknown(suggestion: "neurology"))
  }

  @Test func listedAndNonERASSpecialtiesAreKnown() throws {
    for specialty in ["Internal Medicine", "internal medicine preliminary", "Categorical internal medicine", "IM", "Family medicine", "Neurology", "Pediatrics",
      "Child Neurology", "Orthopaedic Surgery", "EM", "OB GYN", "Urology", "Ophthalmology", "Plastic surgery", "PM&R", "Transitional year"]
    {
      #expect(SpecialtyNames.verdict(specialty, rules: bundledRules) == .known, "\(specialty)")
    }
    #expect(SpecialtyNames.verdict("Immunology", rules: bundledRules) != .known, "IM only as a whole word")
    #expect(SpecialtyNames.verdict("Basket weaving", rules: bundledRules) == .unknown(suggestion: nil))
    let profile = try ProfileParser.parse("graduation: 2024-06-30\nspecialty: Basket weaving\n", file: "t.yaml", rules: bundledRules)
    let r = try PathwayPlanner.planCycle(profile: profile, cycle: try #require(bundledRules.cycle(2028)), rules: bundledRules, today: Day(iso: "2026-12-07")!)
    let note = try #require(r.findings.first { $0.code == .specialtyUnknown })
    #expect(note.severity == .note && note.message.contains("line 2 of the profile") && !note.message.contains("did you mean"))
    let known = try ProfileParser.parse("graduation: 2024-06-30\nspecialty: Neurology\n", file: "t.yaml", rules: bundledRules)
    let k = try PathwayPlanner.planCycle(profile: known, cycle: try #require(bundledRules.cycle(2028)), rules: bundledRules, today: Day(iso: "2026-12-07")!)
    #expect(!k.findings.contains { $0.code == .specialtyUnknown || $0.code == .specialtyNotERAS }, "Neurology applies through ERAS, with no notice")
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

  /// ECFMG's support fee has no published amount (FEES.md row 14): the ledger lists it as
  /// "may apply" with no amount, counts nothing for it, and never makes a number up.
  @Test func theECFMGSupportFeeIsListedWithoutAnAmount() throws {
    let profile = try ProfileParser.parse("graduation: 2024-06-30\nspecialty: OBGYN\nvisa: j1\n", file: "t.yaml", rules: bundledRules)
    let r = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2028, today: Day(iso: "2026-12-07")!)
    let ledger = CostLedger(r, profile: profile, options: .standard(for: profile))
    let support = try #require(ledger.lines.first { $0.fee.id == "residencycas_support" })
    #expect(!support.amountKnown && !support.counts)
    #expect(support.status == .mayApply(.amountUnknown))
    #expect(support.taskID == "residencycas.support")
    #expect(support.entry.rule.source == "https://csess2.ecfmg.org/eras/residencycas.html")
    let medicine = try ProfileParser.parse("graduation: 2024-06-30\nspecialty: internal medicine\nvisa: j1\n", file: "t.yaml", rules: bundledRules)
    let im = try PathwayPlanner.plan(profile: medicine, rules: bundledRules, matchYear: 2028, today: Day(iso: "2026-12-07")!)
    #expect(!CostLedger(im, profile: medicine, options: .standard(for: medicine)).lines.contains { $0.fee.id == "residencycas_support" })
  }
}
