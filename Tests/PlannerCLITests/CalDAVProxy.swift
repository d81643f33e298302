import Foundation

/// A loopback HTTP proxy in front of a real Radicale, for what a server does between two of
/// planner's requests: it forwards everything, except that its mode (a file the test rewrites)
/// may refuse PUTs from the Nth on (HTTP 403, as a server whose rights change mid-sync), or
/// edit an event as a phone would just before planner's first change to an existing event
/// (a PUT with If-Match) reaches Radicale, so that Radicale itself answers it with 412
/// (RFC 7232 §3.1).
final class CalDAVProxy {
  enum Mode {
    case pass
    case forbidPUTs(from: Int)
    case editBeforeFirstUpdate

    var text: String {
      switch self {
      case .pass: "pass"
      case .forbidPUTs(let n): "forbid-from \(n)"
      case .editBeforeFirstUpdate: "edit-first-update"
      }
    }
  }

  let port: Int
  private let modeFile: URL
  /// What the proxy printed (Python's tracebacks), for a failing test's message.
  let log: URL
  var logText: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
  private let process = Process()

  /// The proxy's URL for the server's collection (same path, the proxy's port).
  var calendar: String { "http://127.0.0.1:\(port)/\(RadicaleServer.user)/residency/" }

  var mode: Mode = .pass {
    didSet { try? mode.text.write(to: modeFile, atomically: true, encoding: .utf8) }
  }

  init(to server: RadicaleServer) throws {
    port = try RadicaleServer.freePort()
    modeFile = server.folder.appendingPathComponent("proxy-mode")
    try Mode.pass.text.write(to: modeFile, atomically: true, encoding: .utf8)
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      RadicaleServer.pythonName, "-c", Self.script, String(port), String(server.port), modeFile.path,
      "\(RadicaleServer.user):\(RadicaleServer.password)",
    ]
    log = server.folder.appendingPathComponent("proxy.log")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    let handle = try FileHandle(forWritingTo: log)
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    for _ in 0..<50 where !RadicaleServer.canConnect(port) { usleep(100_000) }
  }

  deinit {
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }

  static let script = #"""
    import base64, http.client, http.server, sys, threading
    port, upstream, mode_path, auth = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    basic = {"Authorization": "Basic " + base64.b64encode(auth.encode()).decode()}
    lock = threading.Lock()
    puts = [0]
    edited = [False]

    def forward(method, path, headers, body):
        c = http.client.HTTPConnection("127.0.0.1", upstream, timeout=30)
        c.request(method, path, body=body, headers=headers)
        r = c.getresponse()
        data = r.read()
        c.close()
        return r.status, r.getheaders(), data

    class H(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def any(self):
            n = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(n) if n else None
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection", "content-length")}
            mode = open(mode_path).read().split()
            if self.command == "PUT":
                with lock:
                    puts[0] += 1
                    k = puts[0]
                if mode[0] == "forbid-from" and k >= int(mode[1]):
                    return self.reply(403, [], b"")
                if mode[0] == "edit-first-update" and "If-Match" in self.headers and not edited[0]:
                    edited[0] = True
                    status, _, text = forward("GET", self.path, basic, None)
                    if status == 200:
                        phone = text.replace(b"SUMMARY:", b"SUMMARY:Moved on my phone ", 1)
                        forward("PUT", self.path, dict(basic, **{"Content-Type": "text/calendar; charset=utf-8"}), phone)
            self.reply(*forward(self.command, self.path, headers, body))

        def reply(self, status, headers, data):
            self.send_response(status)
            for k, v in headers:
                if k.lower() not in ("content-length", "connection", "transfer-encoding", "server", "date"):
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_PUT = do_DELETE = do_PROPFIND = do_MKCALENDAR = do_REPORT = do_OPTIONS = any

        def log_message(self, *a):
            pass

    http.server.ThreadingHTTPServer(("127.0.0.1", port), H).serve_forever()
    """#
}
