import PlannerCore
import PlannerTestSupport
import Testing

@testable import PlannerPathway
import PlannerRules

/// `Applicant`: one applicant's files, and what follows from them worked out once — the journal,
/// the saved plan as a baseline, the profile planning works from — for every command and `cohort`
/// (issue 20, "One applicant, loaded once").
struct ApplicantTests {
  static let profile = """
    match: 2028
    graduation: 2025-05-31
    exams:
      step1:
        attempts: [{date: 2026-06-22, result: pass}]
      step2ck:
        study_weeks: 16
    """

  func d(_ s: String) -> Day { Day(iso: s)! }

  func inputs(journal: String = "", saved: String? = nil, today: String = "2026-12-17", match: Int? = nil) throws -> ReplanState {
    ReplanState(
      profile: try ProfileParser.parse(Self.profile, file: "me.yaml", rules: bundledRules), profileFile: "me.yaml",
      journalText: journal, journalFile: "me.journal", savedPlanText: saved, savedPlanFile: "me.plan.json",
      today: d(today), matchYear: match, rules: bundledRules)
  }

  /// The saved plan `record` would write on `today` for the journal.
  func savedPlan(journal: String = "", today: String) throws -> String {
    let applicant = try Applicant(try inputs(journal: journal, today: today))
    return SavedPlan(try applicant.plan(), journal: applicant.journal.tag).encoded()
  }

  @Test func theJournalIsMergedIntoTheProfilePlanningUses() throws {
    let journal = Journal.appending(JournalEntry(recordedOn: d("2026-12-17"), .done("eras.photo", on: d("2026-12-10"))), to: "")
    let applicant = try Applicant(try inputs(journal: journal))
    #expect(applicant.journal.entries.count == 1)
    #expect(applicant.profile.done["eras.photo"] == d("2026-12-10"))
    #expect(applicant.inputs.profile.done["eras.photo"] == nil)
  }

  @Test func thePlanIsPlanningTheMergedProfileDirectly() throws {
    let applicant = try Applicant(try inputs(match: 2028))
    let plan = try applicant.plan()
    let direct = try PathwayPlanner.plan(profile: applicant.profile, rules: bundledRules, matchYear: 2028, today: d("2026-12-17"), file: "me.yaml")
    #expect(plan.matchYear == 2028)
    #expect(plan.schedule.tasks.map(\.start) == direct.schedule.tasks.map(\.start))
    #expect(applicant.requestedYear == 2028)
  }

  @Test func aSavedPlanIsTheBaselineAndKeepsItsStudyStarts() throws {
    let saved = try savedPlan(today: "2026-12-17")
    let applicant = try Applicant(try inputs(saved: saved, today: "2027-03-10"))
    #expect(applicant.baseline?.today == d("2026-12-17"))
    #expect(applicant.profile.keptStudyStarts == ["step2ck.prep": d("2026-12-17")])
    let plan = try applicant.plan()
    #expect(plan.schedule.task("step2ck.prep")?.start == d("2026-12-17"))
    // The same block, with the plan's overdue work judged against the saved plan's start.
    #expect(plan.overdue["step2ck.prep"]?.basis == .savedPlan(d("2026-12-17")))
    #expect(applicant.next(plan).items.contains { $0.kind == .overdue && $0.taskID == "step2ck.prep" })
  }

  @Test func aDamagedSavedPlanIsReportedNotFatal() throws {
    let applicant = try Applicant(try inputs(saved: "{ not a plan", today: "2027-03-10"))
    #expect(applicant.baseline == nil)
    #expect(throws: ReplanError.self) { try applicant.savedBaseline.get() }
    #expect(applicant.profile.keptStudyStarts.isEmpty)
    #expect(try applicant.plan().schedule.task("step2ck.prep")?.start == d("2027-03-10"))
  }

  @Test func recordingAppendsToTheJournalAndKeepsTheBaseline() throws {
    let saved = try savedPlan(today: "2026-12-17")
    let applicant = try Applicant(try inputs(saved: saved, today: "2027-03-10"))
    let recorded = try applicant.recording(JournalEntry(recordedOn: d("2027-03-10"), .done("eras.photo", on: d("2027-03-01"))))
    #expect(recorded.journal.entries.count == 1)
    #expect(recorded.profile.done["eras.photo"] == d("2027-03-01"))
    #expect(recorded.baseline == applicant.baseline)
    #expect(recorded.profile.keptStudyStarts == applicant.profile.keptStudyStarts)
  }

  @Test func aSittingAfterTheSavedStartEndsTheKeptBlock() throws {
    // The saved plan started Step 2 CK study on 2026-12-17; a failed sitting on 2027-03-01 means
    // that block was for attempt 1: attempt 2's preparation starts afresh.
    let saved = try savedPlan(today: "2026-12-17")
    let journal = Journal.appending(JournalEntry(recordedOn: d("2027-03-10"), .result(.step2ck, .fail, on: d("2027-03-01"), score: nil)), to: "")
    let applicant = try Applicant(try inputs(journal: journal, saved: saved, today: "2027-03-10"))
    let prep = try #require(try applicant.plan().schedule.task("step2ck.prep"))
    #expect(prep.start >= d("2027-03-10"))
  }
}
