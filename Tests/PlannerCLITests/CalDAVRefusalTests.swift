import Foundation
import Testing

/// What a real Radicale refuses, and a calendar that changes its reminder kind (issue 24, parts
/// 2–3): an untrusted certificate and a TLS handshake with a plain server are errors; a calendar
/// the user may only read is HTTP 403 with nothing synced; a 403 part way says how many changes
/// went out and the next sync finishes them; an event changed between planner's listing and
/// its PUT is Radicale's own 412, a conflict named until `--force`; and a calendar synced with
/// `--reminders both` and then with the default loses exactly the extra reminder events.
@Suite(.serialized, .enabled(if: RadicaleServer.available, "radicale is not installed: run Tests/interop/install.sh (.ci/run does)"))
struct CalDAVRefusalTests {
  let scenario: ReplanScenario

  init() throws { scenario = try ReplanScenario(example: "step1-passed-ck-booked") }

  func sync(_ url: String, _ extra: [String] = []) throws -> CLIRunner.Output {
    var env = CalDAVSyncTests.credentials
    env["SOURCE_DATE_EPOCH"] = "1795597200"
    return try CLIRunner.run(["sync", "--caldav", url] + extra + ["--profile", "me.yaml", "--today", "2026-11-25"], environment: env, in: scenario.folder)
  }

  /// planner's resources on a server, by name.
  func ours(_ server: RadicaleServer) -> [String: String] { server.resources().filter { $0.key.hasPrefix("planner-") } }

  static let dentist = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//phone//EN\r\nBEGIN:VEVENT\r\nUID:dentist-1@phone\r\nDTSTAMP:20261120T000000Z\r\nDTSTART;VALUE=DATE:20270210\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

