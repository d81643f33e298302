import Foundation
import PlannerTestSupport
import Testing

/// Issue 22, point 5: `--in-us` wherever costs are shown, and no view defaults the program counts
/// silently when the programs file beside the profile cannot be read.
struct CostRegionCLITests {
  static let today = ["--today", "2026-12-07"]

  static func costs(_ arguments: [String], in directory: URL? = nil) throws -> [String: Any] {
    let r = try CLIRunner.run(arguments + ["--format", "json"] + today, in: directory)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stderr)")
    return try #require(object["costs"] as? [String: Any])
  }

  /// One profile, abroad and in the US: the plan's ledger loses the surcharges, as `cost`'s does.
  @Test func planJSONTakesInUS() throws {
    let abroad = try Self.costs(["plan", "--profile", "Examples/fresh-graduate.yaml"])
    let home = try Self.costs(["plan", "--profile", "Examples/fresh-graduate.yaml", "--in-us"])
    let cost = try Self.costs(["cost", "--profile", "Examples/fresh-graduate.yaml", "--in-us"])
    #expect(abroad["abroad"] as? Bool == true && home["abroad"] as? Bool == false)
    func usd(_ c: [String: Any]) -> Int? { ((c["applicant"] as? [String: Any])?["total"] as? [String: Int])?["USD"] }
    #expect(usd(abroad)! - usd(home)! == 210 + 235)
    #expect(usd(home) == usd(cost))
  }

  @Test func riskSaysItPricesTestingInTheUS() throws {
    let r = try CLIRunner.run(["risk", "--profile", "Examples/fresh-graduate.yaml", "--runs", "200", "--no-sensitivity", "--in-us"] + Self.today)
    #expect(r.stdout.contains("testing in the US (--in-us): no international surcharge."), "\(r.stdout)")
    let abroad = try CLIRunner.run(["risk", "--profile", "Examples/fresh-graduate.yaml", "--runs", "200", "--no-sensitivity"] + Self.today)
    #expect(!abroad.stdout.contains("testing in the US"))
  }

  @Test(arguments: ["report", "what-if", "cohort"])
  func everyCostViewAcceptsInUS(command: String) throws {
    let args: [String]
    switch command {
    case "what-if": args = ["what-if", "--profile", "Examples/fresh-graduate.yaml", "--fail", "step1", "--in-us"]
    case "cohort": args = ["cohort", "Examples/fresh-graduate.yaml", "--risk-runs", "0", "--in-us"]
    default: args = ["report", "--profile", "Examples/fresh-graduate.yaml", "--no-risk", "--output", "-", "--in-us"]
    }
    let r = try CLIRunner.run(args + Self.today)
    #expect(r.status == 0, "\(r.stderr)")
    if command == "what-if" { #expect(r.stdout.hasSuffix("Cost: +USD 695 for you (USD 6,340 + AUD 587 → USD 7,035 + AUD 587)\n"), "\(r.stdout.suffix(200))") }
  }

  /// A broken me.csv beside me.yaml: `cost` refuses it (its own input), the other views use the
  /// default counts and name the file and the problem.
  @Test func anUnreadableProgramsFileIsSaidNeverSilent() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planner-cost-csv-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Repository.text("Examples/fresh-graduate.yaml").write(to: dir.appendingPathComponent("me.yaml"), atomically: true, encoding: .utf8)
    try "id,name,specialty\n1,A,\"unclosed\n".write(to: dir.appendingPathComponent("me.csv"), atomically: true, encoding: .utf8)
    let refused = try CLIRunner.run(["cost", "--profile", "me.yaml"] + Self.today, in: dir)
    #expect(refused.status != 0 && refused.stderr.contains("me.csv"), "\(refused.stderr)")
    let plan = try Self.costs(["plan", "--profile", "me.yaml"], in: dir)
    #expect(plan["countsFrom"] as? String == "default (programs file unreadable)")
    #expect((plan["programsFileError"] as? String)?.contains("me.csv:2:") == true, "\(plan)")
    let risk = try CLIRunner.run(["risk", "--profile", "me.yaml", "--runs", "200", "--no-sensitivity", "--width", "1000"] + Self.today, in: dir)
    #expect(risk.stdout.contains("programs: the default, because me.csv could not be read: me.csv:2:"), "\(risk.stdout)")
    let page = try CLIRunner.run(["report", "--profile", "me.yaml", "--no-risk", "--output", "-"] + Self.today, in: dir)
    #expect(page.stdout.contains("the default, because me.csv could not be read"))
    let cohort = try CLIRunner.run(["cohort", "me.yaml", "--risk-runs", "0", "--width", "1000"] + Self.today, in: dir)
    #expect(cohort.stdout.contains("still to pay counts the default 60 programs"), "\(cohort.stdout)")
  }
}
