public import PlannerCore
public import PlannerRules

/// A record the rules refuse, in one plain line (nothing is written). `badInput` marks a name
/// planner does not know (a typo), as opposed to a true fact the exam rules forbid.
public struct RecordError: Error, Hashable, Sendable, CustomStringConvertible {
  public var description: String
  public var badInput: Bool
  public init(_ description: String, badInput: Bool = false) {
    self.description = description
    self.badInput = badInput
  }
}

/// Checks a new record against the attempt rules and what is already known, before it is written.
public enum RecordRules {
  static let usmle: Set<Exam> = [.step1, .step2ck, .step3]

  /// - Parameters:
  ///   - profile: the profile with the journal so far merged in.
  ///   - taskIDs: the ids of the current plan, for `done` records.
  public static func check(_ action: JournalEntry.Action, profile: Profile, rules: RulesPack, today: Day, taskIDs: Set<String>) throws(RecordError) {
    switch action {
    case .result(let exam, let result, let day, let score):
      try checkResult(exam, result, day, score, profile: profile, rules: rules, today: today)
    case .done(let id, let day):
      // `planner next` suggests the planned last day "when done": said early, this is the answer.
      if day > today { throw RecordError("\(id) done on \(day) is in the future (today is \(today)); record it once it is done, with the day it was done (--date today)") }
      let chain = PathwayTasks.task(id)?.chain
      if let exam = PathwayTasks.pastSitting(id) ?? chain.flatMap({ $0.part == .exam || $0.part == .result ? $0.exam : nil }) {
        throw RecordError("\(id) is an exam: record it with `planner record \(exam.rawValue) pass|fail|incomplete --date D`")
      }
      guard taskIDs.contains(id) else {
        let hint = nearest(id, in: taskIDs.sorted()).map { "; did you mean '\($0)'?" } ?? ""
        throw RecordError("unknown task '\(id)'\(hint) (`planner plan --format table` lists the task ids)", badInput: true)
      }
      try checkCalendarDay(id, day, rules: rules)
    case .book(let exam, let day):
      if let booked = profile.record(exam).booked, booked >= today {
        throw RecordError("\(exam.title) is already booked for \(booked); use `planner reschedule \(exam.rawValue) --date \(day)` to move it")
      }
      try checkBooking(exam, day, profile: profile, rules: rules, today: today)
    case .reschedule(let exam, let from, let to):
      guard let booked = profile.record(exam).booked, booked == from else {
        throw RecordError("\(exam.title) is not booked, so there is nothing to move; use `planner book \(exam.rawValue) --date \(to)`")
      }
      if to == from { throw RecordError("\(exam.title) is already booked for \(to)") }
      try checkBooking(exam, to, profile: profile, rules: rules, today: today)
    case .lead(let key, let days):
      guard rules.leadTimes.keys.contains(key) else {
        let hint = nearest(key, in: rules.leadTimes.keys).map { "; did you mean '\($0)'?" } ?? ""
        throw RecordError("unknown lead time '\(key)'\(hint) (`planner rules` lists the keys)", badInput: true)
      }
      guard (0...730).contains(days) else { throw RecordError("lead time \(key): \(days) days is outside 0–730") }
    case .undo:
      break
    }
  }

