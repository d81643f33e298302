import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

struct ProfileParserTests {
  func errors(_ yaml: String) -> [String] {
    do {
      _ = try ProfileParser.parse(yaml, file: "me.yaml", rules: bundledRules)
      return []
    } catch {
      return error.diagnostics.map(\.description)
    }
  }

  @Test func templateParses() throws {
    let p = try ProfileParser.parse(ProfileTemplate.text, file: "template.yaml", rules: bundledRules)
    #expect(p.name == "Dr. A. Example")
    #expect(p.visa == .j1)
    #expect(p.record(.step1).studyWeeks == 16)
    // The template leaves the Pathway to the planner, which picks the first one that applies.
    #expect(p.pathwayNumber == nil)
  }

  @Test func fullProfile() throws {
    let yaml = """
      name: Dr. Test
      visa: h1b
      graduation: 2025-06-30
      exams:
        step1:
          attempts:
            - {date: 2026-02-10, result: fail}
            - {date: 2026-06-22, result: pass}
        step2ck:
          booked: 2027-03-18
      done:
        ecfmg.account: 2025-11-02
      lead_times:
        credentials: 120
      tasks:
        - id: usce
          name: Rotation
          days: 28
          after: step1.result
      """
    let p = try ProfileParser.parse(yaml, file: "me.yaml", rules: bundledRules)
    #expect(p.visa == .h1b)
    #expect(p.record(.step1).attempts.count == 2)
    #expect(p.record(.step1).passed?.date == Day(iso: "2026-06-22"))
    #expect(p.record(.step2ck).booked == Day(iso: "2027-03-18"))
    #expect(p.done["ecfmg.account"] == Day(iso: "2025-11-02"))
    #expect(p.days("credentials", bundledRules.leadTimes) == 120)
    #expect(p.tasks.first?.after == ["step1.result"])
  }

  @Test func misspelledKeySuggestsTheNearOne() {
    #expect(errors("name: X\ngraduaton: 2026-06-30\n") == ["me.yaml:2:1: error: unknown key 'graduaton' in the profile; did you mean 'graduation'?"])
  }

  @Test func impossibleDateIsQuoted() {
    #expect(errors("graduation: 2027-02-30\n") == ["me.yaml:1:13: error: graduation: '2027-02-30' is not a valid date (expected YYYY-MM-DD)"])
  }

  @Test func negativeReadiness() {
    #expect(errors("exams:\n  step1:\n    study_weeks: -3\n") == ["me.yaml:3:18: error: exams.step1.study_weeks must be a whole number of weeks from 0 to 104, got '-3'"])
  }

  @Test func unknownVisa() {
    #expect(errors("visa: j-2\n") == ["me.yaml:1:7: error: visa: 'j-2' is not one of j1, h1b, none; did you mean 'j1'?"])
    // What people type is accepted: J-1, h-1b.
    #expect(errors("visa: J-1\n") == [])
    #expect(errors("visa: h-1b\n") == [])
  }

  @Test func yamlSyntaxError() {
    let found = errors("name: [unclosed\nvisa: j1\n")
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("me.yaml:") == true)
    #expect(found.first?.contains("error: YAML syntax") == true)
  }

  @Test func everyProblemIsReported() {
    let found = errors("graduation: 2027-13-01\nvisa: tourist\nexams:\n  step9: {}\n")
    #expect(found.count == 3)
  }

  @Test func emptyProfileIsTheDefault() throws {
    #expect(try ProfileParser.parse("", file: "x", rules: bundledRules) == Profile())
  }
}
