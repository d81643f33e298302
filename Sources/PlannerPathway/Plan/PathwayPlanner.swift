public import PlannerCore

/// Why a plan cannot be made at all (as opposed to a plan that is not feasible).
public enum PlanningError: Error, Equatable, Sendable, CustomStringConvertible {
  case unsupportedYear(Int)
  case cycleOver(matchYear: Int, rolDeadline: Day, matchDay: Day, residencyStart: Day, today: Day, earliest: Int?)
  case profile(ProfileError)
  case schedule(String)

  public var description: String {
    switch self {
    case .unsupportedYear(let y):
      return "Match year \(y) is outside the cycles planner knows (\(RulesPack.supportedYears.lowerBound)–\(RulesPack.supportedYears.upperBound))"
    case .cycleOver(let y, let rol, let day, let start, let today, let earliest):
      let state = today >= start ? "is over" : "is closed to new applicants"
      let next = earliest.map { "; the earliest feasible Match year is \($0)" } ?? "; no later Match year up to \(RulesPack.supportedYears.upperBound) is feasible"
      return "The \(y) Match \(state): its Rank Order List deadline was \(rol), Match Day \(day), residency start \(start) (today is \(today))\(next)"
    case .profile(let e): return e.description
    case .schedule(let message): return message
    }
  }
}

/// The whole pipeline for one profile: rules pack → task graph → schedule → verdict.
public enum PathwayPlanner {
  /// Plans the given Match year, or the earliest feasible one when `matchYear` is nil.
  public static func plan(profile: Profile, matchYear: Int?, today: Day, file: String = "profile") throws(PlanningError) -> PlanResult {
    try validate(profile, matchYear: matchYear ?? profile.match, file: file, today: today)
    let earliest = try earliestFeasibleYear(profile: profile, today: today, file: file)
    let year = matchYear ?? earliest?.matchYear ?? firstOpenYear(today: today) ?? RulesPack.supportedYears.upperBound
    guard let cycle = RulesPack.cycle(year) else { throw .unsupportedYear(year) }
    if today > cycle.rolDeadline.value && committedYear(profile) != year {
      throw .cycleOver(matchYear: year, rolDeadline: cycle.rolDeadline.value, matchDay: cycle.matchDay.value, residencyStart: cycle.residencyStart.value, today: today, earliest: earliest?.matchYear)
    }
    var result: PlanResult
    if let earliest, earliest.matchYear == year {
      result = earliest
    } else {
      result = try planCycle(profile: profile, cycle: cycle, today: today, file: file)
    }
    result.earliestFeasibleMatchYear = earliest?.matchYear
    return result
  }

  /// The Match year the applicant is already in: they recorded certifying their list or the
  /// Match itself, so its cycle stays plannable after the ROL deadline (visa steps, start).
  static func committedYear(_ profile: Profile) -> Int? {
    (profile.done["match.day"] ?? profile.done["nrmp.rol"]).map { $0.month >= 7 ? $0.year + 1 : $0.year }
  }

  /// The first Match year whose ROL deadline has not passed.
  public static func firstOpenYear(today: Day) -> Int? {
    RulesPack.supportedYears.first { RulesPack.cycle($0).map { $0.rolDeadline.value >= today } ?? false }
  }

  /// Searches forward from the first open cycle for one the plan meets.
  public static func earliestFeasibleYear(profile: Profile, today: Day, file: String = "profile") throws(PlanningError) -> PlanResult? {
    guard let open = firstOpenYear(today: today) ?? committedYear(profile) else { return nil }
    let first = min(open, committedYear(profile) ?? open)
    for year in first...RulesPack.supportedYears.upperBound {
      guard let cycle = RulesPack.cycle(year) else { continue }
      let result = try planCycle(profile: profile, cycle: cycle, today: today, file: file)
      if result.findings.contains(where: { $0.code == "attempts.exhausted" }) { return nil }
      if result.feasible { return result }
    }
    return nil
  }

