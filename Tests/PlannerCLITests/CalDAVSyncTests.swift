import Foundation
import Testing

/// `planner sync` against a real Radicale server (issue 24, parts 1–2): a first sync, a second
/// that sends nothing, a recorded failure that changes exactly the moved events, a dropped task
/// that disappears while the user's own event stays, a wrong password, a conflict and --force,
/// credentials from ~/.netrc, and a CalDAV client library reading back what a phone sees.
/// Skips, saying why, only when Radicale is not installed (`Tests/interop/install.sh`).
@Suite(.serialized, .enabled(if: RadicaleServer.available, "radicale is not installed: run Tests/interop/install.sh (.ci/run does)"))
struct CalDAVSyncTests {
  let server: RadicaleServer
  let scenario: ReplanScenario

  init() throws {
    server = try RadicaleServer()
    scenario = try ReplanScenario(example: "step1-passed-ck-booked")
  }

  static let credentials = ["PLANNER_CALDAV_USER": RadicaleServer.user, "PLANNER_CALDAV_PASSWORD": RadicaleServer.password]

  func sync(_ extra: [String] = [], today: String = "2026-11-25", environment: [String: String] = credentials) throws -> CLIRunner.Output {
    var env = environment
    env["SOURCE_DATE_EPOCH"] = "1795597200"
    return try CLIRunner.run(["sync", "--caldav", server.calendar] + extra + ["--profile", "me.yaml", "--today", today], environment: env, in: scenario.folder)
  }

