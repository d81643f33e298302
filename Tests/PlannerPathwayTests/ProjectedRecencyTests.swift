import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// FACTS (header): "Encode I/M values as estimated, and say so in the output." The OET recency
/// date of a season with no published rule is projected; the stale-OET warning says so.
struct ProjectedRecencyTests {
  func warning(match: Int, oet: String, today: String) throws -> Finding? {
    let yaml = "graduation: 2020-06-30\nexams:\n  oet:\n    attempts: [{date: \(oet), result: pass}]\n"
    let profile = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: match, today: Day(iso: today)!)
    return plan.findings.first { $0.code == .oetTooOld }
  }

  @Test func aProjectedRecencyDateIsSaidToBeProjected() throws {
    // 2027: no published recency rule; projected January 1 two years before (2025-01-01).
    let projected = try #require(try warning(match: 2027, oet: "2024-12-31", today: "2026-06-01"))
    #expect(projected.message.contains("taken on or after 2025-01-01, projected: not yet published"))
    #expect(try warning(match: 2027, oet: "2025-01-01", today: "2026-06-01") == nil)
    // 2025: the recency date is ECFMG's own (2023-01-01), so no such words.
    let published = try #require(try warning(match: 2025, oet: "2022-12-31", today: "2024-06-01"))
    #expect(published.message.contains("taken on or after 2023-01-01)"))
  }
}
