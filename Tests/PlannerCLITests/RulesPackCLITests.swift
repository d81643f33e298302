import Foundation
import PlannerTestSupport
import Testing

/// The rules pack from the command line: another pack without a rebuild, checking a pack,
/// printing it back, the moved binary, and the stale-pack warning.
struct RulesPackCLITests {
  static let bundled = (try? String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Rules/rules.yaml"), encoding: .utf8)) ?? ""

  /// One text replacement in the bundled pack.
  struct Edit: Sendable {
    var old: String
    var new: String
    func apply(_ text: String) -> String {
      #expect(text.components(separatedBy: old).count == 2, "'\(old)' must occur once in the bundled pack")
      return text.replacingOccurrences(of: old, with: new)
    }
    static let none = Edit(old: "\nschema_version:", new: "\nschema_version:")
  }

  /// A scratch folder holding `name`: the bundled pack with `edit` applied.
  func pack(_ name: String = "rules.yaml", _ edit: Edit = .none) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planner-rules-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(edit.apply(Self.bundled).utf8).write(to: folder.appendingPathComponent(name))
    return folder
  }

  /// The bundled pack with one more cycle block at the top of `cycles:`.
  static func withCycle(_ block: String) -> Edit { Edit(old: "\ncycles:\n", new: "\ncycles:\n" + block) }

  static let matchDay2028 = withCycle("""
      2028:
        match_day:
          date: 2028-03-10
          confidence: official
          source: https://www.nrmp.org/match-calendars/medical-schools/
          verified: 2027-06-01

    """)

  func matchDay(_ r: CLIRunner.Output) -> String? {
    r.stdout.components(separatedBy: "\"id\": \"match.day\",\n").dropFirst().first?.components(separatedBy: "\n").first { $0.contains("\"start\"") }
  }

  @Test func aModifiedPackChangesThePlanWithoutARebuild() throws {
    let folder = try pack("rules.yaml", Self.matchDay2028)
    let base = ["plan", "--match", "2028", "--today", "2026-11-25", "--format", "json"]
    let before = try CLIRunner.run(base)
    let after = try CLIRunner.run(base + ["--rules", "rules.yaml"], in: folder)
    #expect(matchDay(before)?.contains("2028-03-17") == true)
    #expect(matchDay(after)?.contains("2028-03-10") == true)
    let rules = try CLIRunner.run(["rules", "--match", "2028", "--today", "2026-11-25", "--rules", "rules.yaml"], in: folder)
    #expect(rules.stdout.contains("2028-03-10  Match Day  [official]"))
  }

  @Test func plannerRulesIsHonouredAndTheOptionWins() throws {
    let folder = try pack("rules.yaml", Self.matchDay2028)
    let base = ["plan", "--match", "2028", "--today", "2026-11-25", "--format", "json"]
    let viaEnv = try CLIRunner.run(base, environment: ["PLANNER_RULES": "rules.yaml"], in: folder)
    #expect(viaEnv.status == 0)
    #expect(matchDay(viaEnv)?.contains("2028-03-10") == true)
    let broken = try pack("broken.yaml", Edit(old: "\nschema_version: 1", new: "\nschema_versoin: 1"))
    try FileManager.default.copyItem(at: folder.appendingPathComponent("rules.yaml"), to: broken.appendingPathComponent("rules.yaml"))
    let optionWins = try CLIRunner.run(base + ["--rules", "rules.yaml"], environment: ["PLANNER_RULES": "broken.yaml"], in: broken)
    #expect(optionWins.status == 0)
    #expect(matchDay(optionWins)?.contains("2028-03-10") == true)
    let bad = try CLIRunner.run(base, environment: ["PLANNER_RULES": "broken.yaml"], in: broken)
    #expect(bad.status == 2)
    #expect(bad.stdout.isEmpty)
    #expect(bad.stderr.hasPrefix("broken.yaml:9:1: error: unknown key 'schema_versoin' in the rules pack; did you mean 'schema_version'?"))
  }

