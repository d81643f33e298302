import Foundation
import Testing

/// Issue 25 §4: long output on a terminal goes through a pager (PAGER, else less -FRX), as git
/// does; `--no-pager` and piped output print straight out. `script` gives planner a terminal.
struct PagerTests {
  static let scriptTool = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Runs planner on a pseudo-terminal (`script -qec`), with a PAGER that marks each line.
  func onATerminal(_ arguments: [String], pager: String?) throws -> String {
    let command = ([CLIRunner.binary.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
    var environment: [String: String] = ["COLUMNS": "", "TERM": "dumb"]
    environment["PAGER"] = pager
    let r = try CLIRunner.run(["-qec", command, "/dev/null"], environment: environment, executable: URL(fileURLWithPath: Self.scriptTool!))
    return r.stdout.replacingOccurrences(of: "\r\n", with: "\n")
  }

  @Test(.enabled(if: scriptTool != nil, "needs script(1) from util-linux for a terminal"))
  func aTerminalReadsThroughThePager() throws {
    let arguments = ["plan", "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-12-07"]
    let paged = try onATerminal(arguments, pager: "sed 's/^/PAGED: /'")
    let lines = paged.split(separator: "\n").filter { !$0.isEmpty }
    #expect(lines.count > 40)
    #expect(lines.allSatisfy { $0.hasPrefix("PAGED: ") }, "\(lines.prefix(3))")
    #expect(paged.contains("PAGED: Verdict: On track for the 2028 Match"))
    // --no-pager, or an empty PAGER, prints straight to the terminal.
    let straight = try onATerminal(arguments + ["--no-pager"], pager: "sed 's/^/PAGED: /'")
    #expect(straight.contains("Verdict: On track") && !straight.contains("PAGED:"))
    let empty = try onATerminal(arguments, pager: "")
    #expect(empty.contains("Verdict: On track") && !empty.contains("PAGED:"))
  }

  @Test func pipedOutputNeverPages() throws {
    let r = try CLIRunner.run(["check", "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-12-07"], environment: ["PAGER": "sed 's/^/PAGED: /'"])
    #expect(r.stdout.contains("Eligibility check for"))
    #expect(!r.stdout.contains("PAGED:"))
  }
}
