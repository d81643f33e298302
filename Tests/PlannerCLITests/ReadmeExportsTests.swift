import Foundation
import Testing

/// docs/commands/report.md's screenshot and export samples are real output: keep them so.
struct ReadmeExportsTests {
  let readme = DocPage.text("docs/commands/report.md")

  @Test func mermaidSampleIsTheRealOutput() throws {
    let r = try CLIRunner.run(["plan", "--profile", "Examples/step1-passed-ck-booked.yaml", "--today", "2026-11-25", "--format", "mermaid"])
    #expect(r.status == 0)
    #expect(readme.contains(r.stdout), "docs/commands/report.md's Mermaid sample is stale")
  }

  @Test func csvAndTaskJugglerSamplesComeFromTheRealOutput() throws {
    let csv = try CLIRunner.run(["plan", "--profile", "Examples/h1b-track.yaml", "--today", "2026-11-25", "--format", "csv"])
    let csvBlock = readme.components(separatedBy: "```csv\n").dropFirst().first?.components(separatedBy: "```").first ?? ""
    #expect(!csvBlock.isEmpty)
    let rows = csv.stdout.components(separatedBy: "\r\n")
    for line in csvBlock.split(separator: "\n") {
      let cut = line.hasSuffix("…") ? String(line.dropLast()) : String(line)
      #expect(rows.contains { $0.hasPrefix(cut) }, "not in the CSV output: \(line.prefix(60))")
    }
    let tjp = try CLIRunner.run(["plan", "--profile", "Examples/step1-passed-ck-booked.yaml", "--today", "2026-11-25", "--format", "tjp"])
    let tjpBlock = readme.components(separatedBy: "prints a TaskJuggler 3 project").dropFirst().first?
      .components(separatedBy: "```\n").dropFirst().first ?? ""
    let lines = Set(tjp.stdout.split(separator: "\n").map(String.init))
    var checked = 0
    for line in tjpBlock.split(separator: "\n") where line.trimmingCharacters(in: .whitespaces) != "…" {
      #expect(lines.contains(String(line)), "not in the tjp output: \(line)")
      checked += 1
    }
    #expect(checked > 20)
  }

  @Test func screenshotIsInTheRepositoryAndShown() throws {
    #expect(readme.contains("![The report for Examples/step1-passed-ck-booked.yaml in Chromium at 1280×1400](../report.png)"))
    let png = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("docs/report.png"))
    // PNG signature, then IHDR's width and height (big-endian) at bytes 16...23.
    #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    let be = { (o: Int) in png[o..<o + 4].reduce(0) { $0 << 8 | Int($1) } }
    #expect(be(16) == 1280 && be(20) == 1400)
  }
}
