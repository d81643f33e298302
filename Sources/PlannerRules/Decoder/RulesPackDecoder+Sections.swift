import PlannerCore
import Yams

extension CycleRecord.Field {
  /// The key a pack file uses.
  var key: String {
    switch self {
    case .erasOpens: return "eras_opens"
    case .erasSubmissionOpens: return "eras_submission_opens"
    case .erasProgramsReview: return "eras_programs_review"
    case .nrmpRegistrationOpens: return "nrmp_registration_opens"
    case .nrmpStandardDeadline: return "nrmp_standard_deadline"
    case .rankingOpens: return "ranking_opens"
    case .rolDeadline: return "rol_deadline"
    case .matchDay: return "match_day"
    case .pathwaysOpens: return "pathways_opens"
    case .pathwaysDeadline: return "pathways_deadline"
    case .pathwaysCloses: return "pathways_closes"
    case .oetTakenOnOrAfter: return "oet_taken_on_or_after"
    case .residencyCASOpens: return "residencycas_opens"
    case .residencyCASSubmissionOpens: return "residencycas_submission_opens"
    case .residencyCASRelease: return "residencycas_release"
    }
  }
}

extension RulesPackDecoder {
  mutating func readCycles(_ node: Node, years: ClosedRange<Int>) -> ([CycleRecord], [Int: Sourced<ClinicalSkillsRequirement>]) {
    var records: [CycleRecord] = []
    var clinical: [Int: Sourced<ClinicalSkillsRequirement>] = [:]
    let fieldKeys = CycleRecord.Field.allCases.map(\.key)
    for (key, keyNode, value) in reader.pairs(node, allowed: nil, context: "cycles") {
      guard let year = Int(key), years.contains(year) else {
        reader.fail(keyNode, "cycles: '\(key)' is not a Match year in supported_years (\(years.lowerBound)–\(years.upperBound))")
        continue
      }
      for (field, fieldNode, v) in reader.pairs(value, allowed: fieldKeys + ["clinical_skills"], context: "cycles.\(year)") {
        let what = "cycles.\(year).\(field)"
        if field == "clinical_skills" {
          guard let (f, meta) = item(v, what, ["requirement"]), let text = reader.string(f["requirement"]!, "\(what).requirement") else { continue }
          guard let requirement = ClinicalSkillsRequirement(packText: text) else {
            reader.fail(f["requirement"]!, "\(what).requirement: '\(text)' is not step2cs or pathways N-M (e.g. pathways 1-6)")
            continue
          }
          clinical[year] = meta.sourced(requirement)
          continue
        }
        guard let kind = CycleRecord.Field.allCases.first(where: { $0.key == field }), let sourced = day(v, what) else { continue }
        records.append(CycleRecord(year, kind, sourced))
        marks[year, default: [:]][kind] = v.mapping?.first(where: { $0.key.string == "date" })?.value.mark ?? fieldNode.mark
      }
    }
    return (records, clinical)
  }

  mutating func readExam(_ node: Node) -> ExamRules? {
    let keys = ["attempt_limit", "attempt_limit_from", "max_attempts_in_12_months", "later_attempt_months_after_first", "later_attempt_months_after_latest", "step1_pass_fail_from", "step2cs_last_test", "step2ck_passing", "eligibility_period_months", "eligibility_extension_months", "january_blackout_days"]
    let f = fields(node, keys, "exam", required: keys)
    let limit = int(f["attempt_limit"], "exam.attempt_limit", in: 1...20, unit: "attempts")
    let limitFrom = day(f["attempt_limit_from"], "exam.attempt_limit_from")
    let in12 = int(f["max_attempts_in_12_months"], "exam.max_attempts_in_12_months", in: 1...20, unit: "attempts")
    let afterFirst = int(f["later_attempt_months_after_first"], "exam.later_attempt_months_after_first", in: 0...60, unit: "months")
    let afterLatest = int(f["later_attempt_months_after_latest"], "exam.later_attempt_months_after_latest", in: 0...60, unit: "months")
    let passFail = day(f["step1_pass_fail_from"], "exam.step1_pass_fail_from")
    let csLast = day(f["step2cs_last_test"], "exam.step2cs_last_test")
    let passing = history(f["step2ck_passing"], "exam.step2ck_passing", ["score"]) { d, f, what in
      d.reader.integer(f["score"]!, "\(what).score", in: 1...300, unit: "points")
    }
    let period = int(f["eligibility_period_months"], "exam.eligibility_period_months", in: 1...12, unit: "months")
    let periodExtension = int(f["eligibility_extension_months"], "exam.eligibility_extension_months", in: 0...12, unit: "months")
    let blackout = int(f["january_blackout_days"], "exam.january_blackout_days", in: 0...31, unit: "days")
    guard let limit, let limitFrom, let in12, let afterFirst, let afterLatest, let passFail, let csLast, let passing, let period, let periodExtension, let blackout else { return nil }
    return ExamRules(
      attemptLimit: limit, attemptLimitFrom: limitFrom, maxAttemptsIn12Months: in12, laterAttemptMonthsAfterFirst: afterFirst,
      laterAttemptMonthsAfterLatest: afterLatest, step1PassFailFrom: passFail, step2csLastTest: csLast, step2ckPassing: passing,
      eligibilityPeriodMonths: period, eligibilityExtensionMonths: periodExtension, januaryBlackoutDays: blackout)
  }

