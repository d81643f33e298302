import Foundation
import Testing

/// Issue 26, point 3: a command planner prints for pasting reads, in a real shell, as exactly the
/// words it means — whatever the profile's folder, file name or task ids hold.
struct PastedCommandsTests {
  /// The words `sh` makes of `command` (its first word, "planner", replaced by printf).
  static func shellWords(_ command: String) throws -> [String] {
    #expect(command.hasPrefix("planner "))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "printf '%s\\n' " + command.dropFirst("planner ".count)]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  @Test func recordsClosingHintAndNextsCommandsAreOneWordPerArgument() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("it's $(touch PWNED) dir \(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let profile = folder.appendingPathComponent("my plan.yaml")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: "Examples/fresh-graduate.yaml", relativeTo: CLIRunner.packageRoot), to: profile)
    let record = try CLIRunner.run(["record", "ecfmg.account", "done", "--date", "2026-12-01", "--profile", profile.path, "--today", "2026-12-07", "--width", "1000"])
    #expect(record.status == 0, "\(record.stderr)")
    let text = record.stdout + record.stderr
    let hint = try #require(text.range(of: #"Run `planner plan --profile [^`]+`"#, options: .regularExpression).map { String(text[$0].dropFirst(5).dropLast()) })
    #expect(try Self.shellWords(hint) == ["plan", "--profile", profile.path])
    let next = try CLIRunner.run(["next", "--format", "json", "--profile", profile.path, "--today", "2026-12-07"])
    let object = try JSONSerialization.jsonObject(with: Data(next.stdout.utf8)) as? [String: Any]
    let commands = (object?["items"] as? [[String: Any]] ?? []).compactMap { $0["command"] as? String }
    #expect(!commands.isEmpty)
    for command in commands {
      let words = try Self.shellWords(command)
      #expect(words.suffix(2) == ["--profile", profile.path], "\(command) → \(words)")
    }
    #expect(!FileManager.default.fileExists(atPath: CLIRunner.packageRoot.appendingPathComponent("PWNED").path))
  }
}
