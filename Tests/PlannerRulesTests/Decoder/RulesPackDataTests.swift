import Foundation
import PlannerCore
import PlannerRulesData
import PlannerTestSupport
import Testing

@testable import PlannerRules

/// The bundled pack file: it decodes, and every value in it says where it comes from.
struct RulesPackDataTests {
  let text = EmbeddedRules.text

  func decode(_ text: String) throws(DiagnosticError) -> RulesPack { try RulesPackDecoder.decode(text, file: "p.yaml") }

  /// The diagnostics for `text` with `old` replaced by `new` (exactly once).
  func problems(replacing old: String, with new: String) -> [String] {
    #expect(text.components(separatedBy: old).count == 2, "fixture '\(old)' must occur once in the bundled pack")
    do {
      _ = try decode(text.replacingOccurrences(of: old, with: new))
      return []
    } catch {
      return error.diagnostics.map(\.message)
    }
  }

  @Test func theBundledPackDecodes() throws {
    let pack = try decode(text)
    #expect(pack.schemaVersion == RulesPackDecoder.schemaVersion)
    #expect(!pack.packVersion.isEmpty)
    #expect(pack.supportedYears == 2020...2040)
    #expect(pack.valueCount > 100)
    #expect(pack == bundledRules)
  }

  @Test func everyValueHasASourceAConfidenceAndAVerifiedDate() throws {
    let pack = try decode(text)
    func check<V>(_ s: Sourced<V>, _ what: String) {
      #expect(!s.source.isEmpty, "\(what) has no source")
      #expect(s.verified != nil, "\(what) has no verified date")
      if s.confidence != .estimated { #expect(s.source.hasPrefix("http"), "\(what): \(s.source) is not a web address") }
    }
    for r in pack.records { check(r.value, "cycles.\(r.matchYear).\(r.field.key)") }
    for (year, cs) in pack.clinicalSkillsRecords { check(cs, "cycles.\(year).clinical_skills") }
    let e = pack.exam
    for (s, n) in [(e.attemptLimit, "attempt_limit"), (e.maxAttemptsIn12Months, "12 months"), (e.laterAttemptMonthsAfterFirst, "after first"), (e.laterAttemptMonthsAfterLatest, "after latest"), (e.januaryBlackoutDays, "blackout"), (e.eligibilityPeriodMonths, "eligibility period"), (e.eligibilityExtensionMonths, "extension")] { check(s, n) }
    check(e.attemptLimitFrom, "attempt_limit_from")
    check(e.step1PassFailFrom, "step1_pass_fail_from")
    check(e.step2csLastTest, "step2cs_last_test")
    for d in e.step2ckPassing { check(d.rule, "step2ck_passing") }
    let c = pack.certification
    for d in c.oetMinimums { check(d.rule, "oet_minimums") }
    for (s, n) in [(c.examTimeLimitMonths, "time limit"), (c.ds2019MonthsBefore, "ds2019"), (c.h1bPetitionMonthsBefore, "h1b window")] { check(s, n) }
    let p = pack.pathways
    for (season, d) in p.licenceValidFrom { check(d, "pathways.licence_valid_from.\(season)") }
    for (season, d) in p.graduatedFrom { check(d, "pathways.graduated_from.\(season)") }
    for (s, n) in [(p.graduatedFromYearsBefore, "graduated_from_years_before"), (p.servesMatches, "serves_matches"), (p.oetSitByMonth, "oet_sit_by_month"), (p.revalidationFrom, "revalidation_from")] { check(s, n) }
    check(p.pathway2, "pathway2")
    check(p.failedCSMeansPathway6, "failed_cs_means_pathway6")
    check(p.documentsDueAtDeadline, "documents_due_at_deadline")
    let f = pack.h1bFee
    for (s, n) in [(f.amount, "h1b_fee.amount"), (f.termMonths, "h1b_fee.term_months")] { check(s, n) }
    for (s, n) in [(f.proclaimed, "h1b_fee.proclaimed"), (f.petitionsFiledFrom, "h1b_fee.petitions_filed_from")] { check(s, n) }
    for (s, n) in [(f.condition, "h1b_fee.condition"), (f.litigation, "h1b_fee.litigation")] { check(s, n) }
    for s in pack.application.yearsSinceGraduationScreens { check(s, "application.years_since_graduation_screens") }
    check(pack.application.erasTokenReleaseDaysAfterOpening, "application.eras_token_release_days_after_opening")
    check(pack.application.nrmpLateRegistrationFee, "application.nrmp_late_registration_fee")
    check(pack.application.fullTimeStudyHoursPerWeek, "application.full_time_study_hours_per_week")
    check(pack.application.studyDayHours, "application.study_day_hours")
    for s in pack.nonERASSpecialties { check(s.service, "non-ERAS \(s.keywords)") }
    #expect(pack.leadTimes.keys.sorted() == LeadTimes.requiredKeys.sorted())
    for l in pack.leadTimes.all {
      #expect(!l.source.isEmpty && l.verified != nil, "lead_times.\(l.key)")
      #expect(l.low <= l.days && l.days <= l.high, "lead_times.\(l.key): \(l.days) outside \(l.low)–\(l.high)")
    }
  }

  @Test func aPublishedValueOverridesTheProjection() throws {
    let pack = try decode(text.replacingOccurrences(of: "cycles:\n", with: "cycles:\n  2028:\n    match_day:\n      date: 2028-03-10\n      confidence: official\n      source: https://www.nrmp.org/match-calendars/\n      verified: 2027-06-01\n"))
    let cycle = try #require(pack.cycle(2028))
    #expect(cycle.matchDay.value == Day(iso: "2028-03-10"))
    #expect(cycle.matchDay.confidence == .official)
    #expect(cycle.matchWeekStarts.value == Day(iso: "2028-03-06"))
    #expect(bundledRules.cycle(2028)?.matchDay.value == Day(iso: "2028-03-17"))
  }

  @Test func aLikelyValueOutsideItsRangeIsRefused() {
    let found = problems(replacing: "  ecfmg_account:\n    days: 10\n    low: 5\n", with: "  ecfmg_account:\n    days: 10\n    low: 12\n")
    #expect(found == ["lead_times.ecfmg_account: the likely value 10 days is outside its range 12–21"])
  }

  /// The study time constants of issue 23 are the pack's, and `rules --check` refuses a full
  /// time that cannot fit in the study day (StudyCapacity spreads it over every day).
  @Test func studyTimeIsInThePackAndChecked() throws {
    let pack = try decode(text)
    #expect(pack.application.fullTimeStudyHoursPerWeek.value == 56)
    #expect(pack.application.studyDayHours.value == 12)
    #expect(pack.application.studyDayHours.confidence == .estimated && pack.application.studyDayHours.source.contains("planner's own assumption"))
    let found = problems(replacing: "study_day_hours:\n    value: 12\n", with: "study_day_hours:\n    value: 6\n")
    #expect(found == ["application.full_time_study_hours_per_week 56 is more than application.study_day_hours 6 × 7 days; lower it, or raise study_day_hours"])
    #expect(problems(replacing: "full_time_study_hours_per_week:\n    value: 56\n", with: "full_time_study_hours_per_week:\n    value: 0\n").count == 1)
  }

  @Test func aBadConfidenceIsRefusedWithTheNearOne() {
    let found = problems(replacing: "attempt_limit:\n    value: 4\n    confidence: official", with: "attempt_limit:\n    value: 4\n    confidence: offical")
    #expect(found == ["exam.attempt_limit.confidence: 'offical' is not one of official, third-party, estimated; did you mean 'official'?"])
  }

  @Test func aHistoryMustRunNewestFirst() {
    let found = problems(replacing: "- from: 2022-07-01\n      score: 214", with: "- from: 2025-08-01\n      score: 214")
    #expect(found == ["exam.step2ck_passing[2].from 2025-08-01 is not before the entry above it (2025-07-01): list entries newest first"])
  }

  @Test func aNewerSchemaIsRefused() {
    let found = problems(replacing: "schema_version: 1\n", with: "schema_version: 2\n")
    #expect(found == ["schema_version 2 is not one this planner reads (1); use a pack made for this version, or a newer planner"])
  }

  @Test func aMissingLeadTimeIsNamed() {
    let found = problems(replacing: "  photo:\n", with: "  photos:\n")
    #expect(found.contains("unknown key 'photos' in lead_times; did you mean 'photo'?"))
    #expect(found.contains("lead_times: missing 'photo' (the plan uses it)"))
  }

  @Test func aDateFiledUnderTheWrongCycleIsCaught() {
    let found = problems(replacing: "cycles:\n", with: "cycles:\n  2030:\n    eras_opens:\n      date: 2026-06-03\n      confidence: official\n      source: https://example.org/eras\n      verified: 2026-11-25\n")
    #expect(found == ["cycles.2030.eras_opens: 2026-06-03 is outside the 2030 Match cycle (2028-01-01 to 2030-07-01); is it filed under the wrong year?"])
  }
}
