public import PlannerCore

/// `planner check`: the rules that decide whether an applicant can enter a cycle at all, each
/// finding one line — what, why, the source, what to do. Pure.
public enum EligibilityCheck {
  static let wdoms = "https://www.ecfmg.org/certification/requirements-for-certification.html"
  public static func run(profile: Profile, plan: PlanResult, today: Day) -> [Finding] {
    var found: [Finding] = []
    let cycle = plan.cycle
    let rules = plan.rules
    switch profile.schoolECFMGNote {
    case .some(false):
      found.append(Finding(.blocker, "school.no-ecfmg-note", "\(profile.school ?? "Your school") has no ECFMG sponsor note covering your graduation year, so you cannot apply for ECFMG certification or the USMLE", action: "check the Sponsor Notes tab of your school on wdoms.org with the school; nothing else can replace it", source: wdoms))
    case .some(true):
      found.append(Finding(.note, "school.ecfmg-note", "\(profile.school ?? "Your school") has an ECFMG sponsor note covering your graduation year (as you confirmed)", source: wdoms))
    case .none:
      found.append(Finding(.warning, "school.unconfirmed", "Not confirmed that your school's World Directory listing has an ECFMG sponsor note covering your graduation year", action: "check the Sponsor Notes tab on wdoms.org, then set school_ecfmg_note: true", source: wdoms))
    }
    for exam in [Exam.step1, .step2ck, .step3] {
      let record = profile.record(exam)
      guard !record.attempts.isEmpty else { continue }
      if let pass = record.passed {
        found.append(Finding(.note, "attempts.\(exam.rawValue)", "\(exam.title): passed on \(pass.date) (attempt \(record.attempts.firstIndex(of: pass)! + 1) of \(rules.exam.attemptLimit.value)); a passed Step cannot be retaken", source: rules.exam.attemptLimit.source))
      } else if let next = rules.exam.earliestNextAttempt(after: record.attempts.map(\.date)) {
        found.append(Finding(.note, "attempts.\(exam.rawValue)", "\(exam.title): \(record.attempts.count) of \(rules.exam.attemptLimit.value) attempts used; the next may be taken from \(max(next, today))", action: "a retake needs a new application and eligibility period", source: rules.exam.maxAttemptsIn12Months.source))
      } else {
        found.append(Finding(.blocker, "attempts.exhausted", "\(exam.title): all \(rules.exam.attemptLimit.value) attempts used without a pass, so ECFMG certification is not possible", action: "speak to ECFMG about your options; no plan can continue", source: rules.exam.attemptLimit.source))
      }
    }
    if let oet = profile.record(.oet).passed, let recency = cycle.oetTakenOnOrAfter, oet.date < recency.value {
      found.append(Finding(.warning, "oet.too-old", "Your OET pass of \(oet.date) is older than the \(cycle.matchYear) Pathways accept (taken on or after \(recency.value))", action: "take OET Medicine again: 350 in L/R/S and 300 in Writing, in one sitting", source: recency.source))
    }
    for attempt in profile.record(.oet).attempts where attempt.result == .pass {
      guard let scores = attempt.subscores else { continue }
      let minimums = rules.certification.oetMinimums(on: attempt.date)
      let names = ["Listening", "Reading", "Writing", "Speaking"]
      let short = zip(names, zip(scores, minimums.value)).filter { $0.1.0 < $0.1.1 }.map { "\($0.0) \($0.1.0) < \($0.1.1)" }
      if !short.isEmpty {
        found.append(Finding(.blocker, "oet.below-minimum", "Your OET of \(attempt.date) is recorded as a pass, but ECFMG's minimums are not met: \(short.joined(separator: ", "))", action: "all four minimums must be met in one sitting: plan a new OET", source: minimums.source))
      }
    }
    if let graduation = profile.graduation, graduation >= cycle.residencyStart.value - 1 {
      found.append(Finding(.blocker, "graduation.late", "You graduate on \(graduation), but the ECFMG certificate (which needs your verified diploma) must be issued before residency starts on \(cycle.residencyStart.value)", action: "aim for a later Match year", source: "https://www.ecfmg.org/certification/how-the-certification-process-works.html"))
    }
    if let specialty = profile.specialty?.lowercased() {
      for rule in rules.nonERASSpecialties where rule.keywords.contains(where: { specialty.contains($0) }) {
        found.append(Finding(.warning, "specialty.not-eras", "\(profile.specialty!) does not use ERAS: applications go through \(rule.service.value), with its own calendar", action: "check that service's dates; this plan's ERAS tasks are a stand-in", source: rule.service.source))
      }
    }
    found += sevenYearRule(profile: profile, plan: plan)
    found += pathwayExpiry(profile: profile, cycle: cycle, rules: rules)
    // The plan's own blockers and warnings (H-1B fee, stale OET…), without repeating.
    for f in plan.findings where !found.contains(where: { $0.code == f.code }) { found.append(f) }
    return found.sorted { ($0.severity, $0.code) < ($1.severity, $1.code) }
  }

  /// Exams for certification are to be passed within 7 years of the first one passed (stated in
  /// the 2015-era booklet; current wording not seen — hence a warning, not a blocker).
  static func sevenYearRule(profile: Profile, plan: PlanResult) -> [Finding] {
    let passes = [Exam.step1, .step2ck].compactMap { profile.record($0).passed?.date }
    guard let first = passes.min() else { return [] }
    let rule = plan.rules.certification.examTimeLimitMonths
    let limit = first.adding(months: rule.value)
    let lastNeeded = [plan.schedule.task("step1.exam"), plan.schedule.task("step2ck.exam")].compactMap { $0?.start }.max()
    guard let lastNeeded, lastNeeded > limit else { return [] }
    return [Finding(.warning, "seven-year", "Your first USMLE pass (\(first)) is more than 7 years before your last planned exam (\(lastNeeded)); ECFMG's time limit may stop the earlier pass from counting", action: "confirm the current time limit with ECFMG", source: rule.source)]
  }

  /// Pathway-based certificates expire about two years after the season (unless 12 months of
  /// ACGME training validate them); a plan must not rest on one that lapses before July 1.
  static func pathwayExpiry(profile: Profile, cycle: CycleRules, rules: RulesPack) -> [Finding] {
    guard profile.legacyCSPass == nil, let season = (profile.pathwayApplied ?? profile.pathwayAccepted)?.year else { return [] }
    let rule = rules.certification.pathwayCertificateYears
    let expiry = Day(year: season + rule.value, month: 12, day: 31)!
    guard expiry < cycle.residencyStart.value else { return [] }
    return [Finding(.warning, "pathway.expiry", "A certificate from your \(season) Pathway application would expire about \(expiry), before the \(cycle.matchYear) residency start", action: "apply for Pathways Revalidation or a new Pathway for the \(cycle.matchYear) season", source: rule.source)]
  }

  /// One line per finding, for the terminal.
  public static func text(_ findings: [Finding], cycle: CycleRules, profileName: String) -> String {
    var lines = ["Eligibility check for \(profileName), \(cycle.matchYear) Match"]
    for f in findings {
      var line = "\(f.severity.rawValue): \(f.message)"
      if !f.action.isEmpty { line += " — \(f.action)" }
      if !f.source.isEmpty { line += " [\(f.source)]" }
      lines.append(line)
    }
    let blockers = findings.filter { $0.severity == .blocker }.count
    lines.append(blockers == 0 ? "Nothing blocks the \(cycle.matchYear) Match." : "\(blockers) \(blockers == 1 ? "finding blocks" : "findings block") the \(cycle.matchYear) Match.")
    return lines.joined(separator: "\n") + "\n"
  }
}
