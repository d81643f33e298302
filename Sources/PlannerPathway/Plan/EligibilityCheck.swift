public import PlannerCore
import PlannerRules

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
      found.append(Finding(.blocker, .schoolNoSponsorNote, "\(profile.school ?? "Your school") has no ECFMG sponsor note covering your graduation year, so you cannot apply for ECFMG certification or the USMLE", action: "check the Sponsor Notes tab of your school on wdoms.org with the school; nothing else can replace it", source: wdoms))
    case .some(true):
      found.append(Finding(.note, .schoolSponsorNote, "\(profile.school ?? "Your school") has an ECFMG sponsor note covering your graduation year (as you confirmed)", source: wdoms))
    case .none:
      found.append(Finding(.warning, .schoolUnconfirmed, "Not confirmed that your school's World Directory listing has an ECFMG sponsor note covering your graduation year", action: "check the Sponsor Notes tab on wdoms.org, then set school_ecfmg_note: true", source: wdoms))
    }
    for exam in [Exam.step1, .step2ck, .step3] {
      let record = profile.record(exam)
      guard !record.attempts.isEmpty else { continue }
      let lapsedPass = plan.lapsed.contains { $0.component == .exam(exam) && $0.passed == record.passed?.date }
      if let pass = record.passed, !lapsedPass {
        found.append(Finding(.note, .attempts(exam), "\(exam.title): passed on \(pass.date) (attempt \(record.attempts.firstIndex(of: pass)! + 1) of \(rules.exam.attemptLimit.value)); a passed Step cannot be retaken except to meet a time limit", source: rules.exam.attemptLimit.source))
      } else if let next = rules.exam.earliestNextAttempt(after: record.attempts.map(\.date)), record.attempts.count + 1 == rules.exam.attemptLimit.value {
        found.append(Finding(.warning, .lastAttempt(exam), "\(exam.title): \(record.attempts.count) of \(rules.exam.attemptLimit.value) attempts used; the next, from \(max(next, today)), is the last one allowed: a \(ordinal(rules.exam.attemptLimit.value)) failure ends your eligibility for every USMLE Step, and with it ECFMG certification", action: "take it only when you are ready", source: rules.exam.attemptLimit.source))
      } else if let next = rules.exam.earliestNextAttempt(after: record.attempts.map(\.date)) {
        found.append(Finding(.note, .attempts(exam), "\(exam.title): \(record.attempts.count) of \(rules.exam.attemptLimit.value) attempts used; the next may be taken from \(max(next, today))", action: "a retake needs a new application and eligibility period", source: rules.exam.maxAttemptsIn12Months.source))
      } else {
        found.append(exhausted(exam, rules: rules, visa: profile.visa))
      }
    }
    for attempt in profile.record(.oet).attempts where attempt.result == .pass {
      guard let scores = attempt.subscores else { continue }
      let minimums = rules.certification.oetMinimums(on: attempt.date)
      let names = ["Listening", "Reading", "Writing", "Speaking"]
      let short = zip(names, zip(scores, minimums.value)).filter { $0.1.0 < $0.1.1 }.map { "\($0.0) \($0.1.0) < \($0.1.1)" }
      if !short.isEmpty {
        found.append(Finding(.warning, .oetBelowMinimum, "Your OET of \(attempt.date) is recorded as a pass, but ECFMG's minimums are not met: \(short.joined(separator: ", ")), so it does not count; this plan schedules a new sitting", action: "all four minimums must be met in one sitting", source: minimums.source))
      }
    }
    if let graduation = profile.graduation, graduation >= cycle.residencyStart.value - 1 {
      found.append(Finding(.blocker, .graduationLate, "You graduate on \(graduation), but the ECFMG certificate (which needs your verified diploma) must be issued before residency starts on \(cycle.residencyStart.value)", action: "aim for a later Match year", source: "https://www.ecfmg.org/certification/how-the-certification-process-works.html"))
    }
    if let specialty = profile.specialty {
      for rule in rules.nonERASSpecialties where rule.matches(specialty: specialty) {
        if rule.isResidencyCAS {
          found.append(Finding(.note, .specialtyNotERAS, "\(specialty) applies through ResidencyCAS, not ERAS: this plan has ECFMG's ResidencyCAS support form and fee (no ERAS token) and ResidencyCAS's dates (submission from \(cycle.residencyCASSubmissionOpens.value), released to programs \(cycle.residencyCASRelease.value)\(cycle.residencyCASRelease.confidence.isEstimated ? ", estimated" : "")), then the NRMP Match as usual", source: rule.service.source))
          break
        }
        found.append(Finding(.warning, .specialtyNotERAS, "\(profile.specialty!) does not use ERAS: applications go through \(rule.service.value), with its own calendar, and the ERAS dates in this plan do not apply to it (the rules pack has no dates for \(rule.service.value))", action: "check that service's dates; this plan's ERAS tasks are a stand-in", source: rule.service.source))
      }
      if case .unknown(let suggestion) = SpecialtyNames.verdict(specialty, rules: rules), let listed = rules.specialties {
        found.append(unknownSpecialty(specialty, suggestion: suggestion, line: profile.lines["specialty"], listed: listed))
      }
    }
    found += ScheduleFindings.run(plan)
    found += H1BRouteCheck.run(profile: profile, plan: plan)
    for attempt in profile.record(.step2ck).attempts where attempt.result == .pass && attempt.score != nil {
      if rules.exam.step2ckPassingScore(on: attempt.date) == nil, let oldest = rules.exam.step2ckPassing.last {
        found.append(Finding(.note, .step2ckStandardUnknown, "Your Step 2 CK pass of \(attempt.date) predates the oldest passing standard in the rules pack (\(oldest.rule.value) from \(oldest.from)), so its score is taken as a pass as recorded", source: oldest.rule.source))
      }
    }
    // The plan's own blockers and warnings (H-1B fee, stale OET…), without repeating.
    // Compared with the check's own codes only: the plan may say one code twice (a lapsed Step 1
    // pass and a lapsed CS pass are both `time-limit.lapsed`, `TimeLimitTests`).
    let own = Set(found.map(\.code))
    for f in plan.findings where !own.contains(f.code) { found.append(f) }
    return found.sorted { ($0.severity, $0.code) < ($1.severity, $1.code) }
  }

  /// A Step's attempts used up without a pass: no Step can be taken again. Step 1 or Step 2 CK
  /// ends ECFMG certification; Step 3 (not needed for certification or a J-1) ends the H-1B route.
  static func exhausted(_ exam: Exam, rules: RulesPack, visa: VisaTrack) -> Finding {
    let used = "\(exam.title): all \(rules.exam.attemptLimit.value) attempts used without a pass, which ends eligibility for every USMLE Step"
    let source = rules.exam.attemptLimit.source
    guard exam == .step3 else {
      return Finding(.blocker, .attemptsExhausted, used + ", so ECFMG certification is not possible", action: "speak to ECFMG about your options; no plan can continue", source: source)
    }
    if visa == .h1b {
      return Finding(.blocker, .attemptsExhausted, used + ", so the H-1B route, which needs Step 3, is closed", action: "ask your programs about a J-1, which does not need Step 3", source: source)
    }
    return Finding(.warning, .attemptsExhausted, used + "; ECFMG certification and a J-1 do not need Step 3, but an H-1B does", action: "plan on a J-1", source: source)
  }

  /// What `check` says of a plan that is not feasible on its dates, or nil.
  public static func lateBy(_ plan: PlanResult) -> String? {
    guard !plan.feasible else { return nil }
    if let gate = plan.margin.deciding, gate.room < 0 { return gate.sentence }
    let broken = plan.schedule.violations.first { !plan.isPostMatch($0) }
    return broken.map { Explain.violation($0, in: plan.schedule) } ?? "its dates miss a gate before Match Day"
  }

  /// A specialty the Match does not list (`specialties` in the pack): the closest listed name, as
  /// the profile's other unknown values get one; the plan goes on with ERAS (ResidencyCASTests).
  static func unknownSpecialty(_ specialty: String, suggestion: String?, line: Int?, listed: Sourced<[String]>) -> Finding {
    let at = line.map { " (line \($0) of the profile)" } ?? ""
    if let suggestion {
      return Finding(.warning, .specialtyUnknown, "specialty '\(specialty)'\(at) is not a specialty the Match lists; did you mean '\(suggestion)'? This plan applies through ERAS", action: "correct the spelling: emergency medicine and OB/GYN apply through ResidencyCAS, not ERAS", source: listed.source)
    }
    return Finding(.note, .specialtyUnknown, "specialty '\(specialty)'\(at) is not a specialty the Match lists, so this plan applies through ERAS", action: "check the spelling: emergency medicine and OB/GYN apply through ResidencyCAS, not ERAS", source: listed.source)
  }
}