  /// Plans one cycle. USMLE exams that land in the January testing blackout are moved past it.
  public static func planCycle(profile: Profile, cycle: CycleRules, today: Day, file: String = "profile") throws(PlanningError) -> PlanResult {
    let built = PathwayBuilder.build(profile: profile, cycle: cycle, today: today)
    if !built.profileErrors.isEmpty {
      throw .profile(ProfileError(built.profileErrors.map { ProfileDiagnostic(file: file, line: $0.line, column: 1, message: $0.message) }))
    }
    var graph = built.graph
    var schedule: Schedule
    var moved: Set<String> = []
    while true {
      do {
        schedule = try Scheduler.schedule(graph, today: today)
      } catch {
        // Only the applicant's own tasks can form a cycle or name a missing task: point at them.
        let ids: [String]
        switch error {
        case .cycle(let cycle): ids = cycle
        case .unknownTask(let dependent, _): ids = [dependent]
        default: ids = []
        }
        if let line = ids.lazy.compactMap({ profile.lines["task:" + $0] }).first {
          throw .profile(ProfileError([ProfileDiagnostic(file: file, line: line, column: 1, message: "tasks: \(error.description)")]))
        }
        throw .schedule(error.description)
      }
      let blocked = schedule.tasks.filter { s in
        s.task.state == .planned && s.task.provenance.categories.contains("exam") && !s.id.hasPrefix("oet")
          && ExamRules.firstTestingDay(onOrAfter: s.start) != s.start && !moved.contains(s.id)
      }
      guard !blocked.isEmpty else { break }
      for s in blocked {
        guard let i = graph.tasks.firstIndex(where: { $0.id == s.id }) else { continue }
        graph.tasks[i].notBefore = ExamRules.firstTestingDay(onOrAfter: s.start)
        graph.tasks[i].provenance.note = "no USMLE testing in the first 14 days of January"
        graph.tasks[i].provenance.sources.append(ExamRules.januaryBlackoutDays.source)
        moved.insert(s.id)
      }
    }
    return PlanResult(matchYear: cycle.matchYear, cycle: cycle, today: today, schedule: schedule, assumptions: built.assumptions, findings: built.findings.sorted { ($0.severity, $0.code) < ($1.severity, $1.code) }, earliestFeasibleMatchYear: nil, graph: graph)
  }

  /// Profile checks that need the plan's context: dates that make no sense together.
  static func validate(_ profile: Profile, matchYear: Int?, file: String, today: Day) throws(PlanningError) {
    var problems: [ProfileDiagnostic] = []
    func line(_ key: String) -> Int { profile.lines[key] ?? 1 }
    if let y = matchYear, let cycle = RulesPack.cycle(y), let g = profile.graduation, g >= cycle.residencyStart.value {
      problems.append(ProfileDiagnostic(file: file, line: line("graduation"), column: 1, message: "graduation '\(g)' is on or after the \(y) residency start (\(cycle.residencyStart.value)); ECFMG certification needs the diploma first"))
    }
    for (exam, record) in profile.exams.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      for attempt in record.attempts where attempt.date > today {
        problems.append(ProfileDiagnostic(file: file, line: line("exams"), column: 1, message: "exams.\(exam.rawValue): attempt dated '\(attempt.date)' is in the future (today is \(today)); use 'booked' for a future test"))
      }
      if let pass = record.passed, record.attempts.contains(where: { $0.date > pass.date }) {
        problems.append(ProfileDiagnostic(file: file, line: line("exams"), column: 1, message: "exams.\(exam.rawValue): an attempt after the pass of \(pass.date); a passed Step cannot be retaken"))
      } else if record.attempts.filter({ $0.result == .pass }).count > 1 {
        problems.append(ProfileDiagnostic(file: file, line: line("exams"), column: 1, message: "exams.\(exam.rawValue): more than one passing attempt; a passed Step cannot be retaken"))
      }
    }
    if !problems.isEmpty { throw .profile(ProfileError(problems)) }
  }
}
