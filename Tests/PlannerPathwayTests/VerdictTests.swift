import PlannerCore
import PlannerRender
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// The verdict as a value (issue 20, "One verdict"): on track, at risk, not feasible or blocked,
/// with the margin, the deciding gate, the soft targets missed (each with its days and the
/// catalogue's words), the blockers and the tone every view colours by.
struct VerdictTests {
  let today = Day(iso: "2026-12-07")!

  func plan(_ yaml: String, match: Int = 2028, today: Day? = nil) throws -> PlanResult {
    let profile = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    return try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: match, today: today ?? self.today)
  }

  /// Everything passed but ERAS and NRMP (the late-registration applicant of `LateRegistrationTests`).
  static let examsDone = """
    graduation: 2018-07-01
    visa: none
    step2cs_pass: 2019-08-20
    exams:
      step1:
        attempts: [{date: 2019-03-12, result: pass}]
      step2ck:
        attempts: [{date: 2019-06-20, result: pass, score: 231}]
    done:
      credentials.verify: 2019-01-15

    """

  @Test func aFreshGraduateIsOnTrackInGreen() throws {
    let v = try plan("name: X\n").verdict
    #expect(v.status == .onTrack)
    #expect(v.holds)
    #expect(v.tone == .green)
    #expect(v.targetsMissed.isEmpty && v.blockers.isEmpty)
    #expect(v.decidingGate?.taskID == "ecfmg.verified")
    #expect(v.marginDays == v.decidingGate?.room)
    #expect(v.earliestFeasibleYear == 2028)
    #expect(VerdictText.headline(v).hasPrefix("Verdict: On track for the 2028 Match: "))
  }

  @Test func aStep2CKResultAfterProgramsStartReviewingIsAtRisk() throws {
    let r = try plan("exams:\n  step2ck:\n    booked: 2027-12-01\n")
    let v = r.verdict
    #expect(v.status == .atRisk)
    #expect(v.holds && r.feasible)
    #expect(v.tone == .amber)
    let missed = try #require(v.targetsMissed.first)
    #expect(v.targetsMissed.count == 1)
    #expect(missed.taskID == "step2ck.result")
    #expect(missed.target == Day(iso: "2027-09-22"))
    #expect(missed.daysLate == 98)
    #expect(missed.what == "programs start reviewing (your Step 2 CK score visible)")
    #expect(missed.sentence == "Step 2 CK result released on 2027-12-29, 98 days after programs start reviewing (your Step 2 CK score visible) on 2027-09-22")
    let lines = PlanReport.verdictLines(r, verdict: v)
    #expect(lines.first == "Verdict: At risk for the 2028 Match: 63 days to spare before ECFMG must verify your exams (2028-03-01, estimated), but 1 soft target is missed:")
    #expect(lines.contains("  ! " + missed.sentence + "."))
  }

  @Test func anERASApplicationSubmittedAfterTheReviewDateIsAtRisk() throws {
    let v = try plan(Self.examsDone, match: 2027, today: Day(iso: "2026-09-10")!).verdict
    #expect(v.status == .atRisk)
    #expect(v.targetsMissed.map(\.taskID) == ["eras.submit"])
    #expect(v.targetsMissed.first?.daysLate == 47)
    #expect(v.targetsMissed.first?.what == "programs start reviewing applications")
  }

  @Test func anNRMPRegistrationAfterTheStandardDeadlineIsAtRisk() throws {
    let v = try plan(Self.examsDone + "  eras.submit: 2026-10-01\n", match: 2027, today: Day(iso: "2027-02-10")!).verdict
    #expect(v.status == .atRisk)
    #expect(v.targetsMissed.map(\.taskID) == ["nrmp.register"])
    #expect(v.targetsMissed.first?.daysLate == 12)
    #expect(v.targetsMissed.first?.what.hasPrefix("NRMP's standard registration deadline") == true)
    #expect(VerdictText.checkLine(v, lateBy: nil) == "Nothing blocks the 2027 Match, but it is at risk: Register for the NRMP Match 12 days after NRMP's standard registration deadline (later registration costs a late fee).")
    #expect(VerdictText.cell(v) == "at risk: nrmp.register 12 days late")
  }

  @Test func aHardGateMissedIsNotFeasibleInRed() throws {
    let r = try plan("graduation: 2025-06-01\nvisa: j1\nexams:\n  step1:\n    study_weeks: 20\n", match: 2027, today: Day(iso: "2026-12-01")!)
    let v = r.verdict
    #expect(v.status == .notFeasible)
    #expect(!v.holds && v.tone == .red)
    #expect(v.blockers.isEmpty)
    #expect(!v.brokenGates.isEmpty)
    #expect((v.marginDays ?? 0) < 0)
    #expect(VerdictText.headline(v).hasPrefix("Verdict: NOT FEASIBLE for the 2027 Match: "))
    #expect(VerdictText.checkLine(v, lateBy: EligibilityCheck.lateBy(r)).hasPrefix("No eligibility rule blocks the 2027 Match, but the plan does not make it: "))
  }

  @Test func aBlockerFindingIsBlockedWithNoDays() throws {
    let v = try plan("school: Example U\nschool_ecfmg_note: false\n").verdict
    #expect(v.status == .blocked)
    #expect(!v.holds && v.tone == .red)
    #expect(v.blockers.map(\.code) == [.schoolNoSponsorNote])
    // A blocker decides the year, not the days.
    #expect(v.marginDays == nil)
    #expect(VerdictText.headline(v) == "Verdict: NOT FEASIBLE for the 2028 Match.")
    #expect(VerdictText.checkLine(v, lateBy: nil) == "1 finding blocks the 2028 Match.")
    #expect(VerdictText.cell(v) == "1 blocker")
  }

  /// Little room, or a late post-Match step, is amber while the year stays on track.
  @Test func onTrackWithLittleRoomIsAmber() throws {
    let gate = GateRoom(taskID: "ecfmg.verified", date: Day(iso: "2028-03-01")!, room: Verdict.tightDays - 1, kind: .deadline, what: "ECFMG must verify your exams")
    let tight = Verdict(matchYear: 2028, status: .onTrack, decidingGate: gate, marginDays: gate.room, targetsMissed: [], blockers: [])
    #expect(tight.tone == .amber)
    var roomy = tight
    roomy.decidingGate?.room = Verdict.tightDays
    #expect(roomy.tone == .green)
    roomy.postMatch = GateRoom(taskID: "residency.start", date: Day(iso: "2028-07-01")!, room: -3, kind: .fixed, what: "residency starts")
    #expect(roomy.tone == .amber)
    #expect(roomy.holds)
  }

  /// The JSON object carries the same value the text says.
  @Test func theJSONVerdictIsTheValue() throws {
    let r = try plan("exams:\n  step2ck:\n    booked: 2027-12-01\n")
    let json = PlanReport.json(r, profile: Profile()).rendered()
    #expect(json.contains("\"status\": \"atRisk\""))
    #expect(json.contains("\"daysLate\": 98"))
    #expect(json.contains("\"decidingGate\": {"))
    // The fields that were there before stay.
    #expect(json.contains("\"feasible\": true"))
    #expect(json.contains("\"targetMisses\": ["))
  }
}
