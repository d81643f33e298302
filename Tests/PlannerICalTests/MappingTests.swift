import PlannerCore
@testable import PlannerICal
import Testing

/// The pure mapping: one all-day event per task, reminders, alarms and to-dos.
struct MappingTests {
  let schedule = Sample.schedule()
  var document: ICalDocument { CalendarExport.document(for: schedule, options: Sample.options(reminders: .both)) }

  func event(_ key: String) throws -> ICalEvent {
    let uid = StableUID.make(identity: Sample.options().planIdentity, key: key, domain: "planner.invalid")
    return try #require(document.events.first { $0.uid == uid })
  }

  @Test func oneDayEventEndsTheNextDay() throws {
    let exam = try event("step1.exam.1")
    #expect(exam.start == Sample.d("2026-12-10"))
    #expect(exam.end == Sample.d("2026-12-11"))
  }

  @Test func milestoneEndsTheNextDay() throws {
    let match = try event("match.day")
    #expect(match.start == Sample.d("2028-03-17"))
    #expect(match.end == Sample.d("2028-03-18"))
  }

  @Test func multiDayEventEndsTheDayAfterItsLastDay() throws {
    let prep = try event("step2ck.prep")
    let task = try #require(schedule.task("step2ck.prep"))
    #expect(prep.start == task.start)
    #expect(prep.end == task.lastDay + 1)
    #expect(prep.end - prep.start == 56)
    let token = try event("eras.token")
    #expect(token.start == Sample.d("2027-06-01"))
    #expect(token.end == Sample.d("2027-06-04"))
  }

  @Test func dtendIsWrittenExclusiveAsDates() throws {
    let text = try ICalWriter.write(document)
    let block = try #require(ICS.blocks(text)[try event("step1.exam.1").uid])
    #expect(block.contains("DTSTART;VALUE=DATE:20261210\r\nDTEND;VALUE=DATE:20261211\r\n"))
    let prep = try #require(ICS.blocks(text)[try event("step2ck.prep").uid])
    #expect(prep.contains("DTSTART;VALUE=DATE:20261211\r\nDTEND;VALUE=DATE:20270205\r\n"))
  }

  @Test func summariesReadAtAGlance() throws {
    #expect(try event("step1.exam.1").summary == "Exam: USMLE Step 1")
    // The planned action on its planned date; the deadline has its own event on its own date.
    #expect(try event("rol.deadline").summary == "Rank Order List certified (estimated)")
    #expect(try event("rol.deadline.deadline").summary == "Deadline: Rank Order List certified")
    #expect(try event("rol.deadline.deadline").start == Sample.d("2028-03-01"))
    #expect(try event("step2ck.prep").summary == "Step 2 CK preparation")
  }

  @Test func descriptionSaysWhyThisDate() throws {
    let result = try event("step1.result.1").description
    #expect(result.contains("Why this date: starts 28 days after \"USMLE Step 1\" starts."))
    #expect(result.contains("Estimated: projected"))
    let exam = try event("step1.exam.1")
    #expect(exam.description.contains("booked for this date."))
    #expect(exam.description.contains("Sources:\nhttps://www.usmle.org/step-exams/step-1"))
    #expect(exam.url == "https://www.usmle.org/step-exams/step-1")
    #expect(try event("eras.token").description.contains("its window opens on 2027-06-01."))
  }

  @Test func statusCategoriesAndTransparency() throws {
    let booked = try event("step1.exam.1")
    #expect(booked.status == .confirmed)
    #expect(booked.transparent)
    let rol = try event("rol.deadline")
    #expect(rol.status == .tentative)
    let task = try #require(schedule.task("rol.deadline"))
    #expect(rol.categories == (task.critical ? ["deadline", "critical"] : ["deadline"]))
  }

