import Foundation
import Testing

/// Issue 26, points 6 and 8: every input file is read within a documented limit, checked before
/// anything is parsed (a profile named `/dev/zero` stops at the limit), and a journal or programs
/// CSV that is not UTF-8 is an error at its first bad byte, as a profile is.
struct InputLimitTests {
  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planner-limits-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  static let profile = """
    name: Dr. Big File
    graduation: 2025-06-01
    visa: j1

    """

  @Test func aProfileThatNeverEndsStopsAtTheLimit() throws {
    let r = try CLIRunner.run(["plan", "--profile", "/dev/zero", "--today", "2026-12-07"])
    #expect(r.status == 2, "exit \(r.status)")
    #expect(r.stderr.contains("/dev/zero: is larger than 4 MB") && r.stderr.contains("--max-input-mb"), "\(r.stderr.prefix(300))")
  }

  @Test func aLargeProfileIsRefusedUnlessTheLimitIsRaised() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("me.yaml")
    // 5 MB of comments: a real profile is a few KB.
    let padding = String(repeating: "# " + String(repeating: "x", count: 98) + "\n", count: 50_000)
    try Data((Self.profile + padding).utf8).write(to: file)
    let refused = try CLIRunner.run(["plan", "--profile", file.path, "--today", "2026-12-07"])
    #expect(refused.status == 2 && refused.stderr.contains("is larger than 4 MB"), "\(refused.stderr.prefix(300))")
    #expect(refused.stdout.isEmpty)
    let option = try CLIRunner.run(["plan", "--profile", file.path, "--today", "2026-12-07", "--max-input-mb", "8"])
    #expect(option.status == 0, "\(option.stderr.prefix(300))")
    let environment = try CLIRunner.run(["plan", "--profile", file.path, "--today", "2026-12-07"], environment: ["PLANNER_MAX_INPUT_MB": "8"])
    #expect(environment.status == 0, "\(environment.stderr.prefix(300))")
    let bad = try CLIRunner.run(["plan", "--profile", file.path, "--max-input-mb", "lots"])
    #expect(bad.status == 64 && bad.stderr.contains("--max-input-mb: 'lots' is not a whole number of megabytes"), "\(bad.stderr.prefix(300))")
  }

  @Test func aRulesPackAndAProgramsFileHaveTheLimitToo() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let big = folder.appendingPathComponent("big.yaml")
    try Data(String(repeating: "#\n", count: 2_200_000).utf8).write(to: big)
    let rules = try CLIRunner.run(["rules", "--check", big.path])
    #expect(rules.status == 2 && rules.stderr.contains("is larger than 4 MB"), "\(rules.stderr.prefix(300))")
    let csv = folder.appendingPathComponent("p.csv")
    try FileManager.default.copyItem(at: big, to: csv)
    let programs = try CLIRunner.run(["programs", csv.path, "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-12-07"])
    #expect(programs.status == 2 && programs.stderr.contains("is larger than 4 MB"), "\(programs.stderr.prefix(300))")
  }

  @Test func aJournalThatIsNotUTF8IsAnErrorAtItsFirstBadByte() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let profile = folder.appendingPathComponent("me.yaml")
    try Data(Self.profile.utf8).write(to: profile)
    var journal = Array("# planner journal\n2026-11-25 done eras.letters on 2026-11-20 caf".utf8)
    journal += [0xE9] + Array("\n".utf8)  // Latin-1 é
    try Data(journal).write(to: folder.appendingPathComponent("me.journal"))
    let r = try CLIRunner.run(["plan", "--profile", profile.path, "--today", "2026-12-07"])
    #expect(r.status == 2, "exit \(r.status)")
    #expect(r.stderr.contains("me.journal:2:47: error: the file is not UTF-8: byte 0xE9"), "\(r.stderr.prefix(300))")
  }

  @Test func aProgramsFileThatIsNotUTF8IsAnErrorAtItsFirstBadByte() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = folder.appendingPathComponent("p.csv")
    try Data(Array("name,state\nH\u{F4}pital,NY\nSaint ".utf8) + [0xE9] + Array("tienne,NY\n".utf8)).write(to: csv)
    let r = try CLIRunner.run(["programs", csv.path, "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-12-07"])
    #expect(r.status == 2, "exit \(r.status)")
    #expect(r.stderr.contains("p.csv:3:7: error: the file is not UTF-8: byte 0xE9"), "\(r.stderr.prefix(300))")
  }
}