  @Test(arguments: [
    ("unknown-key", Edit(old: "\nlast_verified: ", new: "\nlast_verifed: ")),
    ("risk-probability", Edit(old: "value: 0.72\n        low: 0.68", new: "value: 1.72\n        low: 0.68")),
    ("impossible-date", withCycle("  2029:\n    match_day:\n      date: 2029-02-30\n      confidence: official\n      source: https://www.nrmp.org/\n      verified: 2026-11-25\n")),
    ("missing-source", withCycle("  2029:\n    match_day:\n      date: 2029-03-16\n      confidence: official\n      verified: 2026-11-25\n    rol_deadline:\n      date: 2029-02-28\n      confidence: official\n      source: \"\"\n      verified: 2026-11-25\n")),
    ("contradictory-cycle", withCycle("  2029:\n    eras_submission_opens:\n      date: 2028-09-06\n      confidence: official\n      source: https://www.aamc.org/\n      verified: 2026-11-25\n    eras_programs_review:\n      date: 2028-09-01\n      confidence: official\n      source: https://www.aamc.org/\n      verified: 2026-11-25\n    match_day:\n      date: 2029-02-23\n      confidence: official\n      source: https://www.nrmp.org/\n      verified: 2026-11-25\n")),
    // Issue 21, point 1: a season closing before its Match deadline, one opening after it.
    ("contradictory-pathways-season", withCycle("  2029:\n    pathways_closes:\n      date: 2029-01-15\n      confidence: official\n      source: https://gp.ecfmg.org/focus/issue88.html\n      verified: 2026-12-07\n  2030:\n    pathways_opens:\n      date: 2030-02-10\n      confidence: official\n      source: https://www.ecfmg.org/certification-pathways/\n      verified: 2026-12-07\n")),
  ])
  func checkReportsEachProblemWithItsPosition(name: String, edit: Edit) throws {
    let folder = try pack("\(name).yaml", edit)
    let r = try CLIRunner.run(["rules", "--check", "\(name).yaml"], in: folder)
    #expect(r.status == 2)
    #expect(r.stdout.isEmpty)
    #expect(!r.stderr.isEmpty)
    for line in r.stderr.split(separator: "\n") { #expect(line.hasPrefix("\(name).yaml:") && line.contains(": error: ")) }
    assertGolden(r.stderr, named: "rules-check-\(name).txt")
  }

  @Test func checkSaysOkForTheBundledPack() throws {
    let folder = try pack()
    let r = try CLIRunner.run(["rules", "--check", "rules.yaml"], in: folder)
    #expect(r.status == 0)
    #expect(r.stderr.isEmpty)
    #expect(r.stdout.hasPrefix("rules.yaml: ok (pack version 2026."))
    #expect(r.stdout.hasSuffix(" values)\n"))
  }

  @Test func formatYAMLPrintsThePackByteForByteAndRoundTrips() throws {
    let r = try CLIRunner.run(["rules", "--format", "yaml"])
    #expect(r.status == 0)
    #expect(r.stdout == Self.bundled)
    let folder = try pack()
    try Data(r.stdout.utf8).write(to: folder.appendingPathComponent("printed.yaml"))
    #expect(try CLIRunner.run(["rules", "--check", "printed.yaml"], in: folder).status == 0)
    let again = try CLIRunner.run(["rules", "--format", "yaml", "--rules", "printed.yaml"], in: folder)
    #expect(again.stdout == r.stdout)
    let edited = try pack("rules.yaml", Self.matchDay2028)
    #expect(try CLIRunner.run(["rules", "--format", "yaml", "--rules", "rules.yaml"], in: edited).stdout == Self.matchDay2028.apply(Self.bundled))
  }

  @Test func aCopyOfTheBinaryInAnotherFolderStillHasThePack() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planner-moved-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let moved = folder.appendingPathComponent("planner")
    try FileManager.default.copyItem(at: CLIRunner.binary, to: moved)
    func run(_ arguments: [String]) throws -> CLIRunner.Output {
      let process = Process()
      process.executableURL = moved
      process.arguments = arguments
      process.currentDirectoryURL = folder
      var env = ProcessInfo.processInfo.environment
      env["PLANNER_RULES"] = nil
      env["NO_COLOR"] = "1"
      process.environment = env
      let out = Pipe(), err = Pipe()
      process.standardOutput = out
      process.standardError = err
      try process.run()
      let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return CLIRunner.Output(stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self), status: process.terminationStatus)
    }
    let plan = try run(["plan", "--today", "2026-11-25", "--match", "2028", "--format", "table"])
    #expect(plan.status == 0, "\(plan.stderr)")
    #expect(plan.stdout.hasPrefix("Match 2028 plan for"))
    let rules = try run(["rules", "--format", "yaml"])
    #expect(rules.status == 0)
    #expect(rules.stdout == Self.bundled)
  }

  @Test func aStalePackIsFlaggedOnceOnStandardError() throws {
    // The bundled pack was last verified on the date in its file; 13 months on it is stale.
    let verified = try #require(Self.bundled.components(separatedBy: "\nlast_verified: ").dropFirst().first?.prefix(10))
    let parts = verified.split(separator: "-").compactMap { Int($0) }
    let (y, m) = parts[1] == 12 ? (parts[0] + 2, 1) : (parts[0] + 1, parts[1] + 1)
    let stale = String(format: "%04d-%02d-%02d", y, m, parts[2])
    let fresh = String(format: "%04d-%02d-%02d", parts[0] + 1, parts[1], parts[2])
    for command in [["plan"], ["check"], ["rules"]] {
      let r = try CLIRunner.run(command + ["--today", stale])
      #expect(r.stderr.components(separatedBy: "warning: the bundled rules pack").count == 2, "\(command): \(r.stderr)")
      #expect(r.stderr.contains("was last verified on \(verified), more than 12 months ago"))
      #expect(r.stderr.contains("planner rules --check rules.yaml"))
      #expect(!r.stdout.contains("warning: the bundled rules pack"))
      let ok = try CLIRunner.run(command + ["--today", fresh])
      #expect(!ok.stderr.contains("warning: the bundled rules pack"), "\(command) on \(fresh)")
    }
  }

  @Test func versionNamesTheBundledPack() throws {
    let version = try #require(Self.bundled.components(separatedBy: "\npack_version: \"").dropFirst().first?.components(separatedBy: "\"").first)
    let verified = try #require(Self.bundled.components(separatedBy: "\nlast_verified: ").dropFirst().first?.prefix(10))
    let r = try CLIRunner.run(["--version"])
    #expect(r.stdout == "0.1.0 (rules pack \(version), last verified \(verified))\n")
  }
}
