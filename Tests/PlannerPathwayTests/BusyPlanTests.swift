import Foundation
import PlannerCore
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Plans around a life (issue 23): busy calendars and study hours shape the study blocks and
/// the exam days; without them nothing moves.
struct BusyPlanTests {
  static let today = Day(iso: "2026-09-01")!
  static let yaml = """
    name: Test Applicant
    graduation: 2026-07-15
    exams:
      step1:
        study_weeks: 16
      step2ck:
        study_weeks: 12
      oet:
        study_weeks: 6
    school_accreditation: none
    pathway:
      number: 6
    """

  static func profile(_ yaml: String = yaml) throws -> Profile { try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules) }

  static func plan(_ p: Profile) throws -> PlanResult {
    try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: nil, today: today, file: "t.yaml")
  }

  /// Nine-hour shifts Monday to Friday for two years.
  static let workingWeek = BusyCalendar(
    file: "work.ics",
    busyMinutes: Dictionary(uniqueKeysWithValues: (0..<730).map { today + $0 }.filter { $0.isoWeekday <= 5 }.map { ($0, 540) }))

  @Test func withoutBusyCalendarsOrHoursNothingChanges() throws {
    let r = try Self.plan(Self.profile())
    #expect(r.capacity == nil)
    #expect(r.graph.availability == nil)
    #expect(r.schedule.task("step1.prep")?.task.duration == 16 * 7)
  }

  /// Weekdays leave 12 − 9 = 3 hours, weekends the full 8: 31 h a week instead of 56, so the
  /// 16 weeks of Step 1 study (896 h) take about 29 weeks.
  @Test func aWorkingWeekStretchesStudyAndSaysSo() throws {
    var p = try Self.profile()
    p.busyCalendars = [Self.workingWeek]
    let r = try Self.plan(p)
    let capacity = try #require(r.capacity)
    #expect(capacity.studyHoursPerWeek == 31)
    #expect(capacity.calendars.first?.busyHoursPerWeek == 45)
    #expect(StudyCapacityText.line(capacity) == "Study time: about 31 h a week over the next 12 weeks (56 h a week full time; 45 h busy a week in work.ics)")
    let prep = try #require(r.schedule.task("step1.prep"))
    #expect(prep.task.duration >= 200 && prep.task.duration <= 205, "\(prep.task.duration) days")
    #expect(PlanReport.header(r, profileName: "Test").contains("Study time: about 31 h a week"))
  }

  @Test func examsAreNeverPlannedOnADayAway() throws {
    let base = try Self.plan(Self.profile())
    let exam = try #require(base.schedule.task("step1.exam")).start
    var p = try Self.profile()
    let away = (0..<5).map { exam + $0 }
    p.busyCalendars = [BusyCalendar(file: "trip.ics", daysAway: away)]
    let r = try Self.plan(p)
    let moved = try #require(r.schedule.task("step1.exam")).start
    #expect(!away.contains(moved) && moved > exam)
  }

  @Test func aBookedExamOnADayAwayIsKeptAndFlagged() throws {
    var p = try Self.profile(Self.yaml.replacingOccurrences(of: "step1:\n    study_weeks: 16", with: "step1:\n    booked: 2027-03-10"))
    p.busyCalendars = [BusyCalendar(file: "trip.ics", daysAway: [Day(iso: "2027-03-10")!])]
    let r = try Self.plan(p)
    #expect(r.schedule.task("step1.exam")?.start == Day(iso: "2027-03-10")!)
    let flagged = try #require(r.findings.first { $0.code == .examBookedWhileAway })
    #expect(flagged.message.contains("2027-03-10, a day trip.ics keeps you away"))
  }

  /// 448 hours at full time (56 h a week) are the same 8 weeks as `study_weeks: 8`.
  @Test func studyHoursInsteadOfWeeks() throws {
    let r = try Self.plan(Self.profile(Self.yaml.replacingOccurrences(of: "study_weeks: 16", with: "study_hours: 448")))
    #expect(r.schedule.task("step1.prep")?.task.duration == 56)
    let part = try Self.plan(Self.profile(Self.yaml.replacingOccurrences(of: "study_weeks: 16", with: "study_hours: 448") + "\nstudy_hours_per_week: 28"))
    #expect(part.schedule.task("step1.prep")?.task.duration == 112)
    #expect(part.capacity.map(StudyCapacityText.line) == "Study time: about 28 h a week over the next 12 weeks (28 h a week (study_hours_per_week))")
  }

  @Test func weeksAndHoursTogetherAreAnError() throws {
    let e = try #require(throws: DiagnosticError.self) {
      try Self.profile(Self.yaml.replacingOccurrences(of: "study_weeks: 16", with: "study_weeks: 16\n    study_hours: 300"))
    }
    #expect(e.description.contains("sets both study_weeks and study_hours"))
  }
}
