public import PlannerCore
public import PlannerRules

/// Why a plan cannot be made at all (as opposed to a plan that is not feasible).
public enum PlanningError: Error, Equatable, Sendable, CustomStringConvertible {
  case unsupportedYear(Int, supported: ClosedRange<Int>)
  case profile(DiagnosticError)
  case schedule(String)
  /// Every Match cycle the pack knows has closed its Rank Order List by `today`, and the
  /// profile has not matched in one: there is no year left to plan (issue 26, point 1).
  case pastLastCycle(today: Day, lastYear: Int, rolDeadline: Day)

  public var description: String {
    switch self {
    case .pastLastCycle(let today, let year, let rol):
      return "on \(today) every Match cycle this rules pack knows has passed (the last, the \(year) Match, closed its Rank Order List on \(rol)); get a newer planner or rules pack (README: \"Updating the rules\")"
    case .unsupportedYear(let y, let supported):
      return "Match year \(y) is outside the cycles planner knows (\(supported.lowerBound)–\(supported.upperBound))"
    case .profile(let e): return e.description
    case .schedule(let message): return message
    }
  }
}

/// The whole pipeline for one profile: rules pack → task graph → schedule → verdict.
public enum PathwayPlanner {
  /// Plans the given Match year, or the earliest feasible one when `matchYear` is nil. A requested
  /// year that is over is a result, not an error: the plan is then the earliest feasible year's (or
  /// the first open cycle's, whose findings say why none is), with `requestedYearOver` set and the
  /// notices saying which cycle is which. The year search runs once and its plans are reused.
  public static func plan(profile: Profile, rules: RulesPack, matchYear: Int?, today: Day, file: String = "profile") throws(PlanningError) -> PlanResult {
    try validate(profile, rules: rules, matchYear: matchYear ?? profile.match, file: file, today: today)
    let searched = try search(profile: profile, rules: rules, today: today, file: file)
    let earliest = searched.last.flatMap { $0.feasible ? $0 : nil }
    let firstOpen = firstOpenYear(rules, today: today)
    let last = rules.supportedYears.upperBound
    if firstOpen == nil, committedYear(profile) == nil, let rol = rules.cycle(last)?.rolDeadline.value {
      throw .pastLastCycle(today: today, lastYear: last, rolDeadline: rol)
    }
    var year = matchYear ?? earliest?.matchYear ?? firstOpen ?? last
    guard let requestedCycle = rules.cycle(year) else { throw .unsupportedYear(year, supported: rules.supportedYears) }
    var over: Int?
    if today > requestedCycle.rolDeadline.value && committedYear(profile) != year {
      over = year
      year = earliest?.matchYear ?? firstOpen ?? year
    }
    var result: PlanResult
    if let done = searched.first(where: { $0.matchYear == year }) {
      result = done
    } else {
      guard let cycle = rules.cycle(year) else { throw .unsupportedYear(year, supported: rules.supportedYears) }
      result = try planCycleUnmarked(profile: profile, cycle: cycle, rules: rules, today: today, file: file)
    }
    markCriticalChains(&result)
    result.earliestFeasibleMatchYear = earliest?.matchYear
    result.requestedYearOver = over
    // The cycle in progress is explained whenever it is not what the plan shows as feasible.
    let inProgress = searched.first.flatMap { $0.matchYear == firstOpen && !($0.feasible && $0.matchYear == result.matchYear) ? $0 : nil }
    result.notices = MatchYearNotice.lines(over: over, plan: result, inProgress: inProgress, rules: rules, today: today)
      + CurrencyNotice.lines(rules: rules, matchYear: result.matchYear, today: today)
    result.overdue = OverdueWork.find(result, profile: profile)
    // A Pathway the profile names but the applicant cannot use is the profile's mistake.
    if let ineligible = result.findings.first(where: { $0.code == .pathwayIneligible }), profile.pathwayNumber != nil {
      throw .profile(DiagnosticError([Diagnostic(file: file, line: profile.lines["pathway.number"] ?? profile.lines["pathway"] ?? 1, column: profile.columns["pathway.number"] ?? 1, message: "pathway.number: \(ineligible.message) (\(ineligible.source))")]))
    }
    // So is a season the profile names that cannot serve this Match (issue 21, point 1).
    if let refused = result.findings.first(where: { $0.code == .pathwaySeason && $0.severity == .blocker }) {
      throw .profile(DiagnosticError([Diagnostic(file: file, line: profile.lines["pathway.season"] ?? profile.lines["pathway"] ?? 1, column: profile.columns["pathway.season"] ?? 1, message: "pathway.season: \(refused.message); \(refused.action) (\(refused.source))")]))
    }
    return result
  }

