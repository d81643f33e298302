public import PlannerCore

/// "What if this slips, or that exam is failed?": the plan re-made with the change, nothing recorded.
public struct WhatIf: Hashable, Sendable {
  public struct Slip: Hashable, Sendable {
    public var taskID: String
    /// Later (positive) or earlier (negative), in days, weeks or calendar months.
    public var offset: DayOffset
    public init(taskID: String, offset: DayOffset) {
      self.taskID = taskID
      self.offset = offset
    }
    public init(taskID: String, days: Int) { self.init(taskID: taskID, offset: DayOffset(days, .days)) }

    /// In words: "slips 21 days", "slips 1 month", "comes 10 days earlier".
    public var words: String {
      let n = abs(offset.amount)
      let unit = offset.unit == .months ? (n == 1 ? "month" : "months") : offset.unit == .weeks ? (n == 1 ? "week" : "weeks") : (n == 1 ? "day" : "days")
      return offset.amount < 0 ? "comes \(n) \(unit) earlier" : "slips \(n) \(unit)"
    }
  }

  public var slips: [Slip]
  /// Exams whose next sitting (booked or planned) fails.
  public var fails: [Exam]
  /// Exams booked (or re-booked) for a test date.
  public var bookings: [Exam: Day]

  public init(slips: [Slip] = [], fails: [Exam] = [], bookings: [Exam: Day] = [:]) {
    self.slips = slips
    self.fails = fails
    self.bookings = bookings
  }

  /// A task id as typed: an exam's bare name (`step2ck`) means its next sitting (`step2ck.exam`).
  public static func taskID(_ typed: String, in base: PlanResult) -> String {
    if base.schedule.task(typed) == nil, Exam(rawValue: typed.lowercased()) != nil { return typed.lowercased() + ".exam" }
    return typed
  }

  /// The scenario makes sense for this plan: the tasks exist and are still ahead, bookings obey
  /// the exam rules.
  public func check(against base: PlanResult, profile: Profile) throws(RecordError) {
    let s = base.schedule
    for slip in slips {
      guard let t = s.task(slip.taskID) else {
        let candidates = s.tasks.map(\.id) + Exam.allCases.map(\.rawValue)
        let hint = nearest(slip.taskID, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
        throw RecordError("--slip: unknown task '\(slip.taskID)'\(hint)", badInput: true)
      }
      if t.task.state == .done { throw RecordError("--slip: \(t.id) is already done (\(t.start)); only what is ahead can slip") }
      if slip.offset.amount == 0 { throw RecordError("--slip \(slip.taskID): a slip of 0 changes nothing; e.g. +21d, -1w, +1m") }
      let day = slip.offset.applied(to: t.start)
      if day < base.today { throw RecordError("--slip \(slip.taskID)=\(slip.offset): \(t.id) would start on \(day), before today (\(base.today))") }
    }
    for (exam, day) in bookings.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      let booked = profile.record(exam).booked
      let action: JournalEntry.Action = booked.map { $0 >= base.today ? .reschedule(exam, from: $0, to: day) : .book(exam, for: day) } ?? .book(exam, for: day)
      try RecordRules.check(action, profile: profile, rules: base.rules, today: base.today, taskIDs: [])
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
    for (exam, day) in bookings {
      var record = p.record(exam)
      record.booked = day
      p.exams[exam] = record
    }
    var failDays: [Exam: Day] = [:]
    var sittingPrep: [PlanTask] = []
    for exam in fails {
      guard let day = base.schedule.task("\(exam.rawValue).exam")?.start else { continue }
      failDays[exam] = day
      p = Journal.apply(.result(exam, .fail, on: day, score: nil), to: p)
      if let prep = Self.preparation(for: exam, sittingOn: day, in: base, attempt: p.record(exam).attempts.count, today: today) { sittingPrep.append(prep) }
    }
    let year = matchYear ?? base.matchYear
    let rules = base.rules
    guard let cycle = rules.cycle(year) else { throw .unsupportedYear(year, supported: rules.supportedYears) }
    var earliest: Int?
    if let first = PathwayPlanner.firstOpenYear(rules, today: today) {
      for y in first...rules.supportedYears.upperBound {
        guard let c = rules.cycle(y) else { continue }
        let r = try planCycle(p, c, rules: rules, failDays: failDays, sittingPrep: sittingPrep, today: today, file: file)
        if r.findings.contains(where: { $0.code == .attemptsExhausted }) { break }
        if r.feasible {
          earliest = y
          break
        }
      }
    }
    var result = try planCycle(p, cycle, rules: rules, failDays: failDays, sittingPrep: sittingPrep, today: today, file: file)
    result.earliestFeasibleMatchYear = earliest
    return result
  }

  /// The attempt-limit warnings `record` would print for the scenario's failures and bookings
  /// (a third failure makes the next attempt the last; booking the fourth says it is the last).
  public func attemptWarnings(profile: Profile, base: PlanResult) -> [String] {
    var p = profile
    var out: [String] = []
    for (exam, day) in bookings.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      out += RecordRules.warnings(.book(exam, for: day), profile: p, rules: base.rules)
    }
    for exam in fails {
      guard let day = base.schedule.task("\(exam.rawValue).exam")?.start else { continue }
      let action = JournalEntry.Action.result(exam, .fail, on: day, score: nil)
      out += RecordRules.warnings(action, profile: p, rules: base.rules)
      p = Journal.apply(action, to: p)
    }
    return out
  }

