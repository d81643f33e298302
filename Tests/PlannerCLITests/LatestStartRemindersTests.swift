import Foundation
import Testing

/// Issue 12 §1: the calendar gets a reminder on the latest safe start of each action
/// `planner next` lists, through the same --reminders mode, never twice for one day.
struct LatestStartRemindersTests {
  struct Event {
    var fields: [String: String]
    var alarms: Int
  }

  /// The VEVENTs of an iCalendar text, lines unfolded (RFC 5545 §3.1).
  static func events(_ ics: String) -> [Event] {
    let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n", with: "\n")
    var out: [Event] = []
    var current: Event?
    var depth = 0
    for line in unfolded.split(separator: "\n").map(String.init) {
      if line == "BEGIN:VEVENT" { current = Event(fields: [:], alarms: 0); continue }
      if line == "BEGIN:VALARM" { depth += 1; current?.alarms += 1; continue }
      if line == "END:VALARM" { depth -= 1; continue }
      if line == "END:VEVENT", let event = current { out.append(event); current = nil; continue }
      guard depth == 0, current != nil, let colon = line.firstIndex(of: ":") else { continue }
      let name = String(line[..<colon].split(separator: ";").first ?? "")
      current?.fields[name] = String(line[line.index(after: colon)...]).replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")
    }
    return out
  }

  func calendar(_ mode: String, profile: String = "Examples/fresh-graduate.yaml", today: String = "2026-11-25") throws -> [Event] {
    let r = try CLIRunner.run(["plan", "--profile", profile, "--today", today, "--ics", "-", "--dtstamp", "2026-11-25T00:00:00Z", "--reminders", mode])
    #expect(r.status == 0, "\(r.stderr)")
    return Self.events(r.stdout)
  }

  @Test(arguments: ["Examples/fresh-graduate.yaml", "Examples/step1-passed-ck-booked.yaml"])
  func eachLatestSafeStartOfNextIsOneReminder(profile: String) throws {
    let next = try CLIRunner.run(["next", "--profile", profile, "--today", "2026-11-25", "--days", "730", "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(next.stdout.utf8)) as? [String: Any]
    let items = (object?["items"] as? [[String: Any]] ?? []).filter { ["start", "overdue"].contains($0["kind"] as? String) }
    // The actions whose latest start is later than their planned start: those need a reminder of their own.
    let expected = items.compactMap { item -> String? in
      guard let latest = item["latestStart"] as? String, latest > (item["date"] as? String ?? ""), latest >= "2026-11-25" else { return nil }
      return latest.replacingOccurrences(of: "-", with: "")
    }.sorted()
    #expect(expected.count >= 5)
    let events = try calendar("both", profile: profile)
    let latest = events.filter { $0.fields["SUMMARY"]?.hasPrefix("Latest safe start: ") == true }
    #expect(latest.map { $0.fields["DTSTART"] ?? "" }.sorted() == expected)
    #expect(latest.allSatisfy { $0.fields["CATEGORIES"]?.contains("latest-start") == true && $0.alarms == 2 })
    #expect(latest.allSatisfy { $0.fields["DESCRIPTION"]?.contains("is the latest start that keeps every deadline and target") == true })
    // Nothing doubled: UIDs unique, no two reminders with the same day and words.
    let uids = events.compactMap { $0.fields["UID"] }
    #expect(Set(uids).count == uids.count)
    let reminders = events.filter { $0.fields["CATEGORIES"]?.contains("reminder") == true }.map { "\($0.fields["DTSTART"] ?? "") \($0.fields["SUMMARY"] ?? "")" }
    #expect(Set(reminders).count == reminders.count)
  }

  @Test func theReminderModeDecidesAlarmsAndEvents() throws {
    let events = try calendar("events").filter { $0.fields["SUMMARY"]?.hasPrefix("Latest safe start: ") == true }
    #expect(!events.isEmpty)
    #expect(events.allSatisfy { $0.alarms == 0 })
    // Alarms only: no event of its own, an alarm on the task's event after its start instead.
    let alarmsOnly = try CLIRunner.run(["plan", "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-11-25", "--ics", "-", "--dtstamp", "2026-11-25T00:00:00Z", "--reminders", "alarms"]).stdout
    #expect(!alarmsOnly.contains("SUMMARY:Latest safe start"))
    #expect(alarmsOnly.replacingOccurrences(of: "\r\n ", with: "").contains("TRIGGER:P77D\r\nDESCRIPTION:Latest safe start: Study for Step 1"))
    // A study block whose latest start is 2027-02-10 (77 days of float).
    #expect(events.contains { $0.fields["DTSTART"] == "20270210" && $0.fields["SUMMARY"] == "Latest safe start: Study for Step 1" })
  }
}
