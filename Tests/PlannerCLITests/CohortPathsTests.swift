import Foundation
import Testing

/// Issue 26, point 10: the caseload skipped an unreadable sub-folder silently (no row, exit 0),
/// and the same profile reached by two paths made two rows.
struct CohortPathsTests {
  static func caseload() throws -> URL {
    let root = URL(fileURLWithPath: "/tmp").appendingPathComponent("planner-cohort-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root.appendingPathComponent("ok"), withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.path)
    let profile = root.appendingPathComponent("ok/a.yaml")
    try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Examples/fresh-graduate.yaml"), to: profile)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: profile.path)
    return root
  }

  static func rows(_ stdout: String) -> [Substring] {
    stdout.split(separator: "\n").filter { $0.contains(".yaml") || $0.hasPrefix("error") }
  }

  @Test func oneFileReachedBySeveralPathsIsOneRow() throws {
    let root = try Self.caseload()
    defer { try? FileManager.default.removeItem(at: root) }
    let file = root.appendingPathComponent("ok/a.yaml").path
    try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link.yaml").path, withDestinationPath: file)
    try FileManager.default.linkItem(atPath: file, toPath: root.appendingPathComponent("hard.yaml").path)
    let r = try CLIRunner.run(["cohort", ".", "./ok", "ok/", root.appendingPathComponent("ok").path, "--today", "2026-12-07", "--risk-runs", "10", "--width", "1000"], in: root)
    #expect(r.status == 0, "\(r.stderr)")
    let rows = Self.rows(r.stdout).filter { $0.contains("Amara Okafor") }
    #expect(rows.count == 1, "\(rows)")
    #expect(r.stdout.contains("1 applicant"), "\(r.stdout)")
  }

  /// Run as `nobody` (root reads every folder): a folder it cannot open is a row with its error,
  /// the caseload exits 2, and the readable profiles are still planned.
  @Test func anUnreadableFolderIsARowWithItsError() throws {
    let root = try Self.caseload()
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.appendingPathComponent("locked").path)
      try? FileManager.default.removeItem(at: root)
    }
    let locked = root.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Examples/h1b-track.yaml"), to: locked.appendingPathComponent("b.yaml"))
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
    let asNobody = getuid() == 0
    let arguments = (asNobody ? ["--reuid=nobody", "--regid=nogroup", "--clear-groups", CLIRunner.binary.path] : []) + ["cohort", ".", "--today", "2026-12-07", "--risk-runs", "10", "--width", "1000"]
    let process = Process()
    process.executableURL = asNobody ? URL(fileURLWithPath: "/usr/bin/setpriv") : CLIRunner.binary
    process.arguments = arguments
    process.currentDirectoryURL = root
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2, "\(text)")
    #expect(text.contains("./locked/: this folder cannot be read"), "\(text)")
    #expect(Self.rows(text).contains { $0.contains("Amara Okafor") }, "\(text)")
  }
}
