import PlannerTestSupport
import Testing

struct RulesCommandTests {
  @Test func rules2026() throws {
    let r = try CLIRunner.run(["rules", "--match", "2026", "--today", "2026-11-25"])
    #expect(r.status == 0)
    assertGolden(r.stdout, named: "rules-2026.txt")
  }

  @Test func rules2028MarksEstimates() throws {
    let r = try CLIRunner.run(["rules", "--match", "2028", "--format", "json", "--today", "2026-11-25"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("\"estimated\": true"))
    assertGolden(r.stdout, named: "rules-2028.json")
  }
}
