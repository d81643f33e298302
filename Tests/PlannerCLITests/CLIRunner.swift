import Foundation
import PlannerTestSupport
import Testing

/// Runs the built `planner` binary, the way a user would.
struct CLIRunner {
  struct Output {
    var stdout: String
    var stderr: String
    var status: Int32
  }

  static let packageRoot = Repository.root

  /// The products folder holds the test bundle and the executable side by side.
  static var binary: URL {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("planner")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
        return candidate
      }
      folder.deleteLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug/planner")
  }

  /// - Parameter executable: another program to run (e.g. `script`, which gives planner a terminal).
  static func run(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil, executable: URL? = nil) throws -> Output {
    let process = Process()
    process.executableURL = executable ?? binary
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? packageRoot
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "100"
    // The bundled pack unless a test names another.
    env["PLANNER_RULES"] = nil
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self), status: process.terminationStatus)
  }
}
