import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// The record command `planner next` suggests is true on the day it is run as planned: only work
/// planned to be finished today says `--date today`; work that ends later names its planned last
/// day "when done"; an exam names its exam day "when the result is out"; a booking the test date.
struct RecordSuggestionTests {
  let today = Day(iso: "2026-12-01")!

  func plan(_ yaml: String, today: Day) throws -> (PlanResult, Profile) {
    let p = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    return (try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: nil, today: today), p)
  }

  @Test func workFinishedTodaySaysToday() {
    let s = RecordSuggestion.choose(.done("eras.photo"), day: today, today: today, profileSuffix: " --profile me.yaml")
    #expect(s == RecordSuggestion(when: .now, command: "planner record eras.photo done --date today --profile me.yaml"))
    #expect(s.line == "→ planner record eras.photo done --date today --profile me.yaml")
  }

  @Test func workEndingLaterNamesItsLastDayWhenDone() {
    let s = RecordSuggestion.choose(.done("step1.prep"), day: Day(iso: "2027-03-22")!, today: today)
    #expect(s == RecordSuggestion(when: .whenDone, command: "planner record step1.prep done --date 2027-03-22"))
    #expect(s.line == "→ when done: planner record step1.prep done --date 2027-03-22")
  }

  @Test func overdueWorkWhosePlannedDayPassedIsDoneToday() {
    // Its planned day is gone; doing it today is the plan now.
    let s = RecordSuggestion.choose(.done("eras.mspe"), day: today - 3, today: today)
    #expect(s.when == .now && s.command == "planner record eras.mspe done --date today")
  }

  @Test func anExamNamesItsDayWhenTheResultIsOut() {
    for day in [today - 40, today, today + 90] {
      let s = RecordSuggestion.choose(.result(.step2ck), day: day, today: today)
      #expect(s == RecordSuggestion(when: .whenResultIsOut, command: "planner record step2ck pass|fail --date \(day)"))
      #expect(s.line == "→ when the result is out: planner record step2ck pass|fail --date \(day)")
    }
  }

  @Test func aBookingNamesTheTestDate() {
    let s = RecordSuggestion.choose(.book(.step1), day: Day(iso: "2027-03-24")!, today: today)
    #expect(s == RecordSuggestion(when: .onceBooked, command: "planner book step1 --date 2027-03-24"))
  }

  @Test func whatIsRecordedForEachKindOfTask() {
    let act = TaskAction("Do it", "it should be done")
    #expect(RecordSuggestion.subject(taskID: "eras.photo", action: act, kind: .document, state: .planned) == .done("eras.photo"))
    #expect(RecordSuggestion.subject(taskID: "eras.photo", action: act, kind: .document, state: .done) == nil)
    #expect(RecordSuggestion.subject(taskID: "match.day", action: nil, kind: .milestone, state: .booked) == nil)
    #expect(RecordSuggestion.subject(taskID: "residency.start", action: nil, kind: .milestone, state: .planned) == nil)
    #expect(RecordSuggestion.subject(taskID: "step2ck.result", action: nil, kind: .others, state: .planned) == .result(.step2ck))
    #expect(RecordSuggestion.subject(taskID: "oet.result", action: nil, kind: .others, state: .planned) == .result(.oet))
    #expect(RecordSuggestion.subject(taskID: "ecfmg.certificate", action: nil, kind: .others, state: .planned) == .done("ecfmg.certificate"))
    #expect(RecordSuggestion.subject(taskID: "step1.window", action: PathwayTasks.task("step1.window")?.action, kind: .exam, state: .planned) == .book(.step1))
    #expect(RecordSuggestion.subject(taskID: "step1.exam", action: PathwayTasks.task("step1.exam")?.action, kind: .exam, state: .booked) == .result(.step1))
  }

  /// The fresh graduate on the day Step 1 study starts: the 16-week block is recorded when it
  /// ends, the application due later on its own planned day, the target line on the task's.
  @Test func aStudyBlockStartingTodayIsRecordedWhenItEnds() throws {
    let (r, p) = try plan("", today: today)
    let next = NextActions(r, profile: p, days: 30)
    let prep = try #require(r.schedule.task("step1.prep"))
    #expect(prep.start == today && prep.lastDay > today + 100)
    let item = try #require(next.items.first { $0.taskID == "step1.prep" })
    #expect(item.record == RecordSuggestion(when: .whenDone, command: "planner record step1.prep done --date \(prep.lastDay)"))
    #expect(!next.items.contains { $0.command?.contains("--date today") == true })
  }

  /// Every item of several applicants over a year of days: the command's date is the planned last
  /// day (work), the exam day (results, bookings); `today` only when that day is today or past.
  /// Run on its planned day, a "when done" record is accepted; run before it, refused.
  @Test func inGeneralTheCommandIsTrueOnItsPlannedDay() throws {
    // A booked Step 2 CK (upcoming, then passed with no result) and an own task with a deadline.
    let booked = """
      graduation: 2025-05-31
      exams:
        step1:
          attempts:
            - {date: 2026-06-22, result: pass}
        step2ck:
          booked: 2027-03-18
      done:
        ecfmg.account: 2025-11-02
        ecfmg.application: 2025-11-20
        credentials.verify: 2026-01-30
      tasks:
        - id: usce.rotation
          name: US clinical rotation
          days: 28
          after: [step2ck.exam]
          not_before: 2027-05-01
          deadline: 2027-08-31
      """
    let profiles = ["", "visa: h1b\n", "graduation: 2027-06-30\n", booked]
    var seen = Set<RecordSuggestion.When>()
    var withoutCommand = 0
    for yaml in profiles {
      for offset in stride(from: 0, through: 450, by: 30) {
        let day = today + offset
        let (r, p) = try plan(yaml, today: day)
        let ids = Set(r.schedule.tasks.map(\.id))
        for item in NextActions(r, profile: p, days: 60).items {
          let t = try #require(r.schedule.task(item.taskID))
          guard let record = item.record else {
            withoutCommand += 1
            #expect(PathwayTasks.task(item.taskID)?.kind == .milestone || t.task.state == .done, "\(item.taskID)")
            continue
          }
          seen.insert(record.when)
          switch record.when {
          case .now:
            #expect(record.command.contains(" done --date today") && t.lastDay <= day, "\(yaml) \(day) \(item.taskID)")
          case .whenDone:
            #expect(record.command.hasPrefix("planner record \(item.taskID) done --date \(t.lastDay)") && t.lastDay > day, "\(day) \(item.taskID)")
            let done = JournalEntry.Action.done(item.taskID, on: t.lastDay)
            #expect(throws: Never.self) { try RecordRules.check(done, profile: p, rules: bundledRules, today: t.lastDay, taskIDs: ids) }
            #expect(throws: RecordError.self) { try RecordRules.check(done, profile: p, rules: bundledRules, today: day, taskIDs: ids) }
          case .whenResultIsOut:
            let exam = try #require(record.command.split(separator: " ").dropFirst(2).first.map(String.init))
            let examDay = item.kind == .overdue ? item.date : try #require(r.schedule.task("\(exam).exam")).start
            #expect(record.command == "planner record \(exam) pass|fail --date \(examDay)", "\(day) \(item.taskID)")
          case .onceBooked:
            let exam = try #require(record.command.split(separator: " ").dropFirst(2).first.map(String.init))
            #expect(record.command == "planner book \(exam) --date \(try #require(r.schedule.task("\(exam).exam")).start)")
          }
        }
      }
    }
    #expect(seen == [.now, .whenDone, .whenResultIsOut, .onceBooked])
    #expect(withoutCommand > 0)
  }
}
