import PlannerCore
import PlannerRender
import PlannerPathway
import PlannerRules
import PlannerRulesData
import Testing

/// Issue 9 §2: the chart shows overdue work as overdue, by the plan's one definition.
struct OverdueChartTests {
  @Test func theFloatColumnSaysOverdue() throws {
    let rules = try RulesPackDecoder.decode(EmbeddedRules.text, file: EmbeddedRules.fileName)
    let yaml = "graduation: 2018-07-01\nstep2cs_pass: 2019-08-20\nexams:\n  step1:\n    attempts:\n      - {date: 2019-03-12, result: pass}\n  step2ck:\n    attempts:\n      - {date: 2019-06-20, result: pass}\ndone:\n  ecfmg.account: 2018-10-01\n  ecfmg.application: 2018-10-20\n  credentials.verify: 2019-01-15\n"
    let profile = try ProfileParser.parse(yaml, file: "t.yaml", rules: rules)
    let r = try PathwayPlanner.plan(profile: profile, rules: rules, matchYear: 2028, today: Day(iso: "2027-07-01")!)
    let days = try #require(r.overdue["eras.statement"]).days
    let chart = ChartStyle(width: 120, ascii: true, color: false).render(r)
    let row = try #require(chart.split(separator: "\n").first { $0.contains("Personal statement") })
    #expect(row.hasSuffix("overdue \(days)d"))
    // Work that is not overdue keeps its float.
    let submit = try #require(chart.split(separator: "\n").first { $0.contains("Certify and submit MyERAS") })
    #expect(!submit.contains("overdue"))
  }
}
