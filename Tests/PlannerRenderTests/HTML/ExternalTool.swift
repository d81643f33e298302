import Foundation
import Testing

/// A program the tests drive (Chromium, tj3), found on PATH. In CI a missing tool is a failure,
/// since `.ci/run` installs both; elsewhere the test says so and skips.
struct ExternalTool {
  var path: String

  static func find(_ names: [String]) -> ExternalTool? {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    for name in names {
      for folder in folders {
        let candidate = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return ExternalTool(path: candidate) }
      }
    }
    return nil
  }

  static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

  /// Records a failure in CI, or prints why the test skips, when the tool is missing.
  static func require(_ names: [String], install: String) -> ExternalTool? {
    if let tool = find(names) { return tool }
    let message = "\(names[0]) is not installed (\(install)): this test cannot run here and is skipped"
    if inCI {
      Issue.record(Comment(rawValue: message + " — but CI must run it; .ci/run installs it"))
    } else {
      print("SKIPPED: " + message)
    }
    return nil
  }

  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs the tool; a run longer than `timeout` seconds is stopped and fails.
  func run(_ arguments: [String], in directory: URL, timeout: TimeInterval = 120) throws -> Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString).out")
    let err = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString).err")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: out)
      try? FileManager.default.removeItem(at: err)
    }
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      Issue.record("\(path) did not finish within \(Int(timeout)) s")
    }
    process.waitUntilExit()
    return Output(status: process.terminationStatus,
                  stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                  stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
  }

  static func temporaryFolder(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("planner-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