  /// "Synced N events to URL: C changed, R removed, U unchanged." as numbers.
  static func counts(_ output: String) -> (events: Int, changed: Int, removed: Int, unchanged: Int)? {
    guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix("Synced ") }) else { return nil }
    let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.filter { _ in true }
    // The URL's port is a number too: take the first and the last three.
    guard numbers.count >= 4 else { return nil }
    return (numbers[0], numbers[numbers.count - 3], numbers[numbers.count - 2], numbers[numbers.count - 1])
  }

  /// A resource's text without the lines every send changes.
  static func material(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("DTSTAMP") && !$0.hasPrefix("SEQUENCE") && !$0.hasPrefix("LAST-MODIFIED") }.joined(separator: "\n")
  }

  func ours() -> [String: String] { server.resources().filter { $0.key.hasPrefix("planner-") } }

  @Test func aFirstSyncSendsEveryEventAndASecondSendsNothing() throws {
    let first = try sync(["--create"])
    #expect(first.status == 0, "\(first.stderr)")
    let n = try #require(Self.counts(first.stdout), "\(first.stdout)")
    #expect(first.stdout.hasPrefix("Created the calendar \(server.calendar).\n"))
    #expect(n.events > 20 && n.changed == n.events && n.removed == 0 && n.unchanged == 0, "\(first.stdout)")
    #expect(server.requests("PUT") == n.events)
    #expect(ours().count == n.events)
    let requestsBefore = server.requestCount
    let second = try sync()
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stdout == "Synced \(n.events) events to \(server.calendar): 0 changed, 0 removed, \(n.events) unchanged.\n")
    // One PROPFIND listing the ETags, nothing sent.
    #expect(server.requestCount - requestsBefore == 1, "\(server.logText)")
    #expect(server.requests("PUT") == n.events && server.requests("DELETE") == 0)
  }

  /// `sync --busy FILE` sends the plan around the busy calendar, the one `plan --busy FILE`
  /// shows (issue 23: the same loader), not the plan without it.
  @Test func aBusyCalendarShapesThePlanItSends() throws {
    try Data(BusyEverywhereTests.trip.utf8).write(to: scenario.folder.appendingPathComponent("trip.ics"))
    let r = try sync(["--create", "--busy", "trip.ics"])
    #expect(r.status == 0, "\(r.stderr)")
    let env = ["SOURCE_DATE_EPOCH": "1795597200"]
    // Every event about the rotation (its own and any reminder), by its DTSTART line.
    func rotationStarts(_ text: String) -> [String] {
      text.components(separatedBy: "BEGIN:VEVENT").filter { $0.contains("US clinical rotation") }
        .compactMap { $0.split(whereSeparator: \.isNewline).first { $0.hasPrefix("DTSTART") }.map(String.init) }.sorted()
    }
    let plan = ["plan", "--profile", "me.yaml", "--today", "2026-11-25", "--ics", "-"]
    let withBusy = try CLIRunner.run(plan + ["--busy", "trip.ics"], environment: env, in: scenario.folder)
    let without = try CLIRunner.run(plan, environment: env, in: scenario.folder)
    let sent = ours().values.flatMap(rotationStarts).sorted()
    #expect(!sent.isEmpty)
    #expect(sent == rotationStarts(withBusy.stdout), "\(withBusy.stdout.prefix(400))")
    #expect(sent != rotationStarts(without.stdout))
  }

  @Test func aRecordedFailureChangesExactlyTheEventsThatMoved() throws {
    #expect(try sync(["--create"]).status == 0)
    let before = ours()
    let putsBefore = server.requests("PUT")
    #expect(try scenario.run(["record", "step2ck", "fail", "--date", "2026-11-10"], today: "2026-11-25").status == 0)
    let after = try sync()
    #expect(after.status == 0, "\(after.stderr)")
    let n = try #require(Self.counts(after.stdout), "\(after.stdout)")
    let now = ours()
    let added = now.keys.filter { before[$0] == nil }
    let changed = now.filter { name, text in before[name].map { Self.material($0) != Self.material(text) } ?? false }.map(\.key)
    let removed = before.keys.filter { now[$0] == nil }
    let untouched = now.keys.filter { before[$0] == now[$0] }
    #expect(n.changed == added.count + changed.count && n.removed == removed.count, "\(after.stdout)")
    #expect(n.changed > 0 && n.unchanged == untouched.count && n.events == now.count)
    // Exactly the moved events were sent: every other resource is byte for byte as before.
    #expect(server.requests("PUT") - putsBefore == n.changed && server.requests("DELETE") == n.removed)
    for name in changed { #expect(now[name]!.contains("SEQUENCE:1"), "\(name) changed without a new SEQUENCE") }
  }

  @Test func aDroppedTaskDisappearsAndTheUsersOwnEventStays() throws {
    let profile = scenario.url("me.yaml")
    let original = try String(contentsOf: profile, encoding: .utf8)
    let extra = "tasks:\n  - {id: my.visit, name: Visit the observership program, days: 2, fixed: 2027-02-10}\n"
    try original.replacingOccurrences(of: "tasks:\n", with: extra).write(to: profile, atomically: true, encoding: .utf8)
    #expect(try sync(["--create"]).status == 0)
    let visit = try #require(ours().first { $0.value.contains("Visit the observership program") }?.key)
    let dentist = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//phone//EN\r\nBEGIN:VEVENT\r\nUID:dentist-1@phone\r\nDTSTAMP:20261120T000000Z\r\nDTSTART;VALUE=DATE:20270210\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    #expect(try server.curl("PUT", server.calendar + "dentist.ics", body: dentist) == "201")
    try original.write(to: profile, atomically: true, encoding: .utf8)
    let second = try sync()
    #expect(second.status == 0, "\(second.stderr)")
    #expect(Self.counts(second.stdout)?.removed ?? 0 >= 1, "\(second.stdout)")
    #expect(ours()[visit] == nil)
    #expect(server.resources()["dentist.ics"]?.contains("Dentist") == true)
    #expect(try sync().status == 0)
    #expect(server.resources()["dentist.ics"]?.contains("Dentist") == true)
  }

  @Test func anEventEditedOnThePhoneIsAConflictUntilForced() throws {
    #expect(try sync(["--create"]).status == 0)
    let (name, text) = try #require(ours().first { $0.value.contains("Step 2 CK") && $0.value.contains("SUMMARY") })
    // The title as a person reads it: the line unfolded and its text escapes undone (RFC 5545
    // §3.1 and §3.3.11), since which event is picked depends on dictionary order.
    let unfolded = text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\n ", with: "")
    let title = try #require(unfolded.split(whereSeparator: \.isNewline).first { $0.hasPrefix("SUMMARY:") }).dropFirst("SUMMARY:".count)
      .trimmingCharacters(in: .whitespacesAndNewlines)
      .replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";").replacingOccurrences(of: "\\\\", with: "\\")
    let edited = try server.get(server.calendar + name).replacingOccurrences(of: "SUMMARY:", with: "SUMMARY:Moved on my phone ")
    #expect(try server.curl("PUT", server.calendar + name, body: edited) == "204")
    let conflict = try sync()
    #expect(conflict.status == 5)
    #expect(conflict.stdout.isEmpty)
    #expect(conflict.stderr.hasPrefix("planner: 1 event was changed on the server since the last sync"), "\(conflict.stderr)")
    #expect(conflict.stderr.contains(title) && conflict.stderr.contains("--force"), "\(conflict.stderr)")
    #expect(conflict.stderr.split(separator: "\n").count == 1)
    #expect(ours()[name]?.contains("Moved on my phone") == true)
    let forced = try sync(["--force"])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(Self.counts(forced.stdout)?.changed == 1, "\(forced.stdout)")
    #expect(ours()[name]?.contains("Moved on my phone") == false)
    #expect(Self.counts(try sync().stdout)?.changed == 0)
  }

  /// The password appears in no output, no error and no file planner writes (issue 24, part 2).
  @Test func aWrongPasswordIsOneClearLineAndNoPasswordIsEverWritten() throws {
    let wrong = "wrong-\(UUID().uuidString)"
    let refused = try sync(["--create"], environment: ["PLANNER_CALDAV_USER": RadicaleServer.user, "PLANNER_CALDAV_PASSWORD": wrong])
    #expect(refused.status == 5)
    #expect(refused.stdout.isEmpty)
    #expect(refused.stderr == "planner: \(server.calendar): the server refused the user name or password (HTTP 401); check the entry for this host in ~/.netrc, or PLANNER_CALDAV_USER and PLANNER_CALDAV_PASSWORD; nothing was synced\n")
    let ok = try sync(["--create"])
    #expect(ok.status == 0)
    var written = refused.stdout + refused.stderr + ok.stdout + ok.stderr
    for name in try scenario.files() { written += scenario.text(name) }
    #expect(!written.contains(wrong) && !written.contains(RadicaleServer.password))
    #expect(!written.contains(Data("\(RadicaleServer.user):\(RadicaleServer.password)".utf8).base64EncodedString()))
  }

  @Test func credentialsComeFromNetrcInHome() throws {
    let home = scenario.url("home")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    let missing = try sync(["--create"], environment: ["HOME": home.path, "PLANNER_CALDAV_USER": "", "PLANNER_CALDAV_PASSWORD": ""].filter { !$0.value.isEmpty })
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no user name and password for 127.0.0.1: add a line `machine 127.0.0.1 login USER password PASSWORD`"), "\(missing.stderr)")
    try "machine 127.0.0.1\n  login \(RadicaleServer.user)\n  password \"\(RadicaleServer.password)\"\n".write(to: home.appendingPathComponent(".netrc"), atomically: true, encoding: .utf8)
    let ok = try sync(["--create"], environment: ["HOME": home.path])
    #expect(ok.status == 0, "\(ok.stderr)")
  }

  @Test func aMissingCalendarSaysHowToCreateIt() throws {
    let r = try sync()
    #expect(r.status == 5)
    #expect(r.stderr.contains("no such calendar (HTTP 404)") && r.stderr.contains("--create"), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: scenario.url("me.caldav.json").path) || ours().isEmpty)
  }

  /// The profile's `caldav:` key names the calendar when --caldav is not given.
  @Test func theProfilesCalDAVKeyIsTheDefaultURL() throws {
    let profile = scenario.url("me.yaml")
    let text = try String(contentsOf: profile, encoding: .utf8)
    try (text + "caldav: \(server.calendar)\n").write(to: profile, atomically: true, encoding: .utf8)
    var env = Self.credentials
    env["SOURCE_DATE_EPOCH"] = "1795597200"
    let r = try CLIRunner.run(["sync", "--create", "--profile", "me.yaml", "--today", "2026-11-25"], environment: env, in: scenario.folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("Synced 43 events to \(server.calendar): 43 changed"), "\(r.stdout)")
  }

  /// docs/commands/sync.md and README.md: the samples are this server's real output.
  @Test func theDocsShowTheRealOutput() throws {
    let page = DocPage.text("docs/commands/sync.md")
    let shown = "https://dav.example.org/alice/residency/"
    func line(_ output: CLIRunner.Output) -> String { output.stdout.replacingOccurrences(of: server.calendar, with: shown) }
    let first = try sync(["--create"])
    let second = try sync()
    #expect(try scenario.run(["record", "step2ck", "fail", "--date", "2026-11-10"], today: "2026-11-25").status == 0)
    let third = try sync()
    let command = "$ planner sync --profile me.yaml --today 2026-11-25 --caldav \(shown)"
    let sample = "\(command) --create\n\(line(first))\(command)\n\(line(second))"
      + "$ planner record step2ck fail --date 2026-11-10 --profile me.yaml --today 2026-11-25\n\(command)\n\(line(third))"
    #expect(page.contains(sample), "docs/commands/sync.md's sync sample is stale; it should read:\n\(sample)")
    let readme = "\(command) --create\n\(line(first))"
      + "$ planner record step2ck fail --date 2026-11-10 --profile me.yaml --today 2026-11-25\n\(command)\n\(line(third))"
    #expect(DocPage.text("README.md").contains(readme), "README.md's sync sample is stale; it should read:\n\(readme)")
  }

  /// What a phone's CalDAV client sees: Python `caldav` lists the calendar's events.
  @Test(.enabled(if: RadicaleServer.caldavAvailable, "Python caldav is not installed: run Tests/interop/install.sh"))
  func aCalDAVClientReadsBackThePlan() throws {
    let first = try sync(["--create"])
    let n = try #require(Self.counts(first.stdout))
    let script = """
      import sys, caldav
      client = caldav.DAVClient(url=sys.argv[1], username=sys.argv[2], password=sys.argv[3])
      calendar = client.calendar(url=sys.argv[1])
      for event in calendar.events():
          v = event.vobject_instance.vevent
          print(v.uid.value, v.dtstart.value.isoformat(), v.summary.value, sep="|")
      """
    let out = try RadicaleServer.output(RadicaleServer.pythonName, ["-c", script, server.calendar, RadicaleServer.user, RadicaleServer.password])
    let lines = out.split(separator: "\n")
    #expect(lines.count == n.events, "\(out)")
    #expect(lines.allSatisfy { $0.split(separator: "|").first?.hasSuffix("@planner.invalid") == true }, "\(out)")
    #expect(Set(lines.map { $0.split(separator: "|")[0] }).count == n.events)
    #expect(lines.contains { $0.contains("Step 2 CK") })
  }
}
