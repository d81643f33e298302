import Foundation

/// A real Radicale CalDAV server for the sync tests: started on a free loopback port with
/// htpasswd authentication (plain: what a bare `pip install radicale` supports) and its own
/// temporary storage, logging every request, stopped when the test ends.
/// `Tests/interop/install.sh` installs it (and Python `caldav`); `.ci/run` runs that first.
final class RadicaleServer {
  static let user = "alice"
  static let password = "correct horse 7 battery"

  /// Whether `python3 -m radicale` can run here; the tests say so and skip when it cannot.
  static let available: Bool = python(["-c", "import radicale"]) == 0
  static let caldavAvailable: Bool = python(["-c", "import caldav"]) == 0

  let folder: URL
  let port: Int
  let scheme: String
  private let process = Process()

  var base: String { "\(scheme)://127.0.0.1:\(port)" }
  /// The collection the tests sync to.
  var calendar: String { "\(base)/\(Self.user)/residency/" }
  var log: URL { folder.appendingPathComponent("radicale.log") }
  /// The collection's files as Radicale stores them (one per resource).
  var storage: URL { folder.appendingPathComponent("storage/collection-root/\(Self.user)/residency") }

  /// - Parameters:
  ///   - arguments: more of Radicale's options (TLS, rights) for the server's folder, after the defaults.
  ///   - prepare: run on the server's folder before it starts (certificates, a rights file, a
  ///     collection made on disk).
  init(scheme: String = "http", arguments: (URL) -> [String] = { _ in [] }, prepare: (URL) throws -> Void = { _ in }) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("planner-radicale-\(UUID().uuidString)")
    self.scheme = scheme
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try prepare(folder)
    try "\(Self.user):\(Self.password)\n".write(to: folder.appendingPathComponent("users"), atomically: true, encoding: .utf8)
    port = try Self.freePort()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      Self.pythonName, "-m", "radicale", "--server-hosts", "127.0.0.1:\(port)",
      "--storage-filesystem-folder", folder.appendingPathComponent("storage").path,
      "--auth-type", "htpasswd", "--auth-htpasswd-filename", folder.appendingPathComponent("users").path,
      "--auth-htpasswd-encryption", "plain", "--auth-delay", "0", "--logging-level", "info",
    ] + arguments(folder)
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    let handle = try FileHandle(forWritingTo: log)
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    for _ in 0..<100 {
      if Self.canConnect(port) { return }
      usleep(100_000)
    }
    throw NSError(domain: "RadicaleServer", code: 1, userInfo: [NSLocalizedDescriptionKey: "radicale did not start: \(logText)"])
  }

  deinit {
    // SIGKILL: a Radicale started from the test process ignores SIGTERM (its signal mask is
    // inherited), and its storage is thrown away anyway.
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    try? FileManager.default.removeItem(at: folder)
  }

  var logText: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

  /// How many requests of `method` the server has logged so far.
  func requests(_ method: String) -> Int {
    logText.split(separator: "\n").filter { $0.contains("] \(method) request for") }.count
  }

  /// Every request, whatever its method.
  var requestCount: Int { logText.split(separator: "\n").filter { $0.contains(" request for ") && $0.contains("received from") }.count }

  /// The resources the server holds, by file name, with their text.
  func resources() -> [String: String] {
    var out: [String: String] = [:]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: storage.path)) ?? [] where name.hasSuffix(".ics") {
      out[name] = try? String(contentsOf: storage.appendingPathComponent(name), encoding: .utf8)
    }
    return out
  }

  /// Sends one request with curl as the user would with another client (the phone's edits).
  @discardableResult
  func curl(_ method: String, _ url: String, body: String? = nil) throws -> String {
    var arguments = ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-u", "\(Self.user):\(Self.password)", "-X", method]
    if let body { arguments += ["-H", "Content-Type: text/calendar; charset=utf-8", "--data-binary", body] }
    return try Self.output("curl", arguments + [url])
  }

  func get(_ url: String) throws -> String {
    try Self.output("curl", ["-s", "-u", "\(Self.user):\(Self.password)", url])
  }

  static var pythonName: String { ProcessInfo.processInfo.environment["PYTHON"] ?? "python3" }

  static func python(_ arguments: [String]) -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [pythonName] + arguments
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return -1 }
    p.waitUntilExit()
    return p.terminationStatus
  }

  static func output(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [tool] + arguments
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  static func freePort() throws -> Int {
    let text = try output(pythonName, ["-c", "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"])
    guard let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      throw NSError(domain: "RadicaleServer", code: 2, userInfo: [NSLocalizedDescriptionKey: "no free port: \(text)"])
    }
    return port
  }

  static func canConnect(_ port: Int) -> Bool {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
    }
  }
}
