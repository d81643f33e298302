import PlannerCore
import PlannerPathway
public import PlannerRules

/// `planner rules`: a cycle's pack, every value with official/third-party/estimated and its source.
public enum RulesReport {
  public static func text(_ c: CycleRules, rules: RulesPack, notices: [String] = []) -> String {
    var lines: [String] = []
    lines.append("Rules for the \(c.matchYear) Match (rules pack \(rules.packVersion), last verified \(rules.lastVerified))")
    lines += notices
    lines.append("")
    lines.append("Cycle calendar:")
    for row in c.datedValues {
      lines.append("  \(row.value.value)  \(row.label)  [\(row.value.confidence.rawValue)]")
      lines.append("              \(row.value.source)" + (row.value.note.isEmpty ? "" : " — \(row.value.note)"))
    }
    lines.append("")
    lines.append("Clinical and communication skills: \(c.clinicalSkills.value.summary)  [\(c.clinicalSkills.confidence.rawValue)]")
    lines.append("              \(c.clinicalSkills.source)" + (c.clinicalSkills.note.isEmpty ? "" : " — \(c.clinicalSkills.note)"))
    for dated in rules.certification.oetMinimums {
      let from = dated.from, m = dated.rule
      let since = from.year > 1900 ? "tests on or after \(from)" : "earlier tests"
      lines.append("OET Medicine minimums for \(since): Listening \(m.value[0]), Reading \(m.value[1]), Writing \(m.value[2]), Speaking \(m.value[3]); one sitting  [\(m.confidence.rawValue)]")
      lines.append("              \(m.source)")
    }
    lines.append("")
    lines.append("USMLE:")
    lines.append("  At most \(rules.exam.attemptLimit.value) attempts per Step (applications from \(rules.exam.attemptLimitFrom.value)); at most \(rules.exam.maxAttemptsIn12Months.value) in 12 months; a \(ordinal(rules.exam.maxAttemptsIn12Months.value + 1)) or later attempt at least \(rules.exam.laterAttemptMonthsAfterFirst.value) months after the first and \(rules.exam.laterAttemptMonthsAfterLatest.value) after the latest  [official]")
    lines.append("              \(rules.exam.attemptLimit.source) ; \(rules.exam.maxAttemptsIn12Months.source)")
    lines.append("  Step 1 is pass/fail for tests on or after \(rules.exam.step1PassFailFrom.value)  [official]")
    lines.append("              \(rules.exam.step1PassFailFrom.source)")
    lines.append("  Step 2 CS was last given by \(rules.exam.step2csLastTest.value): only a legacy pass on or before it counts  [\(rules.exam.step2csLastTest.confidence.rawValue)]")
    lines.append("              \(rules.exam.step2csLastTest.source)")
    for dated in rules.exam.step2ckPassing where dated.from.year > 1900 {
      let from = dated.from, score = dated.rule
      lines.append("  Step 2 CK passing score \(score.value) for tests on or after \(from)  [\(score.confidence.rawValue)]")
      lines.append("              \(score.source)")
    }
    lines.append("  No testing in the first \(rules.exam.januaryBlackoutDays.value) days of January  [official]")
    lines.append("              \(rules.exam.januaryBlackoutDays.source)")
    lines.append("  ECFMG must verify Step 1, Step 2 CK and clinical/communication skills by the ROL deadline, or NRMP withdraws you  [official]")
    lines.append("              https://www.nrmp.org/help/item/what-requirements-for-ecfmg-certification-must-i-complete-to-be-eligible-to-participate-in-the-main-residency-match/")
    let period = rules.exam.eligibilityPeriodMonths, periodExtension = rules.exam.eligibilityExtensionMonths
    lines.append("  Eligibility period: \(period.value) months, one contiguous \(periodExtension.value)-month extension; a retake needs a new application  [\(period.confidence.rawValue)]")
    lines.append("              \(period.source)")
    let t = rules.certification.examTimeLimitMonths
    lines.append("  Exams for certification passed within \(t.value / 12) years of the first pass  [\(t.confidence.rawValue)]")
    lines.append("              \(t.source) — \(t.note)")
    lines.append("")
    lines.append("ECFMG certificate and visas:")
    let pw = rules.pathways
    let serves = pw.serves(season: c.matchYear)
    lines.append("  The \(c.matchYear) Pathways serve the \(serves.lowerBound) and \(serves.upperBound) Matches; after that a new application or Pathways Revalidation (from \(pw.revalidationFrom.value)), with an OET that meets that season's recency  [\(pw.servesMatches.confidence.rawValue)]")
    lines.append("              \(pw.servesMatches.source)")
    if let licence = pw.licenceCutoff(season: c.matchYear) {
      lines.append("  Pathway 1: a licence to practise without supervision valid on or after \(licence.value)  [\(licence.confidence.rawValue)]")
      lines.append("              \(licence.source)" + (licence.note.isEmpty ? "" : " — \(licence.note)"))
    }
    lines.append("  Pathway 2: \(pw.pathway2.value)  [\(pw.pathway2.confidence.rawValue)]")
    lines.append("              \(pw.pathway2.source) — \(pw.pathway2.note)")
    let graduated = pw.graduationCutoff(season: c.matchYear)
    lines.append("  Pathways 3–5: graduation on or after \(graduated.value), and a school accredited as each asks  [\(graduated.confidence.rawValue)]")
    lines.append("              \(graduated.source)" + (graduated.note.isEmpty ? "" : " — \(graduated.note)"))
    lines.append("  Pathway 6 only when none of 1–5 applies; anyone who failed Step 2 CS uses Pathway 6  [\(pw.failedCSMeansPathway6.confidence.rawValue)]")
    lines.append("              \(pw.failedCSMeansPathway6.source)")
    lines.append("  Supporting documents and the OET result are due at the Pathways deadline; sit OET by the last test date of \(PathwayBuilder.monthNames[pw.oetSitByMonth.value - 1]) before the Match  [\(pw.oetSitByMonth.confidence.rawValue)]")
    lines.append("              \(pw.documentsDueAtDeadline.source) ; \(pw.oetSitByMonth.source)")
    lines.append("  Step 3 only after the ECFMG certificate is issued; H-1B needs all three Steps before the petition  [official]")
    lines.append("              https://www.fsmb.org/step-3/step-3-information/")
    let d = rules.certification.ds2019MonthsBefore, h = rules.certification.h1bPetitionMonthsBefore, f = rules.h1bFee
    lines.append("  J-1 DS-2019 no earlier than \(d.value) months before the start  [\(d.confidence.rawValue)]")
    lines.append("              \(d.source)")
    lines.append("  H-1B petition no earlier than \(h.value) months before the start  [\(h.confidence.rawValue)]")
    lines.append("              \(h.source)")
    lines.append("  H-1B fee: \(f.sentence(petition: nil))  [\(f.petitionsFiledFrom.confidence.rawValue)]")
    lines.append("              \(f.amount.source) ; \(f.condition.source) ; \(f.litigation.source)")
    for turn in f.history {
      lines.append("    \(turn.value.day)  \(turn.value.event)\(turn.value.inForce.map { $0 ? " (in force)" : " (not collected)" } ?? "")  [\(turn.confidence.rawValue)]")
      lines.append("              \(turn.source)")
    }
    let lateFee = rules.application.nrmpLateRegistrationFee
    lines.append("  NRMP registration after the standard deadline: $\(lateFee.value) late fee  [\(lateFee.confidence.rawValue)]")
    lines.append("              \(lateFee.source)" + (lateFee.note.isEmpty ? "" : " — \(lateFee.note)"))
    let fullTime = rules.application.fullTimeStudyHoursPerWeek, dayHours = rules.application.studyDayHours
    lines.append("  Study time when the profile sets no study_hours_per_week: \(fullTime.value) h a week (full time)  [\(fullTime.confidence.rawValue)]")
    lines.append("              \(fullTime.source)")
    lines.append("  Hours of a day work and study share (a busy calendar's hours come out of them): \(dayHours.value)  [\(dayHours.confidence.rawValue)]")
    lines.append("              \(dayHours.source)")
    lines.append("")
    lines.append("Program screens (not ECFMG rules):")
    for screen in rules.application.yearsSinceGraduationScreens {
      lines.append("  Some programs screen out applicants more than \(screen.value) years past graduation by the July 1 start  [\(screen.confidence.rawValue)]")
      lines.append("              \(screen.source)")
    }
    lines.append("")
    lines += FeeScheduleReport.text(rules.fees, rules: rules)
    lines.append("")
    lines.append("Default durations (override under lead_times: in your profile):")
    for l in rules.leadTimes.all {
      lines.append("  \(pad(l.key, 20)) \(pad(String(l.days), 4)) days \(pad("(\(l.low)–\(l.high))", 10)) \(l.meaning)  [\(l.confidence.rawValue)]")
    }
    lines.append("")
    if c.hasEstimates {
      lines.append("Values marked [estimated] are projected from the cycle's pattern or assumed; check the sources before relying on them.")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  public static func json(_ c: CycleRules, rules: RulesPack, notices: [String] = []) -> JSONValue {
    func sourced(_ label: String, _ s: Sourced<Day>) -> JSONValue {
      .object([("label", .string(label)), ("date", .string(s.value.description)), ("confidence", .string(s.confidence.rawValue)), ("estimated", .bool(s.confidence.isEstimated)), ("source", .string(s.source)), ("note", .string(s.note)), ("verified", s.verified.map { .string($0.description) } ?? .null)])
    }
    return .object([
      ("matchYear", .int(c.matchYear)),
      ("packVersion", .string(rules.packVersion)),
      ("lastVerified", .string(rules.lastVerified.description)),
      ("notices", .array(notices.map { .string($0) })),
      ("calendar", .array(c.datedValues.map { sourced($0.label, $0.value) })),
      ("clinicalSkills", .object([("requirement", .string(c.clinicalSkills.value.summary)), ("confidence", .string(c.clinicalSkills.confidence.rawValue)), ("source", .string(c.clinicalSkills.source))])),
      ("leadTimes", .array(rules.leadTimes.all.map { l in
        .object([("key", .string(l.key)), ("days", .int(l.days)), ("low", .int(l.low)), ("high", .int(l.high)), ("meaning", .string(l.meaning)), ("confidence", .string(l.confidence.rawValue)), ("source", .string(l.source)), ("verified", l.verified.map { .string($0.description) } ?? .null)])
      })),
      ("fees", FeeScheduleReport.json(rules.fees)),
    ] + FeeScheduleReport.json(trainingYears: rules.trainingYears, h1bFee: rules.h1bFee))
  }

  static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
}
