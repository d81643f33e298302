import Foundation
import Testing

/// Issue 24, part 3, "A calendar of the actions that matter": about one event per action,
/// deadline and booked date, reminders as alarms unless `--reminders events|both`; "official"
/// only on what the pack marks official; result events on a release day; "Wrote …" after `--ics`.
struct QuietCalendarTests {
  typealias Event = LatestStartRemindersTests.Event

  func calendar(_ profile: String, _ extra: [String] = [], today: String = "2026-12-07") throws -> String {
    let r = try CLIRunner.run(["plan", "--profile", profile, "--today", today, "--ics", "-", "--dtstamp", "2026-12-07T00:00:00Z"] + extra)
    #expect(r.status == 0 || r.status == 3, "\(r.stderr)")
    return r.stdout
  }

  func folder() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planner-quiet-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// The events per plan on 2026-12-07 (docs/calendar.md's table): reminder events (both) as
  /// before this change, and the default now.
  @Test(arguments: [
    ("Examples/fresh-graduate.yaml", 106, 48), ("Examples/h1b-track.yaml", 112, 52),
    ("Examples/legacy-cs.yaml", 60, 33), ("Examples/step1-passed-ck-booked.yaml", 79, 43),
  ])
  func eventsPerExample(profile: String, both: Int, alarms: Int) throws {
    #expect(LatestStartRemindersTests.events(try calendar(profile, ["--reminders", "both"])).count == both)
    #expect(LatestStartRemindersTests.events(try calendar(profile)).count == alarms)
  }

  /// By default a task's name is the title of one event, plus its hard deadline's: no reminder,
  /// latest-safe-start, soft-target or window-opening events; the reminders ring as alarms.
  @Test(arguments: ["Examples/fresh-graduate.yaml", "Examples/h1b-track.yaml", "Examples/legacy-cs.yaml", "Examples/step1-passed-ck-booked.yaml"])
  func oneEventPerAction(profile: String) throws {
    let events = LatestStartRemindersTests.events(try calendar(profile))
    let summaries = events.compactMap { $0.fields["SUMMARY"] }
    #expect(Set(summaries).count == summaries.count, "\(summaries)")
    for prefix in ["Latest safe start: ", "Target: ", "Coming up: "] {
      #expect(!summaries.contains { $0.hasPrefix(prefix) }, "\(prefix)")
    }
    #expect(!events.contains { ["reminder", "target", "latest-start"].contains($0.fields["CATEGORIES"] ?? "") })
    #expect(!summaries.contains { $0.contains("window opens") })
    #expect(events.reduce(0) { $0 + $1.alarms } > 10)
    // "Certify and submit MyERAS" (the example, on five events before) is on one.
    if profile.hasSuffix("fresh-graduate.yaml") {
      #expect(summaries.filter { $0.contains("Certify and submit MyERAS") }.count == 1)
    }
  }

  /// `--reminders events` brings the separate reminder events back, with no alarms.
  @Test func remindersEventsRestoresTheSeparateEvents() throws {
    let events = LatestStartRemindersTests.events(try calendar("Examples/fresh-graduate.yaml", ["--reminders", "events"]))
    let summaries = events.compactMap { $0.fields["SUMMARY"] }
    #expect(summaries.contains { $0.hasPrefix("Latest safe start: ") })
    #expect(summaries.contains { $0.hasPrefix("Target: ") })
    #expect(summaries.contains { $0.hasPrefix("DS-2019 window opens") })
    #expect(events.filter { $0.fields["CATEGORIES"] == "reminder" }.count > 10)
    #expect(events.allSatisfy { $0.alarms == 0 })
  }

