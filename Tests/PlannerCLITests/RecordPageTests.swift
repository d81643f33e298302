import Foundation
import Testing

/// docs/commands/record.md: book, why, what-if and record on the fresh graduate, as shown.
struct RecordPageTests {
  @Test func theSamplesAreTheRealOutput() throws {
    let s = try ReplanScenario(example: "fresh-graduate")
    defer { try? FileManager.default.removeItem(at: s.folder) }
    let steps: [([String], String)] = [
      (["book", "step1", "--date", "2027-03-17"], "2026-11-25"),
      (["why", "ecfmg.verified"], "2026-11-25"),
      (["what-if", "--slip", "step1.exam=+8w"], "2026-11-25"),
      (["record", "step1", "fail", "--date", "2027-03-17"], "2027-03-20"),
    ]
    var shown: [String] = []
    for (arguments, today) in steps {
      let r = try s.run(arguments, today: today)
      #expect(r.status == 0, "\(arguments): \(r.stderr)")
      shown.append("$ planner \(arguments.joined(separator: " ")) --profile me.yaml --today \(today)\n" + r.stdout)
    }
    let sample = "```\n" + shown.joined(separator: "\n") + "```"
    #expect(DocPage.text("docs/commands/record.md").contains(sample), "docs/commands/record.md's samples are stale; they should read:\n\(sample)")
  }
}
