import Foundation
import PlannerTestSupport
import Testing

/// Issue 25, point 4: `planner report` on a terminal writes plan.html beside the profile and says
/// so, instead of printing the page; piped, it prints the page as before; `-o` says what it wrote.
struct ReportOnATerminalTests {
  func folder() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planner-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Examples/fresh-graduate.yaml"), to: dir.appendingPathComponent("me.yaml"))
    return dir
  }

  /// Runs planner under `script`, which gives it a pseudo-terminal as a person's shell would.
  func onATerminal(_ arguments: [String], in dir: URL) throws -> CLIRunner.Output {
    let command = ([CLIRunner.binary.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qec", command, "/dev/null"]
    process.currentDirectoryURL = dir
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["PLANNER_RULES"] = nil
    process.environment = env
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLIRunner.Output(stdout: String(decoding: data, as: UTF8.self), stderr: "", status: process.terminationStatus)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func onATerminalThePageGoesBesideTheProfile() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try onATerminal(["report", "--profile", "me.yaml", "--today", "2026-12-07", "--no-risk"], in: dir)
    #expect(r.status == 0)
    let page = try String(contentsOf: dir.appendingPathComponent("plan.html"), encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(r.stdout.contains("Wrote plan.html ("))
    #expect(!r.stdout.contains("<html"))
  }

  @Test func pipedThePageIsPrintedAndOutputSaysWhatItWrote() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let piped = try CLIRunner.run(["report", "--profile", "me.yaml", "--today", "2026-12-07", "--no-risk"], in: dir)
    #expect(piped.status == 0)
    #expect(piped.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("plan.html").path))
    let written = try CLIRunner.run(["report", "--profile", "me.yaml", "--today", "2026-12-07", "--no-risk", "-o", "share.html"], in: dir)
    #expect(written.stdout.isEmpty)
    let size = try Data(contentsOf: dir.appendingPathComponent("share.html")).count
    #expect(written.stderr == "Wrote share.html (\((size + 1023) / 1024) KB): open it in a browser to read, share or print it.\n")
  }
}
