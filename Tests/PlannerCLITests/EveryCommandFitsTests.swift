import Foundation
import Testing

/// Issue 25 §4: every command wraps to the width — `--width`, else the terminal, else COLUMNS,
/// else 80 — so at 60, 80 and 120 columns no line is longer than the width, a bare URL aside
/// (never cut: a cut link does not open).
struct EveryCommandFitsTests {
  static let widths = [60, 80, 120]
  static let profiles = ["Examples/fresh-graduate.yaml", "Examples/h1b-track.yaml", "Examples/legacy-cs.yaml"]
  static let today = ["--today", "2026-12-07"]

  /// The commands that read a profile and only print, each as a user would type it.
  static let reading: [[String]] = [
    ["plan"], ["plan", "--ascii"], ["plan", "--format", "table"], ["plan", "--format", "table", "--ascii"],
    ["next"], ["next", "--days", "120"], ["check"], ["risk", "--runs", "200"], ["why", "ecfmg.verified"], ["why", "step2ck"],
    ["what-if", "--fail", "step1"], ["what-if", "--slip", "eras.submit=+2w"], ["cost"], ["history"],
    ["programs", "Examples/programs.csv"],
  ]

  /// Lines longer than `width` columns, but for a line that is only a URL.
  static func overlong(_ text: String, width: Int) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { line in
      guard line.count > width else { return false }
      let bare = line.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "[]()<>"))
      return !(bare.hasPrefix("http") && !bare.contains(" "))
    }
  }

  @Test(arguments: widths)
  func everyReadingCommandFits(width: Int) throws {
    for profile in Self.profiles {
      for command in Self.reading {
        let r = try CLIRunner.run(command + ["--profile", profile] + Self.today + ["--width", String(width)])
        // legacy-cs passed every exam: there is no sitting to fail, and the error says so.
        if r.status == 2 && r.stderr.contains("has no sitting ahead") { continue }
        #expect([0, 3].contains(r.status), "\(command) \(profile): \(r.stderr)")
        #expect(!r.stdout.isEmpty, "\(command) \(profile) printed nothing")
        let long = Self.overlong(r.stdout, width: width)
        #expect(long.isEmpty, "\(command.joined(separator: " ")) --profile \(profile) at \(width): \(long)")
      }
    }
  }

  @Test(arguments: widths)
  func theRulesAndTheCaseloadFit(width: Int) throws {
    let outputs = [
      try CLIRunner.run(["rules"] + Self.today + ["--width", String(width)]),
      try CLIRunner.run(["cohort", "Examples/cohort", "--risk-runs", "100"] + Self.today + ["--width", String(width)]),
    ]
    for r in outputs {
      #expect(!r.stdout.isEmpty)
      #expect(Self.overlong(r.stdout, width: width).isEmpty, "\(Self.overlong(r.stdout, width: width))")
    }
    // The caseload says what it left out and how to see it all.
    if width < 120 { #expect(outputs[1].stdout.contains("Left out to fit \(width) columns")) }
  }

  @Test(arguments: widths)
  func recordingCommandsFit(width: Int) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planner-fits-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Examples/fresh-graduate.yaml"), to: folder.appendingPathComponent("me.yaml"))
    let steps: [(command: [String], today: String)] = [
      (["record", "ecfmg.account", "done", "--date", "2026-12-07"], "2026-12-07"),
      (["book", "step1", "--date", "2027-04-20"], "2026-12-07"),
      (["reschedule", "step1", "--date", "2027-05-04"], "2026-12-07"),
      (["record", "step1", "fail", "--date", "2027-05-04"], "2027-06-01"),
      (["undo"], "2027-06-01"),
      (["history"], "2027-06-01"), (["diff"], "2027-06-01"),
    ]
    for (step, today) in steps {
      let r = try CLIRunner.run(step + ["--profile", "me.yaml", "--today", today, "--width", String(width)], in: folder)
      #expect([0, 3].contains(r.status), "\(step): \(r.stderr)")
      #expect(Self.overlong(r.stdout, width: width).isEmpty, "\(step) at \(width): \(Self.overlong(r.stdout, width: width))")
    }
  }

  @Test func withoutWidthPipedOutputUsesColumns() throws {
    // CLIRunner pipes the output and sets COLUMNS=100: every command follows it.
    let r = try CLIRunner.run(["check", "--profile", "Examples/legacy-cs.yaml"] + Self.today)
    #expect(Self.overlong(r.stdout, width: 100).isEmpty)
    let sixty = try CLIRunner.run(["check", "--profile", "Examples/legacy-cs.yaml"] + Self.today, environment: ["COLUMNS": "60"])
    #expect(Self.overlong(sixty.stdout, width: 60).isEmpty)
    #expect(sixty.stdout.split(separator: "\n").count > r.stdout.split(separator: "\n").count)
    let narrow = try CLIRunner.run(["check", "--profile", "Examples/legacy-cs.yaml", "--width", "30"] + Self.today)
    #expect(narrow.status == 64)
    #expect(narrow.stderr.contains("--width must be between 40 and 1000 columns, got 30"))
  }
}