  /// A file written with reminder events, then with the default: the events that went are
  /// cancelled under their UIDs (not duplicated), and the line says so.
  @Test func reExportCancelsTheRemovedKindsAndSaysWhatItWrote() throws {
    let dir = try folder()
    let ics = dir.appendingPathComponent("plan.ics")
    func write(_ extra: [String], epoch: String) throws -> CLIRunner.Output {
      try CLIRunner.run(
        ["plan", "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-12-07", "--ics", ics.path, "--format", "json"] + extra,
        environment: ["SOURCE_DATE_EPOCH": epoch])
    }
    let first = try write(["--reminders", "both"], epoch: "1796601600")
    #expect(first.stderr == "Wrote \(ics.path): 106 events.\n")
    // Standard output is still the plan's JSON.
    #expect((try? JSONSerialization.jsonObject(with: Data(first.stdout.utf8))) != nil)
    let again = try write(["--reminders", "both"], epoch: "1796688000")
    #expect(again.stderr == "Wrote \(ics.path): 106 events, 0 changed, 0 cancelled.\n")
    let quiet = try write([], epoch: "1796774400")
    let text = try String(contentsOf: ics, encoding: .utf8)
    let events = LatestStartRemindersTests.events(text)
    let uids = events.compactMap { $0.fields["UID"] }
    #expect(Set(uids).count == uids.count)
    let live = events.filter { $0.fields["STATUS"] != "CANCELLED" }
    let cancelled = events.count - live.count
    #expect(live.count == 48)
    #expect(!live.contains { $0.fields["CATEGORIES"] == "reminder" || $0.fields["SUMMARY"]?.hasPrefix("Target: ") == true })
    // The reminders already fired stay as they were; the others are cancelled.
    #expect(cancelled > 40)
    #expect(quiet.stderr.hasPrefix("Wrote \(ics.path): 48 events, ") && quiet.stderr.hasSuffix(", \(cancelled) cancelled.\n"), "\(quiet.stderr)")
    // `--ics -` writes the calendar alone: no line.
    let stdout = try CLIRunner.run(["plan", "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-12-07", "--ics", "-"])
    #expect(!stdout.stderr.contains("Wrote"))
  }

  /// "Official" only on what the rules pack marks official: never on the applicant's own task
  /// (profile `tasks:`), nor on a task whose length is a third-party value (Book OET: `oet_booking`).
  @Test func officialOnlyOnWhatThePackMarksOfficial() throws {
    let events = LatestStartRemindersTests.events(try calendar("Examples/step1-passed-ck-booked.yaml"))
      + LatestStartRemindersTests.events(try calendar("Examples/fresh-graduate.yaml"))
    func description(_ summary: String) throws -> String {
      try #require(events.first { $0.fields["SUMMARY"]?.hasPrefix(summary) == true }?.fields["DESCRIPTION"], "\(summary)")
    }
    let own = try description("US clinical rotation")
    #expect(!own.contains("Official") && own.contains("Yours: from your profile"))
    let booking = try description("Book OET Medicine")
    #expect(!booking.contains("Official") && booking.contains("Third-party"))
    #expect(try description("Exam: Step 2 CK exam").contains("Official: from published dates and rules."))
    #expect(events.contains { $0.fields["DESCRIPTION"]?.contains("Official:") == true })
  }

  /// USMLE results come out on the pack's release weekday (Wednesday): the calendar's result
  /// event sits on the first one on or after the plan's date, never on a Sunday; the plan's own
  /// date (JSON) does not move.
  @Test(arguments: ["Examples/fresh-graduate.yaml", "Examples/h1b-track.yaml", "Examples/step1-passed-ck-booked.yaml"], ["2026-12-07", "2027-02-21"])
  func resultEventsOnTheReleaseWeekday(profile: String, today: String) throws {
    let json = try CLIRunner.run(["plan", "--profile", profile, "--today", today, "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let planned = Dictionary((object?["tasks"] as? [[String: Any]] ?? []).compactMap { t -> (String, String)? in
      guard let name = t["name"] as? String, let start = t["start"] as? String else { return nil }
      return (name, start.replacingOccurrences(of: "-", with: ""))
    }, uniquingKeysWith: { a, _ in a })
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyyMMdd"
    var checked = 0
    for event in LatestStartRemindersTests.events(try calendar(profile, today: today)) {
      guard let summary = event.fields["SUMMARY"], summary.hasPrefix("Step "), summary.contains(" result released"),
        let day = event.fields["DTSTART"], let date = f.date(from: day)
      else { continue }
      let name = summary.replacingOccurrences(of: " (estimated)", with: "")
      let plan = try #require(planned[name], "\(name)")
      var gregorian = Calendar(identifier: .gregorian)
      gregorian.timeZone = TimeZone(identifier: "UTC")!
      let weekday = gregorian.component(.weekday, from: date)
      #expect(weekday == 4, "\(profile) \(today): \(summary) on \(day), not a Wednesday")
      let gap = (f.date(from: day)!.timeIntervalSince(f.date(from: plan)!)) / 86_400
      #expect((0..<7).contains(gap), "\(profile) \(today): \(summary) on \(day), the plan has \(plan)")
      checked += 1
    }
    #expect(checked > 0)
  }
}
