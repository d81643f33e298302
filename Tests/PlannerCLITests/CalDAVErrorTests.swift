import Foundation
import Testing

/// One line, exit code 5, nothing reported as synced, for a server that does not answer, is not
/// there, or redirects (issue 24, part 2); plain HTTP to another host is refused before anything
/// is sent. No Radicale needed: the "servers" here are a closed port and two tiny Python ones.
@Suite(.serialized) struct CalDAVErrorTests {
  let scenario: ReplanScenario

  init() throws { scenario = try ReplanScenario(example: "step1-passed-ck-booked") }

  func sync(_ url: String, _ extra: [String] = []) throws -> CLIRunner.Output {
    try CLIRunner.run(
      ["sync", "--caldav", url, "--profile", "me.yaml", "--today", "2026-11-25"] + extra,
      environment: CalDAVSyncTests.credentials, in: scenario.folder)
  }

  /// A Python server on a free loopback port running `body` (a handler's class body), stopped after `work`.
  func withServer(_ body: String, _ work: (Int) throws -> Void) throws {
    let port = try RadicaleServer.freePort()
    let script = """
      import http.server, socketserver, time
      class H(http.server.BaseHTTPRequestHandler):
      \(body)
          def log_message(self, *a): pass
      socketserver.TCPServer.allow_reuse_address = True
      http.server.ThreadingHTTPServer(("127.0.0.1", \(port)), H).serve_forever()
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [RadicaleServer.pythonName, "-c", script]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    defer {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
    for _ in 0..<50 where !RadicaleServer.canConnect(port) { usleep(100_000) }
    try work(port)
  }

  @Test func anUnreachableHostIsOneLine() throws {
    let port = try RadicaleServer.freePort()
    let r = try sync("http://127.0.0.1:\(port)/cal/")
    #expect(r.status == 5)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr == "planner: 127.0.0.1: cannot be reached (connection refused); check the URL and the network\n")
  }

  @Test(.enabled(if: RadicaleServer.available, "python3 is needed for the test server"))
  func aServerThatNeverAnswersTimesOut() throws {
    try withServer("    def do_PROPFIND(self): time.sleep(30)") { port in
      let r = try sync("http://127.0.0.1:\(port)/cal/", ["--timeout", "1"])
      #expect(r.status == 5)
      #expect(r.stderr == "planner: 127.0.0.1: no answer within 1 seconds; try again later, or with a longer --timeout\n")
    }
  }

  @Test(.enabled(if: RadicaleServer.available, "python3 is needed for the test server"))
  func aRedirectIsReportedNotFollowed() throws {
    let body = """
          def do_PROPFIND(self):
              self.send_response(301); self.send_header("Location", "https://elsewhere.example/cal/"); self.send_header("Content-Length", "0"); self.end_headers()
      """
    try withServer(body) { port in
      let r = try sync("http://127.0.0.1:\(port)/cal/")
      #expect(r.status == 5)
      #expect(r.stderr == "planner: http://127.0.0.1:\(port)/cal/: the server redirects (HTTP 301) to https://elsewhere.example/cal/; sync does not follow redirects: give the final URL\n")
    }
  }

  @Test func plainHTTPToAnotherHostIsRefusedBeforeAnythingIsSent() throws {
    let r = try sync("http://dav.example.org/cal/")
    #expect(r.status == 64)
    #expect(r.stderr.contains("plain HTTP would send your password unencrypted"), "\(r.stderr)")
    let inURL = try sync("https://alice:hunter2@dav.example.org/cal/")
    #expect(inURL.status == 64)
    #expect(!inURL.stderr.contains("hunter2") && inURL.stderr.contains("'https://…@dav.example.org/cal/'"), "\(inURL.stderr)")
  }

  @Test func withoutAURLSyncSaysWhereToPutIt() throws {
    let r = try CLIRunner.run(["sync", "--profile", "me.yaml", "--today", "2026-11-25"], environment: CalDAVSyncTests.credentials, in: scenario.folder)
    #expect(r.status == 64)
    #expect(r.stderr.contains("--caldav https://HOST/PATH/, or `caldav: https://HOST/PATH/` in the profile"), "\(r.stderr)")
  }
}
