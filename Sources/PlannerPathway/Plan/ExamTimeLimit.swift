public import PlannerCore
public import PlannerRules

/// A Step or Step Component for certification: a USMLE Step, or a legacy Step 2 CS pass.
public enum CertificationComponent: Hashable, Sendable, Comparable {
  case exam(Exam)
  case step2CS

  public var title: String {
    switch self {
    case .exam(let e): return e.title
    case .step2CS: return "Step 2 CS"
    }
  }

  public static func < (a: Self, b: Self) -> Bool { a.title < b.title }
}

/// A pass that no longer counts for ECFMG certification under the time limit.
public struct LapsedPass: Hashable, Sendable {
  public var component: CertificationComponent
  public var passed: Day
  /// The last day of the seven years that ran from the first counting pass.
  public var limitEnded: Day
  /// What was not passed by then, e.g. "Step 2 CK (booked 2027-05-05)", "Step 2 CK (planned after
  /// that day)".
  public var because: String
}

/// ECFMG's time limit: every Step and Step Component required for certification passed within
/// seven years of the first one passed ("ends exactly seven years from that exam date", so the
/// last day counts). Once all are passed in time the requirement is met; otherwise the earliest
/// pass stops counting and that Step must be passed again (CS cannot be, so its route closes).
public enum ExamTimeLimit {
  /// The components the plan needs: Step 1, Step 2 CK, and a legacy CS pass while it is used.
  static func required(_ profile: Profile, lapsed: [LapsedPass]) -> [CertificationComponent] {
    var parts: [CertificationComponent] = [.exam(.step1), .exam(.step2ck)]
    if usesCS(profile, lapsed: lapsed) { parts.append(.step2CS) }
    return parts
  }

  static func usesCS(_ profile: Profile, lapsed: [LapsedPass]) -> Bool {
    profile.legacyCSPass != nil && !lapsed.contains { $0.component == .step2CS }
  }

  /// The pass of a component that still counts, nil when there is none (or it lapsed).
  static func countingPass(_ c: CertificationComponent, _ profile: Profile, lapsed: [LapsedPass]) -> Day? {
    let pass: Day?
    switch c {
    case .exam(let e): pass = profile.record(e).passed?.date
    case .step2CS: pass = profile.legacyCSPass
    }
    guard let pass, !lapsed.contains(where: { $0.component == c && $0.passed == pass }) else { return nil }
    return pass
  }

  /// The first counting pass and the last day of its seven years, nil when nothing is passed.
  static func window(_ profile: Profile, lapsed: [LapsedPass], rules: RulesPack) -> (first: CertificationComponent, passed: Day, lastDay: Day)? {
    let passes = required(profile, lapsed: lapsed).compactMap { c in countingPass(c, profile, lapsed: lapsed).map { (c, $0) } }
    guard let first = passes.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return nil }
    return (first.0, first.1, first.1.adding(months: rules.certification.examTimeLimitMonths.value))
  }

  /// The next pass to lapse given the plan's dates for what is not passed yet, or nil when the
  /// requirement is (or will be) met in time.
  static func nextLapse(_ profile: Profile, lapsed: [LapsedPass], schedule: Schedule, rules: RulesPack) -> LapsedPass? {
    guard let w = window(profile, lapsed: lapsed, rules: rules) else { return nil }
    var late: [(String, Day)] = []
    for c in required(profile, lapsed: lapsed) {
      if let pass = countingPass(c, profile, lapsed: lapsed) {
        if pass > w.lastDay { late.append(("\(c.title) (passed \(pass))", pass)) }
      } else if case .exam(let e) = c, let task = schedule.task("\(e.rawValue).exam") {
        // A booked date stays in the plan that voids the pass; a planned one moves (the retake
        // comes first), so only a booking is quoted: the findings never cite a date the plan
        // does not have (issue 20, contradiction 3; `TimeLimitTests`).
        let when = task.task.state == .booked ? "booked \(task.start)" : "planned after that day"
        if task.start > w.lastDay { late.append(("\(c.title) (\(when))", task.start)) }
      }
    }
    guard !late.isEmpty else { return nil }
    return LapsedPass(component: w.first, passed: w.passed, limitEnded: w.lastDay, because: late.map(\.0).joined(separator: " and "))
  }
}