  static func checkResult(_ exam: Exam, _ result: Attempt.Result, _ day: Day, _ score: Int?, profile: Profile, rules: RulesPack, today: Day) throws(RecordError) {
    let title = exam.title
    if day > today {
      throw RecordError("\(title) \(result.rawValue) dated \(day) is in the future (today is \(today)); for a test you have booked use `planner book \(exam.rawValue) --date \(day)`")
    }
    let record = profile.record(exam)
    if record.attempts.contains(where: { $0.date == day && $0.result != .pending }) {
      throw RecordError("\(title) already has a result recorded for \(day) (`planner history` lists it; `planner undo` takes the last record back)")
    }
    if exam == .step1, score != nil, day >= rules.exam.step1PassFailFrom.value {
      throw RecordError("Step 1 is pass/fail since \(rules.exam.step1PassFailFrom.value): there is no score to record for \(day)")
    }
    if exam == .step2ck, let score, let passing = rules.exam.step2ckPassingScore(on: day)?.value {
      if result == .pass && score < passing {
        throw RecordError("a Step 2 CK score of \(score) on \(day) is below the passing score for that test date (\(passing)), so it cannot be a pass; record it as a fail")
      }
      if result == .fail && score >= passing {
        throw RecordError("a Step 2 CK score of \(score) on \(day) meets the passing score for that test date (\(passing)); record it as a pass")
      }
    }
    guard usmle.contains(exam) else { return }
    if let used = exhausted(profile, rules: rules), used.exam != exam, day > used.on {
      throw RecordError(endedEligibility(used, rules: rules) + ", so there can be no \(title) result on \(day)")
    }
    if let passed = record.passed, !outlived(passed.date, by: day, rules: rules) {
      throw RecordError("\(title) was already passed on \(passed.date); a passed Step cannot be retaken (except to meet the time limit once that pass is over \(rules.certification.examTimeLimitMonths.value / 12) years old), so there is no new result to record")
    }
    let earlier = record.attempts.filter { $0.date < day && $0.result != .pending }.map(\.date)
    try checkSpacing(exam, day, earlier: earlier, rules: rules)
    try checkLaterAttempts(exam, result, day, record: record, rules: rules)
    if exam == .step3 { try checkStep3Prerequisites(day, profile: profile) }
  }

  /// A result dated before attempts already recorded must leave them possible: a pass cannot
  /// come before another attempt at that Step, and the later attempts must still obey the
  /// spacing rules with this one among them (else the journal would hold a history the rules
  /// forbid, and the next load would refuse the journal instead of this record).
  static func checkLaterAttempts(_ exam: Exam, _ result: Attempt.Result, _ day: Day, record: ExamRecord, rules: RulesPack) throws(RecordError) {
    let others = record.attempts.filter { $0.result != .pending && $0.date != day }.map(\.date).sorted()
    let later = others.filter { $0 > day }
    if result == .pass, let next = later.first, !outlived(day, by: next, rules: rules) {
      throw RecordError("\(exam.title) has an attempt recorded on \(next), after \(day); a passed Step cannot be retaken, so it cannot have been passed on \(day) (`planner history` lists the records)")
    }
    for sitting in later {
      let before = others.filter { $0 < sitting }
      // Only what this record would break: a history that was already odd is not its fault.
      guard let allowed = rules.exam.earliestNextAttempt(after: before), allowed <= sitting else { continue }
      let withThis = (before + [day]).sorted()
      if let earliest = rules.exam.earliestNextAttempt(after: withThis), earliest <= sitting { continue }
      throw RecordError("with an attempt on \(day), the \(exam.title) attempt recorded on \(sitting) would be attempt \(withThis.count + 1), sooner than the attempt rules allow (\(rules.exam.spacingSummary()))")
    }
  }

  /// Step 3 is open only to those who passed Step 1 and Step 2 CK (and, as an IMG, hold the
  /// ECFMG certificate): FACTS §2 "Step 3 eligibility (IMG)".
  static func checkStep3Prerequisites(_ day: Day, profile: Profile) throws(RecordError) {
    for prior in [Exam.step1, .step2ck] {
      guard let pass = profile.record(prior).passed, pass.date < day else {
        throw RecordError("Step 3 is open only after Step 1 and Step 2 CK are passed, and \(prior.title) has no pass recorded before \(day); record that pass first (`planner record \(prior.rawValue) pass --date D`)")
      }
    }
    if let certificate = profile.done[PathwayTask.ecfmgCertificate.id], certificate >= day {
      throw RecordError("Step 3 is taken after the ECFMG certificate is issued, and yours is recorded on \(certificate), not before \(day)")
    }
  }

