import Foundation
import PlannerTestSupport
import Testing

/// `planner cost` (issue 22, point 2): on every bundled example in every format, goldens for
/// text, CSV and JSON, and where the program counts come from.
struct CostCommandTests {
  static let today = ["--today", "2026-12-07"]

  @Test(arguments: ["fresh-graduate", "h1b-track", "legacy-cs", "step1-passed-ck-booked"], ["text", "json", "csv"])
  func everyExampleInEveryFormat(example: String, format: String) throws {
    let r = try CLIRunner.run(["cost", "--profile", "Examples/\(example).yaml", "--format", format] + Self.today)
    #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
    #expect(!r.stdout.isEmpty)
    if format == "json" { _ = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) }
  }

  @Test func textGolden() throws {
    let r = try CLIRunner.run(["cost", "--profile", "Examples/h1b-track.yaml", "--width", "100"] + Self.today)
    #expect(r.status == 0)
    assertGolden(r.stdout, named: "cost-h1b-track.txt")
    #expect(r.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 || $0.contains("https://") || $0.contains("http://") })
  }

  @Test func csvGolden() throws {
    let r = try CLIRunner.run(["cost", "--profile", "Examples/fresh-graduate.yaml", "--format", "csv", "--programs", "IM=60,FM=20", "--ranks", "25"] + Self.today)
    #expect(r.status == 0)
    assertGolden(r.stdout, named: "cost-fresh-graduate.csv")
    #expect(r.stdout.hasPrefix("section,date,status,payer,fee,name,task,units,amount,currency,confidence,verify,source\r\n"))
  }

  @Test func jsonGolden() throws {
    let r = try CLIRunner.run(["cost", "--profile", "Examples/step1-passed-ck-booked.yaml", "--format", "json"] + Self.today)
    #expect(r.status == 0)
    assertGolden(r.stdout, named: "cost-step1-passed-ck-booked.json")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let costs = try #require(object["costs"] as? [String: Any])
    let lines = try #require(costs["lines"] as? [[String: Any]])
    // Step 1 passed and Step 2 CK booked: both are paid already.
    #expect(lines.contains { $0["fee"] as? String == "step1" && $0["status"] as? String == "paid" })
    #expect(lines.contains { $0["fee"] as? String == "step2ck" && $0["status"] as? String == "paid" })
    let applicant = try #require(costs["applicant"] as? [String: Any])
    let total = try #require(applicant["total"] as? [String: Int])
    let sum = lines.filter { $0["payer"] as? String == "applicant" && $0["status"] as? String != "may apply" && $0["currency"] as? String == "USD" }.compactMap { $0["amount"] as? Int }.reduce(0, +)
    #expect(total["USD"] == sum)
    #expect(total["AUD"] == 587)
  }

  @Test func programsFromTheFileBesideTheProfile() throws {
    let r = try CLIRunner.run(["cost", "--profile", "Examples/cohort/mehta.yaml", "--format", "json"] + Self.today)
    #expect(r.status == 0, "\(r.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let costs = try #require(object["costs"] as? [String: Any])
    #expect(costs["countsFrom"] as? String == "programs file")
    #expect(costs["programsFile"] as? String == "Examples/cohort/mehta.csv")
  }

  @Test(arguments: ["IM=", "IM=60,=3", "abc", "-1", "IM=2000"])
  func aBadProgramsValueIsAUsageError(value: String) throws {
    let r = try CLIRunner.run(["cost", "--programs", value] + Self.today)
    #expect(r.status == 64, "\(value): \(r.status) \(r.stderr)")
    #expect(r.stderr.contains("--programs"), "\(r.stderr)")
    #expect(r.stdout.isEmpty)
  }
}

extension CostCommandTests {
  /// `what-if` prices its scenario with the same ledger: a failed sitting adds the attempt (or the
  /// OET re-sit, in AUD), and NRMP registration slipped past the standard deadline the late fee.
  @Test(arguments: [
    (["--fail", "step1"], "Cost: +USD 905 for you (USD 6,785 + AUD 587 → USD 7,690 + AUD 587)"),
    (["--fail", "oet"], "Cost: +AUD 587 for you (USD 6,785 + AUD 587 → USD 6,785 + AUD 1,174)"),
    (["--slip", "nrmp.register=+5m"], "Cost: +USD 50 for you (USD 6,785 + AUD 587 → USD 6,835 + AUD 587)"),
  ])
  func whatIfShowsTheCostOfItsScenario(scenario: [String], line: String) throws {
    let r = try CLIRunner.run(["what-if", "--profile", "Examples/fresh-graduate.yaml"] + scenario + Self.today)
    #expect(r.stdout.hasSuffix(line + "\n"), "\(r.stdout.suffix(200)) \(r.stderr)")
  }

  /// One ledger: `plan --format json` carries the `costs` that `planner cost --format json` prints.
  @Test func planJSONCarriesTheSameLedger() throws {
    let plan = try CLIRunner.run(["plan", "--profile", "Examples/h1b-track.yaml", "--format", "json"] + Self.today)
    let cost = try CLIRunner.run(["cost", "--profile", "Examples/h1b-track.yaml", "--format", "json"] + Self.today)
    let a = try #require(try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
    let b = try #require(try JSONSerialization.jsonObject(with: Data(cost.stdout.utf8)) as? [String: Any])
    let planCosts = try #require(a["costs"] as? [String: Any]), costCosts = try #require(b["costs"] as? [String: Any])
    func canonical(_ o: [String: Any]) throws -> Data { try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys]) }
    #expect(try canonical(planCosts) == canonical(costCosts))
  }

  /// Emergency medicine applies through ResidencyCAS (`non_eras_specialties`): its programs are
  /// priced there, not in ERAS's tiers.
  @Test func residencyCASSpecialtiesLeaveERAS() throws {
    let r = try CLIRunner.run(["cost", "--programs", "EM=10,IM=40", "--format", "csv"] + Self.today)
    #expect(r.status == 0)
    #expect(r.stdout.contains(",eras_applications,\"ERAS applications, tiered per specialty: internal medicine, 40 programs\",eras.submit,40,630,USD,"))
    // The EM programs are ResidencyCAS's ($99 flat up to 18, FEES.md row 14), never ERAS's.
    #expect(r.stdout.contains(",residencycas,\"ResidencyCAS applications (EM, OB/GYN), tiered: emergency medicine, 10 programs\",eras.submit,10,99,USD,"))
    #expect(!r.stdout.contains("tiered per specialty: emergency medicine"))
  }
}

struct CostReadmeTests {
  @Test func docsShowTheRealCostOutput() throws {
    let page = DocPage.text("docs/commands/cost.md")
    let r = try CLIRunner.run(["cost", "--profile", "Examples/legacy-cs.yaml", "--today", "2026-12-07", "--width", "100"])
    #expect(r.status == 0)
    #expect(page.contains("$ planner cost --profile Examples/legacy-cs.yaml --today 2026-12-07 --width 100\n" + r.stdout + "```"), "docs/commands/cost.md's planner cost sample is stale")
  }
}