  @Test func alarmsOnlyForExamsAndHardDeadlines() throws {
    let exam = try event("step2ck.exam.1")
    #expect(
      exam.alarms == [
        ICalAlarm(daysBefore: 14, description: "Register for Step 2 CK now"),
        ICalAlarm(daysBefore: 2, description: "Register for Step 2 CK now"),
      ])
    #expect(try event("match.day").alarms.isEmpty)
    // A deadline whose task cannot start before its day (here it opens on it) is called for on
    // that day, not before (issue 20, contradiction 9); a fixed date is announced ahead.
    #expect(try event("rol.deadline").alarms == [ICalAlarm(daysBefore: 0, description: "Certify your Rank Order List")])
    #expect(try event("step2ck.prep").alarms.isEmpty)
  }

  @Test func reminderEventsLeadTheirTask() throws {
    let exam = try event("step2ck.exam.1")
    let reminder = try event("step2ck.exam.1.reminder.14")
    #expect(reminder.start == exam.start - 14)
    #expect(reminder.end == exam.start - 13)
    #expect(reminder.summary == "Register for Step 2 CK now")
    let oet = try event("oet.exam.1.reminder.2")
    #expect(oet.summary == "Book OET")
    // Step 1 on 2026-12-10 is 15 days away: the 14-day reminder fits, there is no default text.
    #expect(try event("step1.exam.1.reminder.14").summary == "Coming up: USMLE Step 1")
  }

  @Test func remindersBeforeTodayAreNotWritten() throws {
    var graph = Sample.graph()
    graph.tasks[0].fixedStart = Sample.today + 5
    let doc = CalendarExport.document(
      for: try Scheduler.schedule(graph, today: Sample.today), options: Sample.options(reminders: .both))
    let uid14 = StableUID.make(
      identity: Sample.options().planIdentity, key: "step1.exam.1.reminder.14", domain: "planner.invalid")
    let uid2 = StableUID.make(
      identity: Sample.options().planIdentity, key: "step1.exam.1.reminder.2", domain: "planner.invalid")
    #expect(!doc.events.contains { $0.uid == uid14 })
    #expect(doc.events.contains { $0.uid == uid2 })
  }

  @Test func todosOnlyWhenAskedFor() throws {
    #expect(document.todos.isEmpty)
    var options = Sample.options()
    options.includeTodos = true
    let doc = CalendarExport.document(for: schedule, options: options)
    #expect(doc.todos.count == 1)
    let todo = try #require(doc.todos.first)
    #expect(todo.summary == "Request your ERAS token")
    #expect(todo.start == Sample.d("2027-06-01"))
    #expect(todo.due == Sample.d("2027-06-03"))
    #expect(!(try ICalWriter.write(document)).contains("VTODO"))
    #expect(try ICalWriter.write(doc).contains("BEGIN:VTODO\r\n"))
  }

  @Test func calendarProperties() throws {
    let text = try ICalWriter.write(document)
    let lines = ICS.unfolded(text)
    #expect(
      Array(lines.prefix(4)) == [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//planner//IMG residency planner//EN", "METHOD:PUBLISH",
      ])
    #expect(lines.contains("NAME:Match 2028 plan — Dr. Ana Müller-Núñez"))
    #expect(lines.contains("X-WR-CALNAME:Match 2028 plan — Dr. Ana Müller-Núñez"))
    #expect(lines.contains { $0.hasPrefix("DESCRIPTION:Residency plan") })
    #expect(lines.contains { $0.hasPrefix("X-WR-CALDESC:Residency plan") })
    #expect(lines.contains("REFRESH-INTERVAL;VALUE=DURATION:P1D"))
    #expect(lines.contains("X-PUBLISHED-TTL:P1D"))
    for banned in ["ATTENDEE", "ORGANIZER", "RRULE", "TZID"] {
      #expect(!lines.contains { $0.hasPrefix(banned) })
    }
    // DTSTAMP and LAST-MODIFIED are UTC; nothing else carries a time of day.
    #expect(ICS.values(text, "DTSTAMP:").allSatisfy { $0 == "20261125T090000Z" })
    #expect(ICS.values(text, "LAST-MODIFIED:").allSatisfy { $0 == "20261125T090000Z" })
    #expect(ICS.values(text, "DTSTART").allSatisfy { $0.hasPrefix(";VALUE=DATE:") })
  }

  @Test func alarmsComeAfterTheOtherPropertiesWithValidTriggers() throws {
    let text = try ICalWriter.write(document)
    let block = try #require(ICS.blocks(text)[try event("step2ck.exam.1").uid])
    let lines = ICS.unfolded(block + "\r\n")
    let firstAlarm = try #require(lines.firstIndex(of: "BEGIN:VALARM"))
    #expect(
      lines[firstAlarm...].allSatisfy {
        ["BEGIN:VALARM", "END:VALARM", "ACTION:DISPLAY", "END:VEVENT"].contains($0)
          || $0.hasPrefix("TRIGGER:-P") || $0.hasPrefix("DESCRIPTION:")
      })
    #expect(ICS.values(block + "\r\n", "TRIGGER:") == ["-P14D", "-P2D"])
  }
}
