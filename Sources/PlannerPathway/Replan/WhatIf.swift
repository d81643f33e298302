public import PlannerCore

/// "What if this slips, or that exam is failed?": the plan re-made with the change, nothing recorded.
public struct WhatIf: Hashable, Sendable {
  public struct Slip: Hashable, Sendable {
    public var taskID: String
    public var days: Int
    public init(taskID: String, days: Int) {
      self.taskID = taskID
      self.days = days
    }
  }

  public var slips: [Slip]
  /// Exams whose next sitting (booked or planned) fails.
  public var fails: [Exam]

  public init(slips: [Slip] = [], fails: [Exam] = []) {
    self.slips = slips
    self.fails = fails
  }

  /// The scenario makes sense for this plan: the tasks exist and are still ahead.
  public func check(against base: PlanResult) throws(RecordError) {
    let s = base.schedule
    for slip in slips {
      guard let t = s.task(slip.taskID) else {
        let hint = nearest(slip.taskID, in: s.tasks.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
        throw RecordError("--slip: unknown task '\(slip.taskID)'\(hint)")
      }
      if t.task.state == .done { throw RecordError("--slip: \(t.id) is already done (\(t.start)); only what is ahead can slip") }
      if slip.days <= 0 { throw RecordError("--slip \(slip.taskID): the slip must be a positive number of days, e.g. +21d") }
    }
    for exam in fails {
      guard let t = s.task("\(exam.rawValue).exam"), t.task.state != .done else {
        throw RecordError("--fail \(exam.rawValue): \(exam.title) has no sitting ahead in this plan (already passed or taken)")
      }
    }
  }

  /// Plans `matchYear` (the base plan's year when nil) with the scenario applied, searching the
  /// earliest feasible year under the same scenario. `base` is the plan without it.
  public func plan(profile: Profile, base: PlanResult, matchYear: Int?, today: Day, file: String = "profile") throws(PlanningError) -> PlanResult {
    var p = profile
    var failDays: [Exam: Day] = [:]
    for exam in fails {
      guard let day = base.schedule.task("\(exam.rawValue).exam")?.start else { continue }
      failDays[exam] = day
      p = Journal.apply(.result(exam, .fail, on: day, score: nil), to: p)
    }
    let year = matchYear ?? base.matchYear
    let rules = base.rules
    guard let cycle = rules.cycle(year) else { throw .unsupportedYear(year, supported: rules.supportedYears) }
    var earliest: Int?
    if let first = PathwayPlanner.firstOpenYear(rules, today: today) {
      for y in first...rules.supportedYears.upperBound {
        guard let c = rules.cycle(y) else { continue }
        let r = try planCycle(p, c, rules: rules, failDays: failDays, today: today, file: file)
        if r.findings.contains(where: { $0.code == "attempts.exhausted" }) { break }
        if r.feasible {
          earliest = y
          break
        }
      }
    }
    var result = try planCycle(p, cycle, rules: rules, failDays: failDays, today: today, file: file)
    result.earliestFeasibleMatchYear = earliest
    return result
  }

  func planCycle(_ profile: Profile, _ cycle: CycleRules, rules: RulesPack, failDays: [Exam: Day], today: Day, file: String) throws(PlanningError) -> PlanResult {
    var result = try PathwayPlanner.planCycle(profile: profile, cycle: cycle, rules: rules, today: today, file: file)
    var graph = result.graph
    func index(_ id: String) -> Int? { graph.tasks.firstIndex { $0.id == id } }
    for (exam, day) in failDays {
      let key = exam.rawValue
      // A failure is known only when the result is out: the retake's preparation waits for it.
      let known = day + profile.days(exam == .oet ? "oet_result" : "usmle_result", rules.leadTimes)
      for id in ["\(key).prep", "\(key).exam"] {
        guard let i = index(id), graph.tasks[i].fixedStart == nil else { continue }
        graph.tasks[i].notBefore = max(graph.tasks[i].notBefore ?? known, known)
      }
      if let i = graph.tasks.firstIndex(where: { $0.id.hasPrefix("\(key).exam.") && $0.fixedStart == day }), day > today {
        graph.tasks[i].state = .booked
        graph.tasks[i].name += " (what if)"
      }
    }
    for slip in slips {
      guard let i = index(slip.taskID), let planned = result.schedule.task(slip.taskID)?.start else { continue }
      var day = planned + slip.days
      if graph.tasks[i].provenance.categories.contains("exam") && !slip.taskID.hasPrefix("oet") { day = rules.exam.firstTestingDay(onOrAfter: day) }
      if graph.tasks[i].fixedStart != nil {
        graph.tasks[i].fixedStart = day
      } else {
        graph.tasks[i].notBefore = day
      }
      graph.tasks[i].provenance.note = "what if: slips \(Explain.days(slip.days))"
    }
    do {
      result.schedule = try Scheduler.schedule(graph, today: today)
    } catch {
      throw .schedule(error.description)
    }
    result.graph = graph
    return result
  }
}

extension WhatIf.Slip {
  /// Parses `TASK=+21d` (also `+3w`, `21`).
  public init?(argument: String) {
    let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, !parts[0].isEmpty else { return nil }
    var amount = Substring(parts[1])
    if amount.hasPrefix("+") { amount = amount.dropFirst() }
    var unit = 1
    if amount.hasSuffix("d") {
      amount = amount.dropLast()
    } else if amount.hasSuffix("w") {
      amount = amount.dropLast()
      unit = 7
    }
    guard let n = Int(amount), n > 0, n <= 3650 else { return nil }
    self.init(taskID: parts[0], days: n * unit)
  }
}
