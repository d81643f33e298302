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
    // Two alarms (14 and 2 days ahead), less those that would ring before the task can start
    // (issue 20, contradiction 9): one when the float is under 14 days.
    func float(_ e: Event) -> Int? {
      guard let d = e.fields["DESCRIPTION"], let r = d.range(of: #"\((\d+) days? to spare\)"#, options: .regularExpression) else { return nil }
      return Int(d[r].filter(\.isNumber))
    }
    #expect(latest.allSatisfy { e in e.fields["CATEGORIES"]?.contains("latest-start") == true && float(e).map { f in e.alarms == [14, 2].filter { $0 <= f }.count } == true })
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

/// Issue 20, contradiction 9: "Register for Step 2 CK now" two weeks before the application can
/// start, and a latest-safe-start reminder after the gate it protects. On every bundled example
/// and several days: a reminder or alarm that calls for action ("… now") is never dated before
/// its task's planned start (the first day it can start), and a latest-safe-start reminder is
/// never after the gate or target it protects, nor rings before its task can start.
struct RemindersFollowThePlanTests {
  struct PlannedTask {
    var name: String
    var start: String
    var protects: String?
  }

  static func compact(_ iso: String) -> String { iso.replacingOccurrences(of: "-", with: "") }

  /// The day `n` days before `yyyymmdd`, as yyyymmdd.
  static func daysBefore(_ yyyymmdd: String, _ n: Int) -> String {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyyMMdd"
    guard let d = f.date(from: yyyymmdd) else { return yyyymmdd }
    return f.string(from: d.addingTimeInterval(Double(-n) * 86_400))
  }

  /// Each VEVENT's fields and its alarms' TRIGGER values, lines unfolded.
  static func events(_ ics: String) -> [(fields: [String: String], triggers: [String], alarmTexts: [String])] {
    let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n", with: "\n")
    var out: [(fields: [String: String], triggers: [String], alarmTexts: [String])] = []
    var fields: [String: String]?
    var triggers: [String] = []
    var alarmTexts: [String] = []
    var inAlarm = false
    for line in unfolded.split(separator: "\n").map(String.init) {
      switch line {
      case "BEGIN:VEVENT": fields = [:]; triggers = []; alarmTexts = []
      case "BEGIN:VALARM": inAlarm = true
      case "END:VALARM": inAlarm = false
      case "END:VEVENT": if let f = fields { out.append((f, triggers, alarmTexts)) }; fields = nil
      default:
        guard fields != nil, let colon = line.firstIndex(of: ":") else { continue }
        let name = String(line[..<colon].split(separator: ";").first ?? "")
        let value = String(line[line.index(after: colon)...]).replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")
        if inAlarm {
          if name == "TRIGGER" { triggers.append(value) }
          if name == "DESCRIPTION" { alarmTexts.append(value) }
        } else {
          fields?[name] = value
        }
      }
    }
    return out
  }

  /// Days before the event of a TRIGGER such as "-P14D" (0 for "P0D"; negative after the event).
  static func leadDays(_ trigger: String) -> Int? {
    let digits = trigger.filter(\.isNumber)
    guard let n = Int(digits), trigger.hasSuffix("D") else { return nil }
    return trigger.hasPrefix("-") ? n : -n
  }

  static let examples = ["Examples/fresh-graduate.yaml", "Examples/step1-passed-ck-booked.yaml", "Examples/h1b-track.yaml", "Examples/legacy-cs.yaml"]

  @Test(arguments: examples, ["2026-12-07", "2027-02-21", "2027-08-01"])
  func contradiction9_remindersNeverComeBeforeTheActionOrAfterTheGate(profile: String, today: String) throws {
    let json = try CLIRunner.run(["plan", "--profile", profile, "--today", today, "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let tasks = (object?["tasks"] as? [[String: Any]] ?? []).compactMap { t -> PlannedTask? in
      guard let name = t["name"] as? String, let start = t["start"] as? String else { return nil }
      let protects = (t["latestSafeStartProtects"] as? [String: Any])?["date"] as? String
      return PlannedTask(name: name, start: Self.compact(start), protects: protects.map(Self.compact))
    }
    #expect(tasks.count > 10, "\(json.stderr)")
    let ics = try CLIRunner.run(["plan", "--profile", profile, "--today", today, "--ics", "-", "--dtstamp", "2026-11-25T00:00:00Z", "--reminders", "both"])
    #expect(ics.status == 0 || ics.status == 3, "\(ics.stderr)")
    var checked = 0
    for (fields, triggers, alarmTexts) in Self.events(ics.stdout) {
      let summary = fields["SUMMARY"] ?? "", day = fields["DTSTART"] ?? "", description = fields["DESCRIPTION"] ?? ""
      let categories = fields["CATEGORIES"] ?? ""
      if categories.contains("latest-start") {
        // "<task> is planned to start on D; …": that task's start and the gate it protects.
        guard let task = tasks.first(where: { description.hasPrefix("\($0.name) is planned to start on ") }) else {
          Issue.record("\(profile) \(today): no task for \(summary) (\(description.prefix(60)))")
          continue
        }
        checked += 1
        if let gate = task.protects { #expect(day <= gate, "\(profile) \(today): \(summary) on \(day), after the gate it protects (\(gate))") }
        for lead in triggers.compactMap(Self.leadDays) {
          #expect(Self.daysBefore(day, lead) >= task.start, "\(profile) \(today): \(summary) rings \(lead) days before \(day), before \(task.name) can start (\(task.start))")
        }
        continue
      }
      // A reminder event that calls for action now: "<task> is in 14 days, on D."
      if categories.contains("reminder"), summary.hasSuffix(" now") || summary.contains(" now "),
        let range = description.range(of: #"on \d{4}-\d{2}-\d{2}\."#, options: .regularExpression)
      {
        checked += 1
        let start = Self.compact(String(description[range].dropFirst(3).dropLast()))
        #expect(day >= start, "\(profile) \(today): \"\(summary)\" on \(day), before the action can start (\(start))")
      }
      // The task's own event: an alarm that calls for action now rings no earlier than its start.
      if !categories.contains("reminder") {
        for (trigger, text) in zip(triggers, alarmTexts) where text.hasSuffix(" now") || text.contains(" now ") {
          guard let lead = Self.leadDays(trigger) else { continue }
          checked += 1
          #expect(lead <= 0, "\(profile) \(today): \(summary) (starts \(day)) rings \(lead) days before it: \"\(text)\"")
        }
      }
    }
    #expect(checked > 0)
  }
}