  mutating func readCertification(_ node: Node) -> CertificationRules? {
    let keys = ["oet_minimums", "exam_time_limit_months", "ds2019_months_before", "h1b_petition_months_before"]
    let f = fields(node, keys, "certification", required: keys)
    let subtests = ["listening", "reading", "writing", "speaking"]
    let oet = history(f["oet_minimums"], "certification.oet_minimums", subtests) { d, f, what in
      let scores = subtests.compactMap { d.reader.integer(f[$0]!, "\(what).\($0)", in: 0...500, unit: "points") }
      return scores.count == subtests.count ? scores : nil
    }
    let timeLimit = int(f["exam_time_limit_months"], "certification.exam_time_limit_months", in: 1...240, unit: "months")
    let ds2019 = int(f["ds2019_months_before"], "certification.ds2019_months_before", in: 0...24, unit: "months")
    let h1b = int(f["h1b_petition_months_before"], "certification.h1b_petition_months_before", in: 0...24, unit: "months")
    guard let oet, let timeLimit, let ds2019, let h1b else { return nil }
    return CertificationRules(oetMinimums: oet, examTimeLimitMonths: timeLimit, ds2019MonthsBefore: ds2019, h1bPetitionMonthsBefore: h1b)
  }

  mutating func readLeadTimes(_ node: Node) -> LeadTimes? {
    var all: [LeadTime] = []
    var ok = true
    let pairs = reader.pairs(node, allowed: LeadTimes.requiredKeys, context: "lead_times")
    for (key, _, value) in pairs {
      let what = "lead_times.\(key)"
      guard let (f, meta) = item(value, what, ["days", "low", "high", "meaning"]),
        let days = reader.integer(f["days"]!, "\(what).days", in: 0...730, unit: "days"),
        let low = reader.integer(f["low"]!, "\(what).low", in: 0...730, unit: "days"),
        let high = reader.integer(f["high"]!, "\(what).high", in: 0...730, unit: "days"),
        let meaning = reader.string(f["meaning"]!, "\(what).meaning")
      else {
        ok = false
        continue
      }
      if !(low...max(low, high)).contains(days) || low > high {
        reader.fail(f["days"]!, "\(what): the likely value \(days) days is outside its range \(low)–\(high)")
        ok = false
      }
      all.append(LeadTime(key: key, days: days, low: low, high: high, confidence: meta.confidence, source: meta.source, meaning: meaning, verified: meta.verified))
    }
    let present = Set(pairs.map(\.key))
    for key in LeadTimes.requiredKeys where !present.contains(key) {
      reader.fail(node, "lead_times: missing '\(key)' (the plan uses it)")
      ok = false
    }
    return ok ? LeadTimes(all) : nil
  }

  mutating func readNonERAS(_ node: Node) -> [NonERASSpecialty] {
    guard let list = node.sequence else {
      reader.fail(node, "non_eras_specialties must be a list")
      return []
    }
    var result: [NonERASSpecialty] = []
    for (i, entry) in list.enumerated() {
      let what = "non_eras_specialties[\(i + 1)]"
      guard let (f, meta) = item(entry, what, ["keywords", "service", "names"], optional: ["names"]), let service = reader.string(f["service"]!, "\(what).service") else { continue }
      guard let words = f["keywords"]!.sequence, !words.isEmpty else {
        reader.fail(f["keywords"]!, "\(what).keywords must be a list of words, e.g. [emergency]")
        continue
      }
      let keywords = words.compactMap { reader.string($0, "\(what).keywords") }.map { $0.lowercased() }
      let names = f["names"].flatMap(\.sequence).map { $0.compactMap { reader.string($0, "\(what).names") } } ?? []
      result.append(NonERASSpecialty(keywords: keywords, service: meta.sourced(service), names: names))
    }
    return result
  }

  /// `specialties`: the names a profile's specialty is checked against for a spelling hint.
  mutating func readSpecialties(_ node: Node) -> Sourced<[String]>? {
    guard let (f, meta) = item(node, "specialties", ["names"]) else { return nil }
    guard let list = f["names"]!.sequence, !list.isEmpty else {
      reader.fail(f["names"]!, "specialties.names must be a list of names, e.g. [internal medicine]")
      return nil
    }
    return meta.sourced(list.compactMap { reader.string($0, "specialties.names") })
  }
}

extension RulesPackDecoder {
  /// `training_years`: keywords of a specialty and its years of residency, each with its source.
  mutating func readTrainingYears(_ node: Node) -> [TrainingYears] {
    guard let list = node.sequence, !list.isEmpty else {
      reader.fail(node, "training_years must be a list of {keywords, years} with their source")
      return []
    }
    var result: [TrainingYears] = []
    for (i, entry) in list.enumerated() {
      let what = "training_years[\(i + 1)]"
      guard let (f, meta) = item(entry, what, ["keywords", "years"]), let years = reader.integer(f["years"]!, "\(what).years", in: 1...10, unit: "years") else { continue }
      guard let words = f["keywords"]!.sequence, !words.isEmpty else {
        reader.fail(f["keywords"]!, "\(what).keywords must be a list of words, e.g. [internal medicine]")
        continue
      }
      let keywords = words.compactMap { reader.string($0, "\(what).keywords") }.map { $0.lowercased() }
      result.append(TrainingYears(keywords: keywords, years: meta.sourced(years)))
    }
    return result
  }
}

extension ClinicalSkillsRequirement {
  /// `step2cs`, or `pathways 1-6`.
  init?(packText: String) {
    let text = packText.lowercased()
    if text == "step2cs" {
      self = .step2CS
      return
    }
    let words = text.split(separator: " ")
    guard words.count == 2, words[0] == "pathways" else { return nil }
    let bounds = words[1].split(separator: "-").compactMap { Int($0) }
    guard bounds.count == 2, bounds[0] >= 1, bounds[0] <= bounds[1] else { return nil }
    self = .pathways(bounds[0]...bounds[1])
  }
}
