import Foundation
import Testing

/// Issue 9 §5: deadline events sit on the deadline's own date and say whether the plan meets it;
/// reminders go before the actions start; `--reminders` picks alarms, events or both; no own
/// task carries an invalid URL.
struct CalendarTruthTests {
  func export(_ extra: [String] = []) throws -> String {
    let r = try CLIRunner.run(
      ["plan", "--profile", "Examples/step1-passed-ck-booked.yaml", "--today", "2026-12-01", "--ics", "-", "--format", "json"] + extra,
      environment: ["SOURCE_DATE_EPOCH": "1795597200"])
    #expect(r.status == 0)
    return r.stdout.replacingOccurrences(of: "\r\n ", with: "")
  }

  func event(_ text: String, summary: String) -> String? {
    text.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("SUMMARY:" + summary) }
  }

  @Test func deadlinesSitOnTheirOwnDates() throws {
    let ics = try export()
    // The 2027 season serves the 2028 Match and closes 2027-05-31 (issue 21, point 1).
    let pathway = try #require(event(ics, summary: "Deadline: Apply for Pathway 6 (2027 Pathways)"))
    #expect(pathway.contains("DTSTART;VALUE=DATE:20270531"))
    #expect(pathway.contains("The plan meets it"))
    let certificate = try #require(event(ics, summary: "Deadline: ECFMG certificate issued"))
    #expect(certificate.contains("DTSTART;VALUE=DATE:20280630"))
    let verified = try #require(event(ics, summary: "Deadline: ECFMG verifies exams"))
    #expect(verified.contains("DTSTART;VALUE=DATE:20280301"))
    // The planned action keeps its planned date and is not called a deadline.
    #expect(event(ics, summary: "Apply for Pathway 6 (2027 Pathways)") != nil)
    // A soft target and a window's opening are lines of the task's own event by default
    // (issue 24, part 3), and events of their own with reminder events.
    #expect(event(ics, summary: "Target: ") == nil && event(ics, summary: "DS-2019 window opens") == nil)
    let register = try #require(event(ics, summary: "Register for the NRMP Match"))
    #expect(register.contains("Target: 2028-01-31 (soft: missing it costs\\, but does not end the plan)\\; the plan meets it"))
    #expect(try #require(event(ics, summary: "DS-2019 issued by ECFMG")).contains("Window: DS-2019 issued by ECFMG can happen from 2028-01-01."))
    let separate = try export(["--reminders", "both"])
    let registration = try #require(event(separate, summary: "Target: Register for the NRMP Match"))
    #expect(registration.contains("DTSTART;VALUE=DATE:20280131"))
    let ds2019 = try #require(event(separate, summary: "DS-2019 window opens"))
    #expect(ds2019.contains("DTSTART;VALUE=DATE:20280101"))
  }

  @Test func remindersComeBeforeTheRequestsStart() throws {
    let ics = try export(["--reminders", "events"])
    for summary in ["Ask your letter writers now", "Request your MSPE", "Request your transcript for ERAS", "Request your Statement of Need"] {
      #expect(event(ics, summary: summary) != nil, "\(summary)")
    }
  }

  @Test func remindersAsAlarmsEventsOrBoth() throws {
    let both = try export(["--reminders", "both"])
    let alarms = try export(["--reminders", "alarms"])
    #expect(try export() == alarms)
    let events = try export(["--reminders", "events"])
    #expect(both.contains("BEGIN:VALARM") && both.contains("CATEGORIES:reminder"))
    #expect(alarms.contains("BEGIN:VALARM") && !alarms.contains("CATEGORIES:reminder"))
    #expect(!events.contains("BEGIN:VALARM") && events.contains("CATEGORIES:reminder"))
  }

  @Test func ownTasksCarryNoInvalidURL() throws {
    let ics = try export()
    let rotation = try #require(event(ics, summary: "US clinical rotation"))
    #expect(!rotation.contains("URL:"))
    for line in ics.components(separatedBy: "\r\n") where line.hasPrefix("URL:") {
      #expect(line.hasPrefix("URL:http"), "\(line)")
    }
  }
}
