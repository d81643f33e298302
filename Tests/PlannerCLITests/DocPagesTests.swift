import Foundation
import Testing

/// Issue 25 §2: a README a newcomer finishes — short, its quick start real output — and the manual
/// under docs/, a page per command whose reference is the real `planner help`.
struct DocPagesTests {
  let readme = DocPage.text("README.md")
  /// README "Quick start": "made on 7 December 2026 in an 80-column terminal".
  let shownDay = ["--today", "2026-12-07"]

  @Test func readmeIsShort() {
    let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    #expect(lines > 0 && lines < 300, "README.md has \(lines) lines; the manual belongs in docs/")
  }

  /// The package and archive names of README "Install" and docs/install.md carry the version
  /// Scripts/package.sh gives them: the one `planner --version` prints.
  @Test func installNamesTheCurrentVersion() throws {
    let r = try CLIRunner.run(["--version"])
    let version = try #require(r.stdout.split(separator: " ").first.map(String.init))
    for page in ["README.md", "docs/install.md"] {
      let text = DocPage.text(page)
      #expect(text.contains("planner_\(version)_amd64.deb") && text.contains("planner-\(version)-linux-x86_64.tar.gz"),
              "\(page) names another version's package; this is \(version)")
    }
  }

  /// The chart at the top is a run of rows of the real plan.
  @Test func theChartShownIsTheRealOutput() throws {
    let chart = try #require(readme.components(separatedBy: "rows from the middle of the output):\n\n```\n").dropFirst().first?
      .components(separatedBy: "```").first)
    let r = try CLIRunner.run(["plan", "--profile", "Examples/step1-passed-ck-booked.yaml", "--today", "2026-11-25", "--width", "80"])
    #expect(chart.split(separator: "\n").count > 20)
    #expect(r.stdout.contains(chart), "README's chart is stale: paste those rows of the command's output")
  }

  /// The five steps, run as written in a fresh folder: init, the edit, plan, next, record — with
  /// no --profile, since they find me.yaml in the folder (ProfileDiscoveryTests).
  @Test func quickStartIsTheRealOutput() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quickstart-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let initRun = try CLIRunner.run(["init", "me.yaml"], in: folder)
    #expect(initRun.status == 0)
    #expect(readme.contains("```\n$ planner init me.yaml\n" + initRun.stdout + initRun.stderr + "```"), "README's init sample is stale")

    // Step 2: each line of the README's YAML replaces the template's line of that key.
    let edit = try #require(readme.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```").first)
    let profileURL = folder.appendingPathComponent("me.yaml")
    var lines = try String(contentsOf: profileURL, encoding: .utf8).components(separatedBy: "\n")
    for line in edit.split(separator: "\n") {
      let key = line.prefix { $0 != ":" }
      let at = try #require(lines.firstIndex { $0.hasPrefix("\(key):") || $0.hasPrefix("# \(key):") }, "the template has no \(key)")
      lines[at] = String(line)
    }
    try Data(lines.joined(separator: "\n").utf8).write(to: profileURL)

    let plan = try CLIRunner.run(["plan", "--width", "80"] + shownDay, in: folder)
    #expect(plan.status == 0, "\(plan.stderr)")
    let shownPlan = try #require(readme.components(separatedBy: "$ planner plan\n").dropFirst().first?
      .components(separatedBy: "…\n```").first)
    #expect(shownPlan.split(separator: "\n").count > 10)
    #expect(plan.stdout.hasPrefix(shownPlan), "README's plan sample is stale: paste the first lines of the output")
    let planLines = plan.stdout.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    #expect(readme.contains("(\(planLines) lines in all)"), "the plan has \(planLines) lines now")

    let next = try CLIRunner.run(["next", "--width", "80"] + shownDay, in: folder)
    #expect(next.status == 0, "\(next.stderr)")
    #expect(readme.contains("$ planner next\n" + next.stdout + "```"), "README's next sample is stale")

    let record = try CLIRunner.run(["record", "ecfmg.account", "done", "--date", "2026-12-07"] + shownDay, in: folder)
    #expect(record.status == 0, "\(record.stderr)")
    #expect(readme.contains("$ planner record ecfmg.account done --date 2026-12-07\n" + record.stdout + "```"),
            "README's record sample is stale")
  }

  /// Every relative link of the README and of docs/ leads to a file that is there.
  @Test func linksLeadSomewhere() throws {
    let root = CLIRunner.packageRoot
    var pages = ["README.md"]
    let docs = root.appendingPathComponent("docs")
    for case let url as URL in FileManager.default.enumerator(at: docs, includingPropertiesForKeys: nil) ?? FileManager.DirectoryEnumerator()
    where url.pathExtension == "md" {
      pages.append(String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
    }
    #expect(pages.count > 20)
    for page in pages {
      let text = DocPage.text(page)
      for link in text.components(separatedBy: "](").dropFirst() {
        let target = String(link.prefix { $0 != ")" && $0 != "#" })
        if target.isEmpty || target.contains("://") || target.hasPrefix("mailto:") { continue }
        let folder = (page as NSString).deletingLastPathComponent
        let path = root.appendingPathComponent(folder).appendingPathComponent(target).standardizedFileURL.path
        #expect(FileManager.default.fileExists(atPath: path), "\(page) links to \(target), which is not there")
      }
    }
  }

  /// docs/commands/NAME.md ends with `planner help NAME` as it is (Scripts/generate-command-pages.sh).
  @Test func commandPagesShowTheRealHelp() throws {
    let top = try CLIRunner.run(["--help"], environment: ["COLUMNS": "80"])
    let names = top.stdout.components(separatedBy: "SUBCOMMANDS:").last?.split(separator: "\n")
      .filter { $0.hasPrefix("  ") && $0.dropFirst(2).first?.isLowercase == true }
      .compactMap { $0.split(separator: " ").first.map(String.init) } ?? []
    #expect(names.count >= 19)
    for name in names {
      let page = DocPage.text("docs/commands/\(name).md")
      let help = try CLIRunner.run(["help", name], environment: ["COLUMNS": "80"])
      var text = help.stdout
      while text.hasSuffix("\n") { text.removeLast() }
      #expect(page.hasPrefix("# planner \(name)"), "docs/commands/\(name).md is missing or has no title")
      #expect(page.hasSuffix("## Reference: `planner help \(name)`\n\n```\n\(text)\n```\n"),
              "docs/commands/\(name).md's reference is stale: bash Scripts/generate-command-pages.sh")
    }
  }
}
