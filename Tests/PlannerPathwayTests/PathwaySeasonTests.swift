import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Corrections 3 and 5: a season-Y Pathway serves the Match Y and Y+1 cycles (then a new
/// application or Revalidation, with an OET that meets that season's recency); an accepted,
/// still-valid Pathway needs no new OET; the Pathways deadline binds the supporting documents
/// and the OET result too.
struct PathwaySeasonTests {
  let today = Day(iso: "2026-11-25")!

  func plan(_ yaml: String, match: Int) throws -> PlanResult {
    let profile = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    return try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: match, today: today)
  }

  /// Accepted in the 2027 season (applied 2026-09-10), with an OET too old for later seasons.
  let accepted2027 = "exams:\n  oet:\n    attempts: [{date: 2024-03-01, result: pass}]\npathway:\n  number: 6\n  applied: 2026-09-10\n  accepted: 2026-11-01\n"

  @Test func seasonOfAnApplicationDate() {
    #expect(PathwayBuilder.season(of: Day(iso: "2026-08-19")!) == 2027)
    #expect(PathwayBuilder.season(of: Day(iso: "2027-01-31")!) == 2027)
    #expect(PathwayBuilder.season(of: Day(iso: "2027-05-31")!) == 2027)
    #expect(PathwayBuilder.season(of: Day(iso: "2027-06-01")!) == 2028)
  }

  /// FACTS §1c: the 2026 season opened 2025-08-19 and a season closes at the end of May, so an
  /// acceptance dated June–July (no application date) is the closed season's: a 2025-season
  /// Pathway accepted 2025-07-15 serves 2025 and 2026, not 2027.
  @Test func anAcceptanceInJuneOrJulyBelongsToTheSeasonThatClosed() throws {
    #expect(PathwayBuilder.season(ofAcceptance: Day(iso: "2025-05-31")!) == 2025)
    #expect(PathwayBuilder.season(ofAcceptance: Day(iso: "2025-06-01")!) == 2025)
    #expect(PathwayBuilder.season(ofAcceptance: Day(iso: "2025-07-31")!) == 2025)
    #expect(PathwayBuilder.season(ofAcceptance: Day(iso: "2025-08-01")!) == 2026)
    #expect(PathwayBuilder.season(ofAcceptance: Day(iso: "2025-12-10")!) == 2026)
    let yaml = "exams:\n  oet:\n    attempts: [{date: 2023-05-01, result: pass}]\npathway:\n  number: 6\n  accepted: 2025-07-15\n"
    let r = try plan(yaml, match: 2027)
    #expect(r.findings.contains { $0.code == .pathwayExpiry && $0.message.contains("2025 Pathway 6 serves the 2025 and 2026 Matches") })
    // With the application date, its season decides as before.
    let applied = try plan("exams:\n  oet:\n    attempts: [{date: 2023-05-01, result: pass}]\npathway:\n  number: 6\n  applied: 2025-09-01\n  accepted: 2025-11-15\n", match: 2027)
    #expect(applied.findings.contains { $0.code == .pathwayValid })
  }

  /// FACTS §9 Pathway documents deadline: the supporting documents (Mini-CEX forms, licence
  /// documents, attestations) are due at the Pathways deadline, not only the application — also
  /// for an application already submitted and not yet accepted.
  @Test(arguments: [(6, "pathway.minicex"), (1, "pathway.documents"), (3, "pathway.documents")])
  func aSubmittedApplicationStillNeedsItsSupportingDocuments(number: Int, task: String) throws {
    let licence = number == 1 ? "license:\n  issued: 2025-06-01\n" : ""
    let school = number == 3 ? "school_accreditation: wfme\n" : ""
    let yaml = "graduation: 2025-06-30\n\(licence)\(school)pathway:\n  number: \(number)\n  applied: 2026-09-10\n"
    let r = try plan(yaml, match: 2027)
    let supporting = try #require(r.schedule.task(task))
    #expect(supporting.task.state == .planned)
    #expect(supporting.task.deadline == bundledRules.cycle(2027)?.pathwaysDeadline?.value)
    #expect(r.dependencies(of: "pathway.review").contains(task))
    let done = try plan(yaml + "done:\n  \(task): 2026-10-15\n", match: 2027)
    #expect(done.schedule.task(task)?.task.state == .done)
  }

  @Test func aSeasonYPathwayServesMatchYAndYPlusOneWithoutANewOET() throws {
    for match in [2027, 2028] {
      let r = try plan(accepted2027, match: match)
      #expect(r.schedule.task("pathway.review")?.task.state == .done, "\(match)")
      #expect(r.schedule.task("oet.exam") == nil, "\(match): no new OET")
      #expect(!r.findings.contains { $0.code == .oetTooOld }, "\(match)")
      #expect(r.findings.contains { $0.code == .pathwayValid }, "\(match)")
    }
  }

  @Test func atYPlusTwoThePlanRevalidatesWithARecentOET() throws {
    let r = try plan(accepted2027, match: 2029)
    let expiry = try #require(r.findings.first { $0.code == .pathwayExpiry })
    #expect(expiry.message.contains("2027 and 2028 Matches") && expiry.message.contains("2028-12-31"))
    #expect(r.schedule.task("pathway.apply")?.task.name.contains("Revalidation") == true)
    #expect(r.schedule.task("pathway.apply")?.task.state == .planned)
    // The 2024 OET is older than the 2029 season accepts (2027-01-01, projected): a new sitting.
    #expect(r.findings.contains { $0.code == .oetTooOld })
    #expect(r.schedule.task("oet.exam")?.task.state == .planned)
  }

  /// Issue 21, point 1: `pathway.season` is honoured with the application it names, and an
  /// application date outside that season (cycles.*.pathways_closes) is refused where it is written.
  @Test func anExplicitSeasonIsHonouredOrTheApplicationDateRefused() throws {
    let yaml = "pathway:\n  number: 6\n  season: 2028\n  applied: 2027-09-10\n  accepted: 2027-11-01\n"
    let at = Day(iso: "2027-12-01")!
    func planned(_ yaml: String, match: Int) throws -> PlanResult {
      try PathwayPlanner.plan(profile: try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules), rules: bundledRules, matchYear: match, today: at, file: "t.yaml")
    }
    #expect(try planned(yaml, match: 2029).schedule.task("pathway.review")?.task.state == .done)
    #expect(try planned(yaml, match: 2030).findings.contains { $0.code == .pathwayExpiry })
    let early = "pathway:\n  number: 6\n  season: 2028\n  applied: 2026-05-10\n  accepted: 2026-11-01\n"
    #expect(throws: PlanningError.self) { try planned(early, match: 2029) }
    do {
      _ = try planned(early, match: 2029)
    } catch {
      #expect("\(error)".contains("t.yaml:4:12: error: pathway.applied: '2026-05-10' is not in the 2028 Pathways season"), "\(error)")
    }
  }

  @Test func supportingDocumentsAndTheOETResultAreDueAtThePathwaysDeadline() throws {
    // Planned in June 2027, when the 2027 season (which also serves 2028) has closed.
    let r = try PathwayPlanner.plan(profile: try ProfileParser.parse("", file: "t.yaml", rules: bundledRules), rules: bundledRules, matchYear: 2028, today: Day(iso: "2027-06-01")!)
    let deadline = try #require(r.cycle.pathwaysDeadline?.value)
    for id in ["pathway.apply", "pathway.minicex", "oet.result"] {
      #expect(r.schedule.task(id)?.task.deadline == deadline, "\(id)")
    }
    // ECFMG's advice: sit OET by the last December test date before the Match.
    #expect(r.schedule.task("oet.exam")?.task.target == Day(iso: "2027-12-31"))
    let attested = try PathwayPlanner.plan(profile: try ProfileParser.parse("graduation: 2026-06-30\nschool_accreditation: wfme\n", file: "t.yaml", rules: bundledRules), rules: bundledRules, matchYear: 2028, today: Day(iso: "2027-06-01")!)
    #expect(attested.schedule.task("pathway.documents")?.task.deadline == deadline)
    #expect(attested.schedule.task("pathway.documents")?.task.name.contains("attestation") == true)
  }
}
