import Foundation
import PlannerTestSupport
import Testing

/// `planner cohort` and `planner programs` through the binary, on the bundled caseload
/// (Examples/cohort: a broken profile, one with a journal, one with a programs file).
struct AdvisorCommandTests {
  static let page = DocPage.text("docs/advisors.md")

  static func cohort(_ extra: [String]) throws -> CLIRunner.Output {
    try CLIRunner.run(["cohort", "Examples/cohort", "--today", "2026-11-25"] + extra)
  }

  @Test func cohortTableWithTheDefaultRiskRuns() throws {
    let r = try Self.cohort([])
    // One profile cannot be planned: every other row is still there, and the exit code says so.
    #expect(r.status == 2)
    #expect(r.stderr.isEmpty)
    #expect(r.stdout.contains("from 2,000 simulated runs per\n  applicant"))
    assertGolden(r.stdout, named: "cohort.txt")
    #expect(Self.page.contains("$ planner cohort Examples/cohort --today 2026-11-25\n" + r.stdout + "```"), "docs/advisors.md's cohort sample is stale")
  }

  @Test(arguments: ["csv", "json", "html"])
  func cohortInEveryFormat(format: String) throws {
    let r = try Self.cohort(["--format", format, "--risk-runs", "500"])
    #expect(r.status == 2)
    assertGolden(r.stdout, named: "cohort.\(format)")
  }

  @Test func cohortIsByteIdenticalAcrossJobs() throws {
    let one = try Self.cohort(["--jobs", "1", "--format", "json", "--risk-runs", "200"])
    let four = try Self.cohort(["--jobs", "4", "--format", "json", "--risk-runs", "200"])
    #expect(one.stdout == four.stdout)
    #expect(one.stdout.contains("\"journalRecords\": 1"))
    let tableOne = try Self.cohort(["--jobs", "1", "--risk-runs", "0"])
    let tableFour = try Self.cohort(["--jobs", "4", "--risk-runs", "0"])
    #expect(tableOne.stdout == tableFour.stdout)
    #expect(tableOne.stdout.contains("P(ready): not computed (--risk-runs 0)"))
  }

  @Test func cohortUsage() throws {
    #expect(try CLIRunner.run(["cohort"]).status == 64)
    #expect(try Self.cohort(["--jobs", "0"]).status == 64)
    #expect(try Self.cohort(["--match", "1999"]).status == 64)
    #expect(try Self.cohort(["--today", "someday"]).status == 64)
    let none = try CLIRunner.run(["cohort", "Sources/planner/Commands", "--today", "2026-11-25"])
    #expect(none.status == 2)
    #expect(none.stderr == "planner: no profiles (.yaml, .yml) in Sources/planner/Commands\n")
    // A path that is not there is a row with its error, beside the profiles that are.
    let missing = try CLIRunner.run(["cohort", "missing.yaml", "Examples/fresh-graduate.yaml", "--today", "2026-11-25", "--risk-runs", "0", "--format", "csv"])
    #expect(missing.status == 2)
    #expect(missing.stdout.contains("\r\nmissing.yaml,,error,") && missing.stdout.contains("missing.yaml: no such file"))
    #expect(missing.stdout.contains("Examples/fresh-graduate.yaml,Dr. Amara Okafor,on track,"))
  }

  @Test func aHostileNameNeverReachesTheTerminalRaw() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cohort-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("name: \"Dr. \\e]0;pwned\\a \\u202E evil\"\nvisa: none\n".utf8).write(to: folder.appendingPathComponent("x.yaml"))
    try Data("name,note\r\n\"Prog \u{1B}[2J\",\"bad \u{7}\"\r\n".utf8).write(to: folder.appendingPathComponent("x.csv"))
    for format in ["table", "csv", "json"] {
      let r = try CLIRunner.run(["cohort", folder.path, "--today", "2026-11-25", "--risk-runs", "0", "--format", format])
      #expect(r.status == 0, "\(r.stderr)")
      #expect(!r.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\u{202E}" }, "\(format)")
    }
    let p = try CLIRunner.run(["programs", folder.appendingPathComponent("x.csv").path, "--profile", folder.appendingPathComponent("x.yaml").path, "--today", "2026-11-25"])
    #expect(p.status == 0, "\(p.stderr)")
    #expect(!p.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\u{202E}" })
    #expect(p.stdout.contains("Prog \\u{1B}[2J"))
  }

  @Test func programsOnTheSampleFile() throws {
    let r = try CLIRunner.run(["programs", "Examples/programs.csv", "--profile", "Examples/step1-passed-ck-booked.yaml", "--today", "2026-11-25"])
    #expect(r.status == 0, "\(r.stderr)")
    assertGolden(r.stdout, named: "programs-booked.txt")
    #expect(Self.page.contains("--today 2026-11-25\n" + r.stdout + "```"), "docs/advisors.md's programs sample is stale")
    let csv = try CLIRunner.run(["programs", "Examples/programs.csv", "--profile", "Examples/step1-passed-ck-booked.yaml", "--today", "2026-11-25", "--format", "csv"])
    #expect(csv.stdout.hasPrefix("id,name,specialty,state,status,does_not_meet,at_risk,unknown,meets,not_stated,note\r\n"))
  }

  @Test func aBadProgramsCellIsFileLineColumnWithTheValue() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("programs-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data("name,visa,deadline\nA,J-1,2027-10-01\nB,J1 only,soon\n".utf8).write(to: file)
    let r = try CLIRunner.run(["programs", file.path, "--today", "2026-11-25"])
    #expect(r.status == 2)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr == """
      \(file.path):3:3: error: visa: 'J1 only' is not a visa sponsorship (J-1, H-1B, J-1;H-1B, none, or unknown)
      \(file.path):3:11: error: deadline: 'soon' is not a date (YYYY-MM-DD, or unknown)

      """)
  }
}