  /// A task recorded done on `day` cannot come before something it waits for that is recorded
  /// done later (a document, or an exam's pass): the first such prerequisite, walking the plan's
  /// links back. Only recorded dates count; what the plan infers as done has no date to compare.
  public static func laterPrerequisite(of id: String, on day: Day, graph: TaskGraph, profile: Profile) -> (id: String, day: Day)? {
    var predecessors: [String: [String]] = [:]
    for dep in graph.dependencies { predecessors[dep.successor, default: []].append(dep.predecessor) }
    func recorded(_ task: String) -> Day? {
      if let done = profile.done[task] { return done }
      let parts = task.split(separator: ".")
      guard parts.count == 2, parts[1] == "exam" || parts[1] == "result", let exam = Exam(rawValue: String(parts[0])) else { return nil }
      return profile.record(exam).passed?.date
    }
    var seen: Set<String> = [id]
    var queue = predecessors[id] ?? []
    while let next = queue.first {
      queue.removeFirst()
      guard seen.insert(next).inserted else { continue }
      if let when = recorded(next), when > day { return (next, when) }
      queue += predecessors[next] ?? []
    }
    return nil
  }

  /// Match Day and the residency start are dates of a Match cycle, not days the applicant picks.
  static func checkCalendarDay(_ id: String, _ day: Day, rules: RulesPack) throws(RecordError) {
    let dates: [(year: Int, day: Day)]
    switch id {
    case PathwayTask.matchDay.id: dates = rules.supportedYears.compactMap { y in rules.cycle(y).map { (y, $0.matchDay.value) } }
    case PathwayTask.residencyStart.id: dates = rules.supportedYears.compactMap { y in rules.cycle(y).map { (y, $0.residencyStart.value) } }
    default: return
    }
    guard !dates.contains(where: { $0.day == day }) else { return }
    let what = id == PathwayTask.matchDay.id ? "Match Day" : "the residency start"
    let near = dates.filter { $0.day <= day }.last ?? dates.first
    throw RecordError("\(id) done on \(day): \(what) is a date of the Match cycle, not one you choose" + (near.map { "; the \($0.year) Match's is \($0.day)" } ?? ""))
  }

  static func checkBooking(_ exam: Exam, _ day: Day, profile: Profile, rules: RulesPack, today: Day) throws(RecordError) {
    let title = exam.title
    if day < today {
      throw RecordError("\(title) on \(day) is in the past (today is \(today)); record how it went with `planner record \(exam.rawValue) pass|fail --date \(day)`")
    }
    let record = profile.record(exam)
    if exam == .oet {
      if let passed = rules.certification.oetPass(record), let recency = rules.cycle(profile.match ?? day.year + 2)?.oetTakenOnOrAfter, passed.date >= recency.value {
        throw RecordError("OET Medicine was already passed on \(passed.date); no new sitting is needed")
      }
      return
    }
    if let used = exhausted(profile, rules: rules), used.exam != exam {
      throw RecordError(endedEligibility(used, rules: rules) + ", so \(title) cannot be booked")
    }
    if let passed = record.passed, !outlived(passed.date, by: day, rules: rules) {
      throw RecordError("\(title) was already passed on \(passed.date); a passed Step cannot be retaken (except to meet the time limit once that pass is over \(rules.certification.examTimeLimitMonths.value / 12) years old)")
    }
    if rules.exam.firstTestingDay(onOrAfter: day) != day {
      throw RecordError("\(title) on \(day): there is no USMLE testing in the first \(rules.exam.januaryBlackoutDays.value) days of January; the first testing day is \(rules.exam.firstTestingDay(onOrAfter: day))")
    }
    try checkSpacing(exam, day, earlier: record.attempts.filter { $0.result != .pending }.map(\.date), rules: rules)
  }

  /// The Step whose attempts ran out without a pass, and the day eligibility for every Step
  /// ended: the attempt that used the last one, or the day the limit took effect if later.
  /// "Examinees who have attempted any USMLE Step … four or more times and have not passed are
  /// ineligible to apply for USMLE Steps" (usmle.org attempt limit).
  static func exhausted(_ profile: Profile, rules: RulesPack) -> (exam: Exam, on: Day)? {
    // The first `limit` sittings at a Step without a pass among them; a pass recorded after
    // them is an impossible history (PathwayPlanner.attemptsAfterEligibilityEnded refuses it).
    let limit = rules.exam.attemptLimit.value
    var ended: (exam: Exam, on: Day)?
    for exam in [Exam.step1, .step2ck, .step3] {
      let taken = profile.record(exam).attempts.filter { $0.result != .pending }.sorted { $0.date < $1.date }
      guard taken.count >= limit, !taken.prefix(limit).contains(where: { $0.result == .pass }) else { continue }
      let on = max(taken[limit - 1].date, rules.exam.attemptLimitFrom.value)
      if ended.map({ on < $0.on }) ?? true { ended = (exam, on) }
    }
    return ended
  }