  /// A sitting that fails in the future is still studied for: the base plan's preparation for
  /// it, kept as a fixed block (`step1.prep.3`), so no other study is planned over it. Without
  /// it the applicant would look free until the failed exam, and failing would gain float.
  static func preparation(for exam: Exam, sittingOn day: Day, in base: PlanResult, attempt: Int, today: Day) -> PlanTask? {
    guard day > today, let prep = base.schedule.task(PathwayTasks.id(exam, .prep)), prep.task.state != .done, prep.task.duration > 0 else { return nil }
    let start = max(prep.start, today)
    guard prep.lastDay >= start, prep.lastDay < day else { return nil }
    var task = prep.task
    task.id = "\(PathwayTasks.id(exam, .prep)).\(attempt)"
    task.name += " (what if)"
    task.duration = prep.lastDay - start + 1
    task.fixedStart = start
    task.notBefore = nil
    task.deadline = nil
    task.target = nil
    task.state = .booked
    task.startBlackouts = []
    return task
  }

  func planCycle(_ profile: Profile, _ cycle: CycleRules, rules: RulesPack, failDays: [Exam: Day], sittingPrep: [PlanTask] = [], today: Day, file: String) throws(PlanningError) -> PlanResult {
    var result = try PathwayPlanner.planCycle(profile: profile, cycle: cycle, rules: rules, today: today, file: file)
    var graph = result.graph
    for task in sittingPrep where graph.task(task.id) == nil { graph.add(task) }
    func index(_ id: String) -> Int? { graph.tasks.firstIndex { $0.id == id } }
    for (exam, day) in failDays {
      // A failure is known only when the result is out: the retake's preparation waits for it.
      let known = day + profile.days(exam == .oet ? "oet_result" : "usmle_result", rules.leadTimes)
      for id in [PathwayTasks.id(exam, .prep), PathwayTasks.id(exam, .exam)] {
        guard let i = index(id), graph.tasks[i].fixedStart == nil else { continue }
        graph.tasks[i].notBefore = max(graph.tasks[i].notBefore ?? known, known)
      }
      if let i = graph.tasks.firstIndex(where: { PathwayTasks.pastSitting($0.id) == exam && $0.fixedStart == day }), day > today {
        graph.tasks[i].state = .booked
        graph.tasks[i].name += " (what if)"
      }
    }
    for slip in slips {
      guard let i = index(slip.taskID), let planned = result.schedule.task(slip.taskID)?.start else { continue }
      var day = slip.offset.applied(to: planned)
      if graph.tasks[i].provenance.categories.contains("exam") && !slip.taskID.hasPrefix("oet") { day = rules.exam.firstTestingDay(onOrAfter: day) }
      // Earlier than planned cannot be a lower bound: the task is pinned there, and the plan
      // says plainly when what comes before it cannot be ready in time.
      if graph.tasks[i].fixedStart != nil || slip.offset.amount < 0 {
        graph.tasks[i].fixedStart = day
      } else {
        graph.tasks[i].notBefore = day
      }
      graph.tasks[i].provenance.note = "what if: \(slip.words)"
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
  /// Parses `TASK=+21d`, `TASK=-10d`, `TASK=+2w`, `TASK=+1m`, `TASK=21`.
  public init?(argument: String) {
    let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, !parts[0].isEmpty, let offset = DayOffset(parts[1]) else { return nil }
    self.init(taskID: parts[0], offset: offset)
  }
}
