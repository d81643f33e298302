import Foundation
import Testing

/// Issue 26, points 4 and 5: the journal and the saved plan through symlinks.
struct SharedJournalTests {
  static func folder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("planner-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func profile(in folder: URL) throws -> URL {
    let url = folder.appendingPathComponent("me.yaml")
    try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Examples/fresh-graduate.yaml"), to: url)
    return url
  }

  static func start(_ arguments: [String]) throws -> Process {
    let process = Process()
    process.executableURL = CLIRunner.binary
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// Two folders whose me.journal link to one shared file (a synced folder), sixteen writers at
  /// once through both links: every record that reports success is in the shared journal once
  /// (39 of 163 were lost when each folder locked its own me.journal.lock).
  @Test func writersThroughTwoLinksToOneJournalLoseNothing() throws {
    let root = try Self.folder("shared-journal")
    defer { try? FileManager.default.removeItem(at: root) }
    let shared = root.appendingPathComponent("shared"), a = root.appendingPathComponent("a"), b = root.appendingPathComponent("b")
    for f in [shared, a, b] { try FileManager.default.createDirectory(at: f, withIntermediateDirectories: true) }
    let profiles = [try Self.profile(in: a), try Self.profile(in: b)]
    // The first record makes the journal; it then moves to the shared folder behind two links.
    let first = try CLIRunner.run(["record", "statement_of_need", "takes", "--days", "20", "--profile", profiles[0].path, "--today", "2026-12-07"])
    #expect([0, 3].contains(first.status), "\(first.stderr)")
    let journal = shared.appendingPathComponent("me.journal")
    try FileManager.default.moveItem(at: a.appendingPathComponent("me.journal"), to: journal)
    for f in [a, b] { try FileManager.default.createSymbolicLink(at: f.appendingPathComponent("me.journal"), withDestinationURL: journal) }
    let days = Array(30..<46)
    let writers = try days.enumerated().map { i, n in
      try Self.start(["record", "statement_of_need", "takes", "--days", "\(n)", "--profile", profiles[i % 2].path, "--today", "2026-12-07"])
    }
    for w in writers { w.waitUntilExit() }
    // 0 or 3: recorded (3 says the Match year no longer holds with that lead time).
    let succeeded = zip(days, writers).filter { [0, 3].contains($0.1.terminationStatus) }.map(\.0)
    // A writer that waited longer than the lock's patience is refused (75, nothing written).
    #expect(writers.allSatisfy { [0, 3, 75].contains($0.terminationStatus) }, "exits: \(writers.map(\.terminationStatus))")
    #expect(!succeeded.isEmpty)
    let text = try String(contentsOf: journal, encoding: .utf8)
    for n in days {
      let copies = text.components(separatedBy: "lead statement_of_need \(n) days").count - 1
      #expect(copies == (succeeded.contains(n) ? 1 : 0), "the record of \(n) days: \(copies) copies, exit \(writers[n - days[0]].terminationStatus)")
    }
    #expect(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.count == succeeded.count + 1)
    // Both links still point at the shared file.
    for f in [a, b] {
      #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: f.appendingPathComponent("me.journal").path)) == journal.path)
    }
  }

  /// A planted `me.plan.json → a file that is not a saved plan` is refused before anything is
  /// written; `--force` replaces it; a link to a new file in the user's own folder is followed.
  @Test func theSavedPlanGoesThroughALinkOnlyToASavedPlan() throws {
    let root = try Self.folder("saved-plan-link")
    defer { try? FileManager.default.removeItem(at: root) }
    let profile = try Self.profile(in: root)
    let victim = root.appendingPathComponent("victim.txt")
    try Data("precious\n".utf8).write(to: victim)
    let link = root.appendingPathComponent("me.plan.json")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)
    let arguments = ["record", "statement_of_need", "takes", "--days", "25", "--profile", profile.path, "--today", "2026-12-07"]
    let refused = try CLIRunner.run(arguments)
    #expect(refused.status == 2, "exit \(refused.status): \(refused.stderr)")
    #expect(refused.stderr.contains("is not a planner saved plan; nothing was recorded") && refused.stderr.contains("--force"), "\(refused.stderr)")
    #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("me.journal").path))
    let forced = try CLIRunner.run(arguments + ["--force"])
    #expect([0, 3].contains(forced.status), "\(forced.stderr)")
    #expect(try String(contentsOf: victim, encoding: .utf8).contains("planner-saved-plan"))
    // Now a saved plan: later records go through the link without --force.
    let again = try CLIRunner.run(["record", "statement_of_need", "takes", "--days", "26", "--profile", profile.path, "--today", "2026-12-07"])
    #expect([0, 3].contains(again.status), "\(again.stderr)")
    // A link to a file not yet written, in a folder of the user's: followed.
    try FileManager.default.removeItem(at: link)
    let fresh = root.appendingPathComponent("plans/new.json")
    try FileManager.default.createDirectory(at: fresh.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: fresh)
    let followed = try CLIRunner.run(["record", "statement_of_need", "takes", "--days", "27", "--profile", profile.path, "--today", "2026-12-07"])
    #expect([0, 3].contains(followed.status), "\(followed.stderr)")
    #expect(FileManager.default.fileExists(atPath: fresh.path))
  }
}
