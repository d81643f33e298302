import Foundation
import Testing

/// Issue 12 §3: `--color auto|always|never`, the verdict coloured by its meaning, piped width
/// from COLUMNS else 80, and a table that fits the width without cutting numbers.
struct ColorAndWidthTests {
  static let profile = "Examples/fresh-graduate.yaml"
  static let escape = "\u{1B}["

  func plan(_ extra: [String], today: String = "2026-11-25", environment: [String: String] = [:]) throws -> CLIRunner.Output {
    try CLIRunner.run(["plan", "--profile", Self.profile, "--today", today] + extra, environment: environment)
  }

  @Test func colorAlwaysNeverAndAuto() throws {
    // CLIRunner sets NO_COLOR=1 and pipes the output: auto means no colour, always beats NO_COLOR.
    let always = try plan(["--color", "always"])
    #expect(always.status == 0)
    #expect(always.stdout.contains(Self.escape))
    let auto = try plan(["--color", "auto"])
    #expect(!auto.stdout.contains(Self.escape))
    let pipedWithoutNoColor = try plan([], environment: ["NO_COLOR": ""])
    #expect(!pipedWithoutNoColor.stdout.contains(Self.escape))
    let never = try plan(["--color", "never"], environment: ["NO_COLOR": ""])
    #expect(!never.stdout.contains(Self.escape))
    #expect(try plan(["--color", "always", "--no-color"]).stdout.contains(Self.escape) == false)
    let bad = try plan(["--color", "sometimes"])
    #expect(bad.status == 64)
  }

  @Test func theVerdictIsColouredByItsMeaning() throws {
    let onTrack = try plan(["--color", "always"])
    #expect(onTrack.stdout.contains("\(Self.escape)32mVerdict: On track for the 2028 Match: 99 days to spare"))
    let tight = try plan(["--color", "always", "--match", "2028"], today: "2027-05-01")
    // 16 days to spare and the Step 2 CK result after programs start reviewing: at risk, amber.
    #expect(tight.stdout.contains("\(Self.escape)33mVerdict: At risk for the 2028 Match: 16 days to spare"))
    let late = try plan(["--color", "always", "--match", "2028"], today: "2027-06-15")
    #expect(late.status == 3)
    #expect(late.stdout.contains("\(Self.escape)1;31mVerdict: NOT FEASIBLE for the 2028 Match"))
    // Room to spare is never red: no line saying "to spare" carries a red code.
    for r in [onTrack, tight, late] {
      let spare = r.stdout.split(separator: "\n").filter { $0.contains("to spare") }
      #expect(!spare.isEmpty)
      #expect(spare.allSatisfy { !$0.contains("\(Self.escape)31m") && !$0.contains("\(Self.escape)1;31m") })
    }
    // next colours its verdict line the same way, only when asked.
    let next = try CLIRunner.run(["next", "--profile", Self.profile, "--today", "2026-11-25", "--color", "always"])
    #expect(next.stdout.contains("\(Self.escape)32mVerdict: On track"))
    // Only the verdict: the items under it, indented too, are not painted.
    let painted = next.stdout.split(separator: "\n").filter { $0.contains(Self.escape) }
    #expect(!painted.isEmpty && painted.allSatisfy { !$0.contains("→") && !$0.contains(" do ") })
    let plain = try CLIRunner.run(["next", "--profile", Self.profile, "--today", "2026-11-25"])
    #expect(!plain.stdout.contains(Self.escape))
  }

  @Test func pipedOutputUsesColumnsElse80() throws {
    let eighty = try plan([], environment: ["COLUMNS": ""])
    #expect(eighty.status == 0)
    // Every line fits, but for a URL (never cut) in a source.
    let long = eighty.stdout.split(separator: "\n").filter { $0.count > 80 && !$0.contains("http") }
    #expect(long.isEmpty, "\(long)")
    #expect(eighty.stdout.split(separator: "\n").contains { $0.count > 70 })
    let wide = try plan([], environment: ["COLUMNS": "160"])
    #expect(wide.stdout.split(separator: "\n").contains { $0.count > 100 })
  }

  @Test func theTableFitsTheWidthWithoutCuttingNumbers() throws {
    let json = try plan(["--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let tasks = object?["tasks"] as? [[String: Any]] ?? []
    #expect(tasks.count > 20)
    for columns in [80, 120, 140] {
      let r = try plan(["--format", "table"], environment: ["COLUMNS": "\(columns)"])
      #expect(r.status == 0)
      let lines = r.stdout.split(separator: "\n").map(String.init)
      let table = lines.drop { !$0.hasPrefix("ID ") }
      #expect(!table.isEmpty)
      #expect(table.allSatisfy { $0.count <= columns }, "\(columns): \(table.filter { $0.count > columns })")
      // Every task's id, dates and days to spare are there whole.
      for task in tasks {
        let id = task["id"] as? String ?? "?"
        guard (task["dateKnown"] as? Bool) == true, let float = task["totalFloat"] as? Int else { continue }
        let row = table.first { $0.hasPrefix(id + " ") }
        #expect(row?.contains(task["start"] as? String ?? "?") == true, "\(columns) \(id)")
        #expect(row?.contains("  \(float)") == true, "\(columns) \(id)")
      }
    }
    // Wide enough for names beside the numbers, a long name is cut with … and nothing else.
    let cut = try plan(["--format", "table"], environment: ["COLUMNS": "140"])
    #expect(cut.stdout.contains("≈ Application for ECFMG Certification (Form 186, …  2026-12-05  2026-12-18"))
  }
}
