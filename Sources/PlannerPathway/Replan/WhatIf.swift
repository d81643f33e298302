public import PlannerCore
public import PlannerRules

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
      // An exam that slips is booked for the new day: the rules of `planner book` apply.
      if let exam = Self.nextSitting(slip.taskID), bookings[exam] == nil {
        let booked = exam == .oet ? day : base.rules.exam.firstTestingDay(onOrAfter: day)
        let current = profile.record(exam).booked
        let action: JournalEntry.Action = current.map { $0 >= base.today ? .reschedule(exam, from: $0, to: booked) : .book(exam, for: booked) } ?? .book(exam, for: booked)
        try RecordRules.check(action, profile: profile, rules: base.rules, today: base.today, taskIDs: [])
      }
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

  /// Plans `matchYear` (the base plan's year when nil) for the applicant with the scenario
  /// applied (`applied(to:base:today:)`), through the same `PathwayPlanner.plan` as any profile:
  /// the answer is the plan of the modified applicant, earliest feasible year included.
  /// `base` is the plan without the scenario.
  public func plan(profile: Profile, base: PlanResult, matchYear: Int?, today: Day, file: String = "profile") throws(PlanningError) -> PlanResult {
    try PathwayPlanner.plan(profile: applied(to: profile, base: base, today: today), rules: base.rules, matchYear: matchYear ?? base.matchYear, today: today, file: file)
  }

  /// The applicant the scenario describes: bookings and failures as the journal would record
  /// them, and what only a scenario can say (a task held back or pinned, the study for a failed
  /// future sitting) in `Profile.assumed`. Dates come from `base`, the plan without the scenario.
  public func applied(to profile: Profile, base: PlanResult, today: Day) -> Profile {
    var p = profile
    for (exam, day) in bookings {
      var record = p.record(exam)
      record.booked = day
      p.exams[exam] = record
    }
    for exam in fails {
      guard let day = base.schedule.task("\(exam.rawValue).exam")?.start else { continue }
      p = Journal.apply(.result(exam, .fail, on: day, score: nil), to: p)
      if day >= today { p.assumed.failures[exam] = day }
      if let prep = Self.preparation(for: exam, sittingOn: day, in: base, attempt: p.record(exam).attempts.count, today: today) { p.assumed.keptStudy.append(prep) }
    }
    let rules = base.rules
    for slip in slips {
      guard let planned = base.schedule.task(slip.taskID) else { continue }
      var day = slip.offset.applied(to: planned.start)
      if planned.task.kind.contains(.exam) && !slip.taskID.hasPrefix("oet") { day = rules.exam.firstTestingDay(onOrAfter: day) }
      // An exam's next sitting that slips is the same exam booked for the later (or earlier)
      // day: the applicant who reschedules, planned as `planner book` would record it
      // (ConsistencyTests.whatIfEqualsPlanningTheChangedApplicant).
      if let exam = Self.nextSitting(slip.taskID), bookings[exam] == nil {
        var record = p.record(exam)
        record.booked = day
        p.exams[exam] = record
        p.assumed.notes[slip.taskID] = "what if: \(slip.words)"
        continue
      }
      // Earlier than planned cannot be a lower bound: the task is pinned there, and the plan
      // says plainly when what comes before it cannot be ready in time.
      if planned.task.fixedStart != nil || slip.offset.amount < 0 {
        p.assumed.startOn[slip.taskID] = day
      } else {
        p.assumed.startNoEarlierThan[slip.taskID] = day
      }
      p.assumed.notes[slip.taskID] = "what if: \(slip.words)"
    }
    return p
  }

  /// With a Step 3 failure on the H-1B track, the same scenario on the J-1 route (ECFMG
  /// sponsorship needs no Step 3), so `what-if --fail step3` shows both routes' verdicts (issue
  /// 21, point 4; `H1BRouteCheck`); nil for any other scenario. `base` is the H-1B plan.
  public func j1Alternative(profile: Profile, base: PlanResult, matchYear: Int?, today: Day, file: String = "profile") throws(PlanningError) -> PlanResult? {
    guard profile.visa == .h1b, fails.contains(.step3) else { return nil }
    var j1 = applied(to: profile, base: base, today: today)
    j1.visa = .j1
    return try PathwayPlanner.plan(profile: j1, rules: base.rules, matchYear: matchYear ?? base.matchYear, today: today, file: file)
  }

  /// The exam whose next sitting `id` is (`step2ck.exam`), nil for any other task.
  public static func nextSitting(_ id: String) -> Exam? {
    guard id.hasSuffix(".exam") else { return nil }
    return Exam(rawValue: String(id.dropLast(".exam".count)))
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
}

extension WhatIf.Slip {
  /// Parses `TASK=+21d`, `TASK=-10d`, `TASK=+2w`, `TASK=+1m`, `TASK=21`.
  public init?(argument: String) {
    let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, !parts[0].isEmpty, let offset = DayOffset(parts[1]) else { return nil }
    self.init(taskID: parts[0], offset: offset)
  }
}