  /// The Match year the applicant is already in: they recorded certifying their list or the
  /// Match itself, so its cycle stays plannable after the ROL deadline (visa steps, start).
  static func committedYear(_ profile: Profile) -> Int? {
    (profile.done["match.day"] ?? profile.done["nrmp.rol"]).map { $0.month >= 7 ? $0.year + 1 : $0.year }
  }

  /// The first Match year whose ROL deadline has not passed.
  public static func firstOpenYear(_ rules: RulesPack, today: Day) -> Int? {
    rules.supportedYears.first { rules.cycle($0).map { $0.rolDeadline.value >= today } ?? false }
  }

  /// Searches forward from the first open cycle for one the plan meets.
  public static func earliestFeasibleYear(profile: Profile, rules: RulesPack, today: Day, file: String = "profile") throws(PlanningError) -> PlanResult? {
    guard var earliest = try search(profile: profile, rules: rules, today: today, file: file).last, earliest.feasible else { return nil }
    markCriticalChains(&earliest)
    return earliest
  }

  /// The plans of every cycle from the first open one up to the first feasible one (last), or to
  /// the end of the pack; it stops early when no attempts are left. Their critical marks are left
  /// to the caller: only the plan it keeps needs them.
  static func search(profile: Profile, rules: RulesPack, today: Day, file: String) throws(PlanningError) -> [PlanResult] {
    guard let open = firstOpenYear(rules, today: today) ?? committedYear(profile) else { return [] }
    let first = min(open, committedYear(profile) ?? open)
    // A Match recorded after the pack's last cycle leaves nothing to search (never a reversed range).
    guard first <= rules.supportedYears.upperBound else { return [] }
    var plans: [PlanResult] = []
    for year in first...rules.supportedYears.upperBound {
      guard let cycle = rules.cycle(year) else { continue }
      let result = try planCycleUnmarked(profile: profile, cycle: cycle, rules: rules, today: today, file: file)
      plans.append(result)
      if result.findings.contains(where: { $0.code == .attemptsExhausted }) || result.feasible { break }
    }
    return plans
  }

  /// Plans one cycle. A pass the exam time limit voids (given the dates the plan reaches for the
  /// rest) is dropped and its Step planned again, until the passes that count fit the limit.
  public static func planCycle(profile: Profile, cycle: CycleRules, rules: RulesPack, today: Day, file: String = "profile") throws(PlanningError) -> PlanResult {
    var result = try planCycleUnmarked(profile: profile, cycle: cycle, rules: rules, today: today, file: file)
    markCriticalChains(&result)
    return result
  }

  static func planCycleUnmarked(profile: Profile, cycle: CycleRules, rules: RulesPack, today: Day, file: String) throws(PlanningError) -> PlanResult {
    var lapsed: [LapsedPass] = []
    while true {
      var result = try planOnce(profile: profile, cycle: cycle, rules: rules, today: today, file: file, lapsed: lapsed)
      // Each round voids one of at most three passes (Step 1, Step 2 CK, CS).
      guard lapsed.count < 3, let next = ExamTimeLimit.nextLapse(profile, lapsed: lapsed, schedule: result.schedule, rules: rules) else {
        result.lapsed = lapsed
        return result
      }
      lapsed.append(next)
    }
  }

  /// Plans one cycle with the given voided passes: one build, one schedule. The January testing
  /// break is a start blackout on each USMLE exam, kept by the scheduler in both passes.
  static func planOnce(profile: Profile, cycle: CycleRules, rules: RulesPack, today: Day, file: String, lapsed: [LapsedPass]) throws(PlanningError) -> PlanResult {
    let first = try planOnce(profile: profile, cycle: cycle, rules: rules, today: today, file: file, lapsed: lapsed, seasonsTooLate: [:])
    // An earlier Pathways season chosen by its likely lead times that the scheduled plan still
    // misses (its documents land after the season closes) gives way to the next season
    // (issue 21, point 1; PathwaySeasonTests.earlierSeasonThePlanMissesGivesWay).
    guard let missed = missedSeason(first, matchYear: cycle.matchYear) else { return first }
    return try planOnce(profile: profile, cycle: cycle, rules: rules, today: today, file: file, lapsed: lapsed, seasonsTooLate: [missed.season: missed.lands])
  }

  /// The earlier season the plan applies to, when one of its Pathway tasks lands after its deadline.
  static func missedSeason(_ result: PlanResult, matchYear: Int) -> (season: Int, lands: Day)? {
    guard let season = result.pathwaySeason, season < matchYear else { return nil }
    let ids = [PathwayTask.pathwayApply, .pathwayDocuments, .pathwayMinicex, .oetResult].map(\.id)
    let late = ids.compactMap { result.schedule.task($0) }.filter { t in t.task.deadline.map { t.lastDay > $0 } ?? false }
    return late.map(\.lastDay).max().map { (season, $0) }
  }

