import Foundation
import Testing

/// Issue 25, point 6: mistakes that get the next step, on the commands people type.
struct MistakeHintsTests {
  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planner-hints-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Examples/fresh-graduate.yaml"), to: folder.appendingPathComponent("me.yaml"))
    return folder
  }

  @Test func aPastTenseResultGetsTheWord() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let r = try CLIRunner.run(["record", "step2ck", "failed", "--date", "2026-11-30", "--profile", "me.yaml", "--today", "2026-12-07"], in: folder)
    #expect(r.status == 64)
    #expect(r.stderr == "planner: record step2ck: 'failed' is not pass, fail or incomplete; did you mean 'fail'?\n", "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("me.journal").path))
  }

  @Test func doneWithoutADateMeansTodayAndSaysSo() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let r = try CLIRunner.run(["record", "eras.letters", "done", "--profile", "me.yaml", "--today", "2026-12-07"], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("recording eras.letters as done today, 2026-12-07; give --date YYYY-MM-DD for another day"), "\(r.stderr)")
    let journal = try String(contentsOf: folder.appendingPathComponent("me.journal"), encoding: .utf8)
    #expect(journal.contains("done eras.letters on 2026-12-07"), "\(journal)")
  }

  @Test func whyTakesAnExamsName() throws {
    let byName = try CLIRunner.run(["why", "step2ck", "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-12-07"])
    let byID = try CLIRunner.run(["why", "step2ck.exam", "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-12-07"])
    #expect(byName.status == 0 && byName.stdout == byID.stdout && !byName.stdout.isEmpty, "\(byName.stderr)")
  }

  @Test func reportOutSuggestsTheOutputOption() throws {
    let r = try CLIRunner.run(["report", "--out", "x.html", "--profile", "Examples/fresh-graduate.yaml"])
    #expect(r.status == 64 && r.stderr.contains("Did you mean '--output'?"), "\(r.stderr)")
  }

  @Test func aMissingProfileSuggestsInit() throws {
    for command in [["plan"], ["next"], ["record", "eras.letters", "done"]] {
      let r = try CLIRunner.run(command + ["--profile", "no such.yaml", "--today", "2026-12-07"])
      #expect(r.status == 2, "\(command): exit \(r.status)")
      #expect(r.stderr == "planner: no such.yaml: no such file; to start a profile there: planner init 'no such.yaml'\n", "\(command): \(r.stderr)")
    }
  }

  @Test func aDateOptionWrittenAnotherWayIsConverted() throws {
    let r = try CLIRunner.run(["plan", "--today", "30/06/2026", "--profile", "Examples/fresh-graduate.yaml"])
    #expect(r.status == 64 && r.stderr.contains("write dates as YYYY-MM-DD: that is 2026-06-30"), "\(r.stderr)")
  }
}
