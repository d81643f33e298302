import PlannerCore

/// `planner rules`: a cycle's pack, every value with official/third-party/estimated and its source.
public enum RulesReport {
  public static func text(_ c: CycleRules) -> String {
    var lines: [String] = []
    lines.append("Rules for the \(c.matchYear) Match (rules pack last verified \(RulesPack.lastVerified))")
    lines.append("")
    lines.append("Cycle calendar:")
    for row in c.datedValues {
      lines.append("  \(row.value.value)  \(row.label)  [\(row.value.confidence.rawValue)]")
      lines.append("              \(row.value.source)" + (row.value.note.isEmpty ? "" : " — \(row.value.note)"))
    }
    lines.append("")
    lines.append("Clinical and communication skills: \(c.clinicalSkills.value.summary)  [\(c.clinicalSkills.confidence.rawValue)]")
    lines.append("              \(c.clinicalSkills.source)" + (c.clinicalSkills.note.isEmpty ? "" : " — \(c.clinicalSkills.note)"))
    lines.append("OET Medicine minimum: 350 in Listening, Reading and Speaking; Writing 300 for tests on or after 2022-04-01 (350 before); all in one sitting  [third-party]")
    lines.append("              https://blog.matcharesident.com/what-is-the-oet-exam-for-imgs/")
    lines.append("")
    lines.append("USMLE:")
    lines.append("  At most \(ExamRules.attemptLimit.value) attempts per Step (applications from \(ExamRules.attemptLimitFrom.value)); at most \(ExamRules.maxAttemptsIn12Months.value) in 12 months; a 4th or later attempt at least \(ExamRules.laterAttemptMonthsAfterFirst.value) months after the first and \(ExamRules.laterAttemptMonthsAfterLatest.value) after the latest  [official]")
    lines.append("              \(ExamRules.attemptLimit.source) ; \(ExamRules.maxAttemptsIn12Months.source)")
    lines.append("  Step 1 is pass/fail for tests on or after \(ExamRules.step1PassFailFrom.value)  [official]")
    lines.append("              \(ExamRules.step1PassFailFrom.source)")
    for (from, score) in ExamRules.step2ckPassing where from.year > 1900 {
      lines.append("  Step 2 CK passing score \(score.value) for tests on or after \(from)  [\(score.confidence.rawValue)]")
      lines.append("              \(score.source)")
    }
    lines.append("  No testing in the first \(ExamRules.januaryBlackoutDays.value) days of January  [official]")
    lines.append("              \(ExamRules.januaryBlackoutDays.source)")
    lines.append("  ECFMG must verify Step 1, Step 2 CK and clinical/communication skills by the ROL deadline, or NRMP withdraws you  [official]")
    lines.append("              https://www.nrmp.org/help/item/what-requirements-for-ecfmg-certification-must-i-complete-to-be-eligible-to-participate-in-the-main-residency-match/")
    lines.append("")
    lines.append("Default durations (override under lead_times: in your profile):")
    for l in LeadTimes.all {
      lines.append("  \(pad(l.key, 20)) \(pad(String(l.days), 4)) days  \(l.meaning)  [\(l.confidence.rawValue)]")
    }
    lines.append("")
    if c.hasEstimates {
      lines.append("Values marked [estimated] are projected from the cycle's pattern or assumed; check the sources before relying on them.")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  public static func json(_ c: CycleRules) -> JSONValue {
    func sourced(_ label: String, _ s: Sourced<Day>) -> JSONValue {
      .object([("label", .string(label)), ("date", .string(s.value.description)), ("confidence", .string(s.confidence.rawValue)), ("estimated", .bool(s.confidence.isEstimated)), ("source", .string(s.source)), ("note", .string(s.note))])
    }
    return .object([
      ("matchYear", .int(c.matchYear)),
      ("lastVerified", .string(RulesPack.lastVerified.description)),
      ("calendar", .array(c.datedValues.map { sourced($0.label, $0.value) })),
      ("clinicalSkills", .object([("requirement", .string(c.clinicalSkills.value.summary)), ("confidence", .string(c.clinicalSkills.confidence.rawValue)), ("source", .string(c.clinicalSkills.source))])),
      ("leadTimes", .array(LeadTimes.all.map { l in
        .object([("key", .string(l.key)), ("days", .int(l.days)), ("meaning", .string(l.meaning)), ("confidence", .string(l.confidence.rawValue)), ("source", .string(l.source))])
      })),
    ])
  }

  static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
}