  static func endedEligibility(_ used: (exam: Exam, on: Day), rules: RulesPack) -> String {
    "\(used.exam.title): all \(rules.exam.attemptLimit.value) attempts were used without a pass, which ends eligibility for every USMLE Step from \(used.on)"
  }

  /// A pass older than the exam time limit on `day` may be retaken (the plan schedules it).
  static func outlived(_ pass: Day, by day: Day, rules: RulesPack) -> Bool {
    day > pass.adding(months: rules.certification.examTimeLimitMonths.value)
  }

  /// The USMLE attempt limit and spacing rules, for a sitting on `day` after `earlier` ones.
  static func checkSpacing(_ exam: Exam, _ day: Day, earlier: [Day], rules: RulesPack) throws(RecordError) {
    guard let earliest = rules.exam.earliestNextAttempt(after: earlier) else {
      throw RecordError("\(exam.title): all \(rules.exam.attemptLimit.value) attempts are used (\(earlier.sorted().map(\.description).joined(separator: ", "))), so another attempt is not allowed and ECFMG certification is no longer possible")
    }
    if day < earliest {
      throw RecordError("\(exam.title) attempt \(earlier.count + 1) on \(day) is sooner than the attempt rules allow: no earlier than \(earliest) (\(rules.exam.spacingSummary()))")
    }
  }
}

extension RecordRules {
  /// Warnings a valid record still deserves: the next attempt at a Step being the last one.
  public static func warnings(_ action: JournalEntry.Action, profile: Profile, rules: RulesPack) -> [String] {
    let limit = rules.exam.attemptLimit.value
    let ends = "a \(ordinal(limit)) failure ends your eligibility for every USMLE Step, and with it ECFMG certification"
    switch action {
    case .result(let exam, let result, _, _) where usmle.contains(exam) && result != .pass:
      let used = profile.record(exam).attempts.filter { $0.result != .pending }.count + 1
      guard used == limit - 1 else { return [] }
      return ["warning: \(exam.title): \(used) of \(limit) attempts used; the next is the last one allowed: \(ends) [\(rules.exam.attemptLimit.source)]"]
    case .book(let exam, let day), .reschedule(let exam, _, let day):
      guard usmle.contains(exam), profile.record(exam).attempts.filter({ $0.result != .pending }).count + 1 == limit else { return [] }
      return ["warning: \(exam.title) on \(day) is attempt \(limit), the last one allowed: \(ends) [\(rules.exam.attemptLimit.source)]"]
    default:
      return []
    }
  }

  /// Task ids whose length is a lead time, so `planner record visa.j1.son takes --days 90` works.
  static let leadKeyByTask = [
    "visa.j1.son": "statement_of_need", "credentials.verify": "credentials", "credentials.translations": "translations",
    "pathway.review": "pathway_review", "pathway.minicex": "minicex", "visa.j1.review": "j1_review",
    "visa.j1.contract": "j1_contract", "visa.j1.interview": "consular", "eras.letters": "letters", "eras.mspe": "mspe",
    "eras.transcript": "transcript", "eras.token": "eras_token", "eras.documents": "eras_documents",
    "visa.h1b.processing": "h1b_processing", "ecfmg.certificate": "certificate_issue", "visa.h1b.stamping": "h1b_stamping",
  ]

  /// The lead-time key for a key or a task id, nil when neither.
  public static func leadKey(for subject: String, rules: RulesPack) -> String? {
    rules.leadTimes.keys.contains(subject) ? subject : leadKeyByTask[subject]
  }

  /// "; did you mean 'x'?" for a near word, or "".
  public static func hint(_ word: String, in candidates: [String]) -> String {
    nearest(word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }
}