  static func planOnce(profile: Profile, cycle: CycleRules, rules: RulesPack, today: Day, file: String, lapsed: [LapsedPass], seasonsTooLate: [Int: Day]) throws(PlanningError) -> PlanResult {
    let built = PathwayBuilder.build(profile: profile, cycle: cycle, rules: rules, today: today, lapsed: lapsed, seasonsTooLate: seasonsTooLate)
    if !built.profileErrors.isEmpty {
      throw .profile(DiagnosticError(built.profileErrors.map { Diagnostic(file: file, line: $0.line, column: 1, message: $0.message) }))
    }
    var graph = built.graph
    var schedule: Schedule
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
        throw .profile(DiagnosticError([Diagnostic(file: file, line: line, column: 1, message: "tasks: \(error.description)")]))
      }
      throw .schedule(error.description)
    }
    // One sitting a day: the exam that would share its day waits for the other to finish (a
    // link the dependency listings show). A link that cannot be scheduled is not kept.
    for _ in 0..<3 {
      guard let clash = OneExamADay.clash(in: schedule) else { break }
      var linked = graph
      linked.link(clash.keeps, clash.moves)
      guard let moved = try? Scheduler.schedule(linked, today: today) else { break }
      graph = linked
      schedule = moved
    }
    if let outOfRange = PlanBounds.check(schedule, profile: profile, file: file) { throw outOfRange }
    // An exam the break moved says so where its dates come from.
    for i in schedule.tasks.indices {
      guard case .blackout = schedule.tasks[i].driver else { continue }
      var provenance = schedule.tasks[i].task.provenance
      provenance.note = "no USMLE testing in the first \(rules.exam.januaryBlackoutDays.value) days of January"
      provenance.sources.append(rules.exam.januaryBlackoutDays.source)
      schedule.tasks[i].task.provenance = provenance
      if let g = graph.tasks.firstIndex(where: { $0.id == schedule.tasks[i].id }) { graph.tasks[g].provenance = provenance }
    }
    var result = PlanResult(matchYear: cycle.matchYear, cycle: cycle, rules: rules, today: today, schedule: schedule, assumptions: built.assumptions, findings: built.findings.sorted { ($0.severity, $0.code) < ($1.severity, $1.code) }, graph: graph)
    result.pathwaySeason = built.pathwaySeason
    // The passes this plan voids are known now, so the findings speak of them as the plan does.
    result.lapsed = lapsed
    result.capacity = StudyCapacity(profile: profile, today: today, rules: rules)
    // One set of findings: everything `planner check` reports is part of the plan, so the two
    // never disagree on whether this Match year is open.
    result.findings = EligibilityCheck.run(profile: profile, plan: result, today: today)
    return result
  }

  /// "Critical" in every output means on the chain to the deciding gate or to residency start,
  /// not on the least-float path of the whole graph (which is almost always the visa paperwork).
  /// The margin worked out for it is kept with the plan.
  static func markCriticalChains(_ result: inout PlanResult) {
    let margin = Margin(result)
    let chains = Set(margin.path + margin.postMatchPath)
    for i in result.schedule.tasks.indices {
      result.schedule.tasks[i].critical = chains.contains(result.schedule.tasks[i].id) && result.schedule.tasks[i].task.state != .done
    }
    result.knownMargin = MarginBox(margin)
  }

  /// Profile checks that need the plan's context: dates that make no sense together.
  static func validate(_ profile: Profile, rules: RulesPack, matchYear: Int?, file: String, today: Day) throws(PlanningError) {
    // Dates merged in from the journal have not been through the parser's range check.
    var problems = PlanBounds.profileDates(profile, file: file)
    if !problems.isEmpty { throw .profile(DiagnosticError(problems)) }
    func line(_ key: String) -> Int { profile.lines[key] ?? 1 }
    if let y = matchYear, let cycle = rules.cycle(y), let g = profile.graduation, g >= cycle.residencyStart.value {
      problems.append(Diagnostic(file: file, line: line("graduation"), column: 1, message: "graduation '\(g)' is on or after the \(y) residency start (\(cycle.residencyStart.value)); ECFMG certification needs the diploma first"))
    }
    for (exam, record) in profile.exams.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      for attempt in record.attempts where attempt.date > today && !profile.assumed.assumes(exam, attempt) {
        // At the attempt itself (issue 26, point 8), not at `exams:`.
        let key = ProfileParser.attemptKey(exam, attempt.date)
        problems.append(Diagnostic(file: file, line: profile.lines[key] ?? line("exams"), column: profile.columns[key] ?? 1, message: "exams.\(exam.rawValue): attempt dated '\(attempt.date)' is in the future (today is \(today)); use 'booked' for a future test"))
      }
      // A passed Step may be retaken only to meet a time limit: once the pass is over 7 years old.
      // OET Medicine is no Step: it may be sat again at any time, and is when an old pass falls
      // before the season's recency date (RecordRules.usmle; cycles.*.oet_taken_on_or_after).
      let months = rules.certification.examTimeLimitMonths.value
      for pass in record.attempts where pass.result == .pass && RecordRules.usmle.contains(exam) {
        if let retake = record.attempts.first(where: { $0.date > pass.date && $0.date <= pass.date.adding(months: months) }) {
          problems.append(Diagnostic(file: file, line: line("exams"), column: 1, message: "exams.\(exam.rawValue): an attempt after the pass of \(pass.date) (on \(retake.date)); a passed Step cannot be retaken, except to meet the \(months / 12)-year time limit once that pass is older than \(months / 12) years"))
          break
        }
      }
    }
    problems += attemptsAfterEligibilityEnded(profile, rules: rules, file: file)
    problems += pathwaySeasonProblems(profile, rules: rules, file: file, today: today)
    if !problems.isEmpty { throw .profile(DiagnosticError(problems)) }
  }

  /// `pathway.season` is honoured or refused, never ignored (issue 21, point 1): an application
  /// date outside the season it names, or a season closed before any application was made.
  /// The season's dates are `cycles.*.pathways_closes` (PathwaySeasonTests).
  static func pathwaySeasonProblems(_ profile: Profile, rules: RulesPack, file: String, today: Day) -> [Diagnostic] {
    guard let season = profile.pathwaySeason else { return [] }
    let at = (line: profile.lines["pathway.season"] ?? profile.lines["pathway"] ?? 1, column: profile.columns["pathway.season"] ?? 1)
    guard let closes = rules.cycle(season)?.pathwaysCloses else {
      return [Diagnostic(file: file, line: at.line, column: at.column, message: "pathway.season: '\(season)' has no Pathways (the \(season) Match used Step 2 CS); set the season you applied to, or remove the key")]
    }
    if let applied = profile.pathwayApplied {
      let previousClose = rules.cycle(season - 1)?.pathwaysCloses?.value
      if applied > closes.value || previousClose.map({ applied <= $0 }) == true {
        let key = "pathway.applied"
        return [Diagnostic(file: file, line: profile.lines[key] ?? at.line, column: profile.columns[key] ?? 1, message: "pathway.applied: '\(applied)' is not in the \(season) Pathways season (pathway.season), which \(previousClose.map { "opened after \($0) and " } ?? "")closes \(closes.value)\(closes.confidence.isEstimated ? " (estimated)" : ""); correct the date or the season")]
      }
    } else if profile.pathwayAccepted == nil && closes.value < today {
      return [Diagnostic(file: file, line: at.line, column: at.column, message: "pathway.season: the \(season) Pathways season closed \(closes.value) (today is \(today)) and the profile records no application to it; add pathway.applied, or remove pathway.season to let the planner choose an open season")]
    }
    return []
  }

  /// "Examinees who have attempted any USMLE Step four or more times and have not passed are
  /// ineligible to apply for USMLE Steps" (exam.attempt_limit, from exam.attempt_limit_from): the
  /// history `planner record` refuses is refused in a profile too — a pass or any sitting at any
  /// Step after the attempts ran out (issue 26, point 9; ImpossibleHistoryTests).
  static func attemptsAfterEligibilityEnded(_ profile: Profile, rules: RulesPack, file: String) -> [Diagnostic] {
    guard let ended = RecordRules.exhausted(profile, rules: rules) else { return [] }
    var problems: [Diagnostic] = []
    for exam in [Exam.step1, .step2ck, .step3] {
      for attempt in profile.record(exam).attempts where attempt.date > ended.on {
        let key = ProfileParser.attemptKey(exam, attempt.date)
        problems.append(Diagnostic(
          file: file, line: profile.lines[key] ?? profile.lines["exams"] ?? 1, column: profile.columns[key] ?? 1,
          message: "exams.\(exam.rawValue): an attempt on \(attempt.date) (\(attempt.result.rawValue)) after \(RecordRules.endedEligibility(ended, rules: rules)); correct the dates or results of the attempts (\(rules.exam.attemptLimit.source))"))
      }
    }
    return problems
  }
}