  @Test func anUntrustedCertificateIsAnErrorAndNothingIsSent() throws {
    let server = try RadicaleServer(scheme: "https", arguments: { folder in
      ["--server-ssl", "True", "--server-certificate", folder.appendingPathComponent("cert.pem").path,
       "--server-key", folder.appendingPathComponent("key.pem").path]
    }) { folder in
      let made = try RadicaleServer.output(
        "openssl",
        ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", folder.appendingPathComponent("key.pem").path, "-out", folder.appendingPathComponent("cert.pem").path])
      try #require(FileManager.default.fileExists(atPath: folder.appendingPathComponent("cert.pem").path), "openssl: \(made)")
    }
    let r = try sync(server.calendar, ["--create"])
    #expect(r.status == 5)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr == "planner: 127.0.0.1: secure connection failed (the server's certificate is not trusted); planner does not sync over a connection it cannot verify\n", "\(r.stderr)")
    #expect(server.requestCount == 0, "\(server.logText)")
    #expect(!FileManager.default.fileExists(atPath: scenario.url("me.caldav.json").path))
  }

  @Test func httpsToAPlainServerIsAHandshakeError() throws {
    let server = try RadicaleServer()
    let r = try sync(server.calendar.replacingOccurrences(of: "http://", with: "https://"), ["--create"])
    #expect(r.status == 5)
    #expect(r.stderr == "planner: 127.0.0.1: secure connection failed (the TLS handshake failed); planner does not sync over a connection it cannot verify\n", "\(r.stderr)")
    #expect(ours(server).isEmpty)
  }

  /// Radicale's rights file lets alice read her calendars but not write them: the first PUT is
  /// refused, and the message says nothing was synced (true: nothing was).
  @Test func aCalendarTheUserMayOnlyReadIs403AndNothingIsSynced() throws {
    let rights = """
      [root]
      user: .+
      collection:
      permissions: R

      [principal]
      user: .+
      collection: {user}
      permissions: R

      [calendars]
      user: .+
      collection: {user}/[^/]+
      permissions: r

      """
    let server = try RadicaleServer(arguments: { ["--rights-type", "from_file", "--rights-file", $0.appendingPathComponent("rights").path] }) { folder in
      try rights.write(to: folder.appendingPathComponent("rights"), atomically: true, encoding: .utf8)
      let collection = folder.appendingPathComponent("storage/collection-root/\(RadicaleServer.user)/residency")
      try FileManager.default.createDirectory(at: collection, withIntermediateDirectories: true)
      try #"{"tag": "VCALENDAR"}"#.write(to: collection.appendingPathComponent(".Radicale.props"), atomically: true, encoding: .utf8)
    }
    let r = try sync(server.calendar)
    #expect(r.status == 5)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr == "planner: \(server.calendar): the server does not let this user write there (HTTP 403); check the URL is one of your own calendars; nothing was synced\n", "\(r.stderr)")
    #expect(server.requests("PUT") == 1, "\(server.logText)")
    #expect(ours(server).isEmpty)
  }

  /// A 403 after three events went out: the message counts them (never "nothing was synced"),
  /// and the next sync sends only the rest.
  @Test func a403PartWaySaysWhatWentOutAndTheNextSyncFinishes() throws {
    let server = try RadicaleServer()
    let proxy = try CalDAVProxy(to: server)
    proxy.mode = .forbidPUTs(from: 4)
    let stopped = try sync(proxy.calendar, ["--create"])
    #expect(stopped.status == 5)
    #expect(stopped.stdout.isEmpty)
    let line = stopped.stderr
    #expect(line.hasPrefix("planner: \(proxy.calendar): the server does not let this user write there (HTTP 403); check the URL is one of your own calendars — stopped after 3 of "), "\(line)")
    #expect(line.hasSuffix(" changes; the next `planner sync` finishes the rest\n"), "\(line)")
    #expect(!line.contains("nothing was synced"))
    #expect(ours(server).count == 3)
    proxy.mode = .pass
    let finished = try sync(proxy.calendar)
    #expect(finished.status == 0, "\(finished.stderr)")
    let n = try #require(CalDAVSyncTests.counts(finished.stdout), "\(finished.stdout)")
    #expect(n.unchanged == 3 && n.changed == n.events - 3 && n.removed == 0, "\(finished.stdout)")
    #expect(ours(server).count == n.events)
  }

  /// The phone edits an event after planner listed the calendar and before its PUT arrives:
  /// Radicale answers 412 to planner's If-Match. planner names the event, keeps the phone's
  /// version, sends every other change, and overwrites it only with --force.
  @Test func aChangeBetweenListingAndPUTIsRadicalesOwn412() throws {
    let server = try RadicaleServer()
    let proxy = try CalDAVProxy(to: server)
    #expect(try sync(proxy.calendar, ["--create"]).status == 0)
    #expect(try scenario.run(["record", "step2ck", "fail", "--date", "2026-11-10"], today: "2026-11-25").status == 0)
    let putsBefore = server.requests("PUT")
    proxy.mode = .editBeforeFirstUpdate
    let raced = try sync(proxy.calendar)
    #expect(raced.status == 5, "\(proxy.logText)")
    #expect(raced.stdout.isEmpty)
    #expect(raced.stderr.hasPrefix("planner: 1 event was changed on the server since the last sync, and kept as the server has it: '"), "\(raced.stderr)")
    #expect(raced.stderr.contains("--force") && raced.stderr.split(separator: "\n").count == 1)
    #expect(raced.stderr.contains(" other changes were synced; run again with --force"), "\(raced.stderr)")
    #expect(server.logText.contains("Precondition failed") || server.logText.contains("412"), "Radicale did not refuse the PUT itself")
    let edited = ours(server).filter { $0.value.contains("Moved on my phone") }
    #expect(edited.count == 1)
    // Every other change went out: the phone's edit and planner's PUTs (one of them refused).
    #expect(server.requests("PUT") - putsBefore > 2)
    proxy.mode = .pass
    let again = try sync(proxy.calendar)
    #expect(again.status == 5, "\(again.stdout)")
    #expect(again.stderr.hasPrefix("planner: 1 event was changed on the server since the last sync"), "\(again.stderr)")
    let forced = try sync(proxy.calendar, ["--force"])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(CalDAVSyncTests.counts(forced.stdout)?.changed == 1, "\(forced.stdout)")
    #expect(ours(server).allSatisfy { !$0.value.contains("Moved on my phone") })
    #expect(CalDAVSyncTests.counts(try sync(proxy.calendar).stdout)?.changed == 0)
  }

  /// Synced with `--reminders both`, then with the default (alarms): the separate reminder
  /// events leave the server, the actions stay under their names, the user's event stays.
  @Test func switchingFromBothToAlarmsRemovesTheExtraEvents() throws {
    let server = try RadicaleServer()
    let both = try sync(server.calendar, ["--create", "--reminders", "both"])
    #expect(both.status == 0, "\(both.stderr)")
    let wide = try #require(CalDAVSyncTests.counts(both.stdout))
    #expect(try server.curl("PUT", server.calendar + "dentist.ics", body: Self.dentist) == "201")
    let before = ours(server)
    let quiet = try sync(server.calendar)
    #expect(quiet.status == 0, "\(quiet.stderr)")
    let n = try #require(CalDAVSyncTests.counts(quiet.stdout), "\(quiet.stdout)")
    #expect(n.events < wide.events && n.removed == wide.events - n.events, "\(quiet.stdout)")
    let after = ours(server)
    #expect(after.count == n.events)
    #expect(Set(after.keys).isSubset(of: Set(before.keys)), "the actions keep their resource names")
    #expect(server.requests("DELETE") == n.removed)
    #expect(server.resources()["dentist.ics"]?.contains("Dentist") == true)
    // The same as a calendar synced with alarms from the start.
    let fresh = try RadicaleServer()
    let direct = try sync(fresh.calendar, ["--create"])
    #expect(CalDAVSyncTests.counts(direct.stdout)?.events == n.events)
    #expect(Set(ours(fresh).keys) == Set(after.keys))
  }
}
