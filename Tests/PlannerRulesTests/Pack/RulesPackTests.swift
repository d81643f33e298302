import PlannerCore
import PlannerTestSupport
import Testing

@testable import PlannerRules

struct RulesPackTests {
  /// Expected values exactly as the sources give them (FACTS.md), one row each.
  struct Expected: Sendable, CustomTestStringConvertible {
    var year: Int
    var field: String
    var date: String
    var confidence: Confidence
    var testDescription: String { "\(year) \(field) = \(date)" }
  }

  static let expected: [Expected] = [
    .init(year: 2020, field: "erasSubmissionOpens", date: "2019-09-05", confidence: .official),
    .init(year: 2020, field: "erasProgramsReview", date: "2019-09-15", confidence: .official),
    .init(year: 2021, field: "erasProgramsReview", date: "2020-10-21", confidence: .official),
    .init(year: 2023, field: "rolDeadline", date: "2023-03-01", confidence: .official),
    .init(year: 2023, field: "matchDay", date: "2023-03-17", confidence: .official),
    .init(year: 2023, field: "erasSubmissionOpens", date: "2022-09-07", confidence: .official),
    .init(year: 2024, field: "rolDeadline", date: "2024-02-28", confidence: .official),
    .init(year: 2024, field: "matchDay", date: "2024-03-15", confidence: .official),
    .init(year: 2024, field: "pathwaysDeadline", date: "2024-02-15", confidence: .official),
    .init(year: 2025, field: "matchDay", date: "2025-03-21", confidence: .official),
    .init(year: 2025, field: "rolDeadline", date: "2025-03-05", confidence: .thirdParty),
    .init(year: 2025, field: "nrmpRegistrationOpens", date: "2024-09-16", confidence: .official),
    .init(year: 2026, field: "erasOpens", date: "2025-06-04", confidence: .official),
    .init(year: 2026, field: "erasSubmissionOpens", date: "2025-09-03", confidence: .official),
    .init(year: 2026, field: "erasProgramsReview", date: "2025-09-24", confidence: .official),
    .init(year: 2026, field: "nrmpRegistrationOpens", date: "2025-09-15", confidence: .official),
    .init(year: 2026, field: "nrmpStandardDeadline", date: "2026-01-30", confidence: .estimated),
    .init(year: 2026, field: "rolDeadline", date: "2026-03-04", confidence: .thirdParty),
    .init(year: 2026, field: "matchDay", date: "2026-03-20", confidence: .official),
    .init(year: 2026, field: "matchWeekStarts", date: "2026-03-16", confidence: .official),
    .init(year: 2026, field: "pathwaysOpens", date: "2025-08-19", confidence: .official),
    .init(year: 2026, field: "residencyStart", date: "2026-07-01", confidence: .official),
    // Projected from the pattern, and marked estimated.
    .init(year: 2027, field: "erasOpens", date: "2026-06-03", confidence: .thirdParty),
    .init(year: 2027, field: "erasSubmissionOpens", date: "2026-09-02", confidence: .estimated),
    .init(year: 2027, field: "erasProgramsReview", date: "2026-09-23", confidence: .estimated),
    .init(year: 2027, field: "nrmpStandardDeadline", date: "2027-01-29", confidence: .estimated),
    .init(year: 2027, field: "rolDeadline", date: "2027-03-03", confidence: .estimated),
    .init(year: 2027, field: "matchDay", date: "2027-03-19", confidence: .estimated),
    .init(year: 2028, field: "matchDay", date: "2028-03-17", confidence: .estimated),
    .init(year: 2028, field: "rolDeadline", date: "2028-03-01", confidence: .estimated),
    .init(year: 2028, field: "residencyStart", date: "2028-07-01", confidence: .official),
  ]

  static func value(_ c: CycleRules, _ field: String) -> Sourced<Day>? {
    switch field {
    case "erasOpens": return c.erasOpens
    case "erasSubmissionOpens": return c.erasSubmissionOpens
    case "erasProgramsReview": return c.erasProgramsReview
    case "nrmpRegistrationOpens": return c.nrmpRegistrationOpens
    case "nrmpStandardDeadline": return c.nrmpStandardDeadline
    case "rankingOpens": return c.rankingOpens
    case "rolDeadline": return c.rolDeadline
    case "matchWeekStarts": return c.matchWeekStarts
    case "matchDay": return c.matchDay
    case "residencyStart": return c.residencyStart
    case "pathwaysOpens": return c.pathwaysOpens
    case "pathwaysDeadline": return c.pathwaysDeadline
    default: return nil
    }
  }

  @Test(arguments: expected)
  func cycleValue(_ e: Expected) throws {
    let cycle = try #require(bundledRules.cycle(e.year))
    let v = try #require(Self.value(cycle, e.field))
    #expect(v.value.description == e.date)
    #expect(v.confidence == e.confidence)
    #expect(v.source.hasPrefix("http"))
  }

  @Test(arguments: Array(bundledRules.supportedYears))
  func everyCycleIsCoherent(_ year: Int) throws {
    let c = try #require(bundledRules.cycle(year))
    #expect(c.matchDay.value.isoWeekday == 5)
    #expect(c.matchDay.value.month == 3)
    #expect(c.erasOpens.value < c.erasSubmissionOpens.value)
    #expect(c.erasSubmissionOpens.value < c.erasProgramsReview.value)
    #expect(c.nrmpRegistrationOpens.value < c.nrmpStandardDeadline.value)
    #expect(c.rankingOpens.value < c.rolDeadline.value)
    #expect(c.rolDeadline.value < c.matchDay.value)
    #expect(c.matchDay.value < c.residencyStart.value)
    #expect(c.residencyStart.value.description == "\(year)-07-01")
    for row in c.datedValues { #expect(!row.value.source.isEmpty, "\(row.label) has no source") }
    if year >= 2027 { #expect(c.hasEstimates) }
  }

  @Test func clinicalSkillsByEra() throws {
    #expect(bundledRules.cycle(2020)?.clinicalSkills.value == .step2CS)
    #expect(bundledRules.cycle(2021)?.clinicalSkills.value == .pathways(1...5))
    #expect(bundledRules.cycle(2026)?.clinicalSkills.value == .pathways(1...6))
    #expect(bundledRules.cycle(2026)?.clinicalSkills.confidence == .official)
    #expect(bundledRules.cycle(2030)?.clinicalSkills.confidence == .estimated)
  }

  @Test func outsideTheSupportedYears() {
    #expect(bundledRules.cycle(1999) == nil)
    #expect(bundledRules.cycle(2019) == nil)
    #expect(bundledRules.cycle(3000) == nil)
  }
}
