import Foundation
import Testing

/// Issue 25 §8: init → plan → three months with nothing recorded → `next` shows what was due.
/// The first `plan` of a profile with no saved plan saves it (as `record` does) and says so;
/// experiments, read-only folders and the bundled examples are left alone.
struct FirstBaselineTests {
  func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planner-first-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  func initialised() throws -> URL {
    let dir = try folder()
    let made = try CLIRunner.run(["init", "me.yaml"], in: dir)
    #expect(made.status == 0, "\(made.stderr)")
    return dir
  }

  @Test func theFirstPlanSavesTheBaselineAndNextShowsWhatFellDue() throws {
    let dir = try initialised()
    defer { try? FileManager.default.removeItem(at: dir) }
    let saved = dir.appendingPathComponent("me.plan.json")
    let first = try CLIRunner.run(["plan", "--today", "2026-12-07"], in: dir)
    #expect([0, 3].contains(first.status), "\(first.stderr)")
    #expect(first.stderr.contains("Saved this plan as your baseline in me.plan.json"))
    #expect(FileManager.default.fileExists(atPath: saved.path))
    let written = try Data(contentsOf: saved)
    // Once: the second plan neither rewrites it nor says so again.
    let second = try CLIRunner.run(["plan", "--today", "2026-12-20"], in: dir)
    #expect(!second.stderr.contains("Saved this plan"))
    #expect(try Data(contentsOf: saved) == written)
    // Three months on, nothing recorded: what the saved plan started is overdue, with its date.
    let later = try CLIRunner.run(["next", "--today", "2027-03-07", "--width", "200"], in: dir)
    #expect(later.status == 0 || later.status == 3)
    #expect(later.stdout.contains("overdue") || later.stdout.contains("should have started"), "\(later.stdout)")
    #expect(later.stdout.contains("2026-12-07"), "the saved plan's start date is named")
  }

  @Test func experimentsAndReadOnlyFoldersWriteNothing() throws {
    let dir = try initialised()
    defer { try? FileManager.default.removeItem(at: dir) }
    let saved = dir.appendingPathComponent("me.plan.json")
    for experiment in [["--match", "2030"], ["--rules", CLIRunner.packageRoot.appendingPathComponent("Rules/rules.yaml").path]] {
      let r = try CLIRunner.run(["plan", "--today", "2026-12-07"] + experiment, in: dir)
      #expect(!r.stderr.contains("Saved this plan"), "\(experiment)")
      #expect(!FileManager.default.fileExists(atPath: saved.path), "\(experiment)")
    }
    // A folder planner cannot write to: the plan is printed, nothing is saved, exit as usual.
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path) }
    let readOnly = try CLIRunner.run(["plan", "--today", "2026-12-07"], in: dir)
    #expect(readOnly.stdout.contains("Verdict:"))
    // root writes anyway (permissions do not stop it): then it is saved as in any folder.
    if getuid() != 0 {
      #expect(!readOnly.stderr.contains("Saved this plan"))
      #expect(!FileManager.default.fileExists(atPath: saved.path))
    }
  }

  @Test func theBundledExamplesStayReadOnly() throws {
    for example in ["fresh-graduate", "h1b-track", "legacy-cs", "step1-passed-ck-booked"] {
      let r = try CLIRunner.run(["plan", "--profile", "Examples/\(example).yaml"])
      #expect(!r.stderr.contains("Saved this plan"))
      #expect(!FileManager.default.fileExists(atPath: CLIRunner.packageRoot.appendingPathComponent("Examples/\(example).plan.json").path))
    }
  }
}
