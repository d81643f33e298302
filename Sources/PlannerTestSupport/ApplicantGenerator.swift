public import PlannerCore

/// Seeded applicants for the consistency suite of issue 20 (`ConsistencyTests`): profile text, an
/// optional journal and the day they plan on, across the stages an advisor's caseload holds — a
/// fresh graduate, Step 1 passed, Step 2 CK booked, failures and retakes, passes near or past the
/// seven-year exam time limit, a legacy Step 2 CS pass, OET and Pathways, J-1 and H-1B, bookings,
/// done tasks with and without dates — on days from 2026-12 to 2027-12.
///
/// Every history keeps the attempt rules of `docs`' FACTS §9 (the `exam_rules` of the pack): at
/// most four attempts at a Step, at most three in twelve months, the fourth at least twelve months
/// after the first and six after the latest. The same seed gives the same applicants everywhere
/// (`SplitMix64`, the one generator of `PlannerCore/Random`).
public struct ApplicantGenerator {
  /// One generated applicant.
  public struct Applicant: Sendable, CustomStringConvertible {
    public var index: Int
    public var stage: Stage
    /// The profile, as `planner init` users write it.
    public var profile: String
    /// What `planner record` would have kept beside it (nil: no journal).
    public var journal: String?
    public var today: Day
    /// A file name that says which applicant this is: "a042-retakes.yaml".
    public var fileName: String { "a\(index < 10 ? "00" : index < 100 ? "0" : "")\(index)-\(stage.rawValue).yaml" }
    public var description: String { "\(fileName) today \(today)" }
  }

  public enum Stage: String, Sendable, CaseIterable {
    case freshGraduate = "fresh"
    case step1Passed = "step1-passed"
    case step2CKBooked = "step2ck-booked"
    case retakes
    case attemptsUsedUp = "attempts-used-up"
    case timeLimit = "time-limit"
    case legacyCS = "legacy-cs"
    case pathwayStage = "pathway"
    case examsDone = "exams-done"
  }

  /// Days the suite plans on: several fixed ones (the contradictions of issue 20 were seen on
  /// 2026-12-07, 2027-02-21 and 2027-03-10) and the rest drawn from 2026-12 to 2027-12.
  public static let fixedTodays: [Day] = ["2026-12-07", "2027-02-21", "2027-03-10", "2027-06-15", "2027-09-01", "2027-12-01"].compactMap(Day.init(iso:))

  var random: SplitMix64

  public init(seed: UInt64) { random = SplitMix64(seed: seed) }

  /// `count` applicants, the stages in turn so every stage is there in any prefix.
  public mutating func applicants(_ count: Int) -> [Applicant] {
    (0..<count).map { next(index: $0, stage: Stage.allCases[$0 % Stage.allCases.count]) }
  }

  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
  mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }
  mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }

  /// Past sittings of one Step ending `lastBefore` or earlier, spaced within the attempt rules.
  /// - Parameter results: the results in order ("fail", "fail", "pass").
  mutating func sittings(_ results: [String], lastBefore: Day) -> [(Day, String)] {
    // Gaps between sittings: 60–150 days, and the fourth at least 12 months after the first and
    // 6 after the third (FACTS §9); three sittings then always fall inside twelve months or not,
    // both of which the rules allow.
    var gaps: [Int] = results.dropFirst().map { _ in int(60...150) }
    if results.count == 4 {
      let firstThree = gaps[0] + gaps[1]
      gaps[2] = max(gaps[2], 183, 366 - firstThree)
    }
    let span = gaps.reduce(0, +)
    var day = lastBefore - int(7...200) - span
    var out: [(Day, String)] = [(day, results[0])]
    for (gap, result) in zip(gaps, results.dropFirst()) {
      day = day + gap
      out.append((day, result))
    }
    return out
  }

  /// No USMLE testing in the first 14 days of January (the pack's January testing break).
  static func testingDay(_ day: Day) -> Day {
    day.month == 1 && day.day <= 14 ? Day(year: day.year, month: 1, day: 15) ?? day : day
  }

  static func attempts(_ list: [(Day, String)], indent: String = "    ") -> [String] {
    [indent + "attempts:"] + list.map { "\(indent)  - {date: \($0.0), result: \($0.1)}" }
  }

  public mutating func next(index: Int, stage: Stage) -> Applicant {
    let today = index % 3 == 0 ? pick(Self.fixedTodays) : (Day(iso: "2026-12-01") ?? Day(ordinal: 0)) + int(0...395)
    var lines = ["name: Applicant \(index) (\(stage.rawValue))", "id: applicant-\(index)"]
    let visa = pick(["j1", "j1", "j1", "h1b", "h1b", "none"])
    lines.append("visa: \(visa)")
    var graduation = today - int(30...2_400)
    if stage == .freshGraduate && chance(0.4) { graduation = today + int(1...240) }
    if stage == .timeLimit || stage == .legacyCS { graduation = today - int(2_600...3_400) }
    // A Match year whose residency starts (July 1) after graduation: the parser refuses others.
    if let match = pick([nil, nil, 2027, 2028, 2028, 2029] as [Int?]), match >= today.year, graduation < Day(year: match, month: 7, day: 1) ?? graduation {
      lines.append("match: \(match)")
    }
    lines.append("graduation: \(graduation)")
    if chance(0.2) { lines.append("documents_in_english: false") }
    if chance(0.1) { lines.append("specialty: \(pick(["emergency medicine", "internal medicine", "family medicine", "pediatrics"]))") }
    var exams: [String] = ["exams:"]
    var journal: [String] = []
    var passedDays: [Day] = []
    var oetPassed = false
    var csPass: Day?

    func study(_ exam: String, _ weeks: [Int]) -> String { "    study_weeks: \(pick(weeks))" }
    switch stage {
    case .freshGraduate:
      exams += ["  step1:", study("step1", [8, 12, 16, 20, 26])]
      if chance(0.5) { exams += ["  step2ck:", study("step2ck", [8, 10, 12, 16])] }
    case .step1Passed:
      let pass = today - int(20...900)
      passedDays.append(pass)
      exams += ["  step1:"] + Self.attempts([(pass, "pass")]) + ["  step2ck:", study("step2ck", [8, 10, 12, 16])]
    case .step2CKBooked:
      let pass = today - int(60...1_000)
      passedDays.append(pass)
      exams += ["  step1:"] + Self.attempts([(pass, "pass")])
      // Mostly ahead; sometimes passed with nothing recorded (overdue), or recorded in the journal.
      let booked = Self.testingDay(chance(0.8) ? today + int(3...330) : today - int(1...40))
      exams += ["  step2ck:", "    booked: \(booked)"]
      if booked < today && chance(0.6) {
        let result = pick(["pass", "fail", "pass"])
        journal.append("\(today - int(0...(today - booked))) result step2ck \(result) on \(booked)")
      }
    case .retakes:
      let failures = int(1...3)
      let passes = chance(0.6)
      let results = Array(repeating: "fail", count: failures) + (passes ? ["pass"] : [])
      if chance(0.5) {
        let list = sittings(results, lastBefore: today)
        exams += ["  step1:"] + Self.attempts(list)
        if passes { passedDays.append(list.last!.0) } else { exams.append(study("step1", [8, 12])) }
        if passes { exams += ["  step2ck:", study("step2ck", [8, 12])] }
        if !passes && chance(0.4) { exams.append("    booked: \(Self.testingDay(today + int(30...200)))") }
      } else {
        let s1 = today - int(500...1_500)
        passedDays.append(s1)
        let list = sittings(results, lastBefore: today)
        exams += ["  step1:"] + Self.attempts([(min(s1, list[0].0 - 30), "pass")])
        exams += ["  step2ck:"] + Self.attempts(list)
        if passes { passedDays.append(list.last!.0) } else { exams.append(study("step2ck", [8, 12])) }
      }
    case .attemptsUsedUp:
      exams += ["  step1:"] + Self.attempts(sittings(["fail", "fail", "fail", "fail"], lastBefore: today))
    case .timeLimit:
      // The seven-year limit runs from the first pass: it ends from a year before today to a
      // year and a half after, with Step 2 CK still to pass (booked, studied for, or failed).
      let first = Day(year: today.year - 7, month: today.month, day: min(today.day, 28)) ?? today
      let pass = first + int(-365...540)
      passedDays.append(pass)
      exams += ["  step1:"] + Self.attempts([(pass, "pass")]) + ["  step2ck:"]
      switch int(0...2) {
      case 0: exams.append(study("step2ck", [8, 12, 16]))
      case 1: exams += [study("step2ck", [10]), "    booked: \(Self.testingDay(today + int(20...250)))"]
      default: exams += Self.attempts(sittings(["fail"], lastBefore: today)) + [study("step2ck", [8, 12])]
      }
    case .legacyCS:
      // Step 2 CS testing stopped in March 2020 (the pack's `step2cs` notes): a pass is dated by then.
      let s1 = Day(iso: "2018-03-01")! + int(0...600)
      passedDays.append(s1)
      csPass = min(s1 + int(60...400), Day(iso: "2020-03-31")!)
      exams += ["  step1:"] + Self.attempts([(s1, "pass")]) + ["  step2ck:"]
      if chance(0.6) {
        let ck = s1 + int(60...500)
        passedDays.append(ck)
        exams += Self.attempts([(ck, "pass")])
      } else {
        exams.append(study("step2ck", [8, 12]))
      }
    case .pathwayStage, .examsDone:
      let s1 = today - int(300...1_500)
      let ck = s1 + int(60...250)
      passedDays += [s1]
      exams += ["  step1:"] + Self.attempts([(s1, "pass")])
      if ck < today - 10 && (stage == .examsDone || chance(0.5)) {
        passedDays.append(ck)
        exams += ["  step2ck:"] + Self.attempts([(ck, "pass")])
      } else {
        exams += ["  step2ck:", study("step2ck", [8, 12])]
      }
      exams.append("  oet:")
      switch int(0...3) {
      case 0: exams.append(study("oet", [4, 6, 8]))
      case 1: exams += ["    booked: \(today + int(10...120))"]
      case 2:
        oetPassed = true
        exams += Self.attempts([(today - int(20...600), "pass")])
      default: exams += Self.attempts([(today - int(20...300), "fail")]) + [study("oet", [4, 6])]
      }
    }
    if visa == "h1b" && stage == .examsDone && chance(0.5) { exams += ["  step3:", study("step3", [6, 8, 10])] }
    lines += exams
    if let csPass { lines.append("step2cs_pass: \(csPass)") }
    if stage == .pathwayStage || stage == .examsDone || (oetPassed && chance(0.5)) {
      var pathway = ["pathway:"]
      // Pathway 6 is open to everyone; 1 and 3–5 need a licence or a recent graduation.
      if chance(0.3) { pathway.append("  number: 6") }
      if chance(0.6) {
        let applied = today - int(10...200)
        pathway.append("  applied: \(applied)")
        if chance(0.5) && applied + 45 < today { pathway.append("  accepted: \(applied + int(30...(today - applied)))") }
      }
      if pathway.count > 1 { lines += pathway }
    }
    // Done tasks with dates (some are left to be implied by a pass, which gives no date).
    var done: [String] = []
    if let earliest = passedDays.min(), chance(0.6) {
      let account = earliest - int(60...200)
      done.append("  ecfmg.account: \(account)")
      done.append("  ecfmg.application: \(account + int(5...40))")
      if chance(0.6) { done.append("  credentials.verify: \(min(today - 1, account + int(60...300)))") }
    }
    if stage == .examsDone && chance(0.5) { done.append("  eras.photo: \(today - int(1...60))") }
    if !done.isEmpty { lines += ["done:"] + done }
    if chance(0.15) { lines += ["lead_times:", "  statement_of_need: \(pick([30, 60, 120]))"] }
    // Journal records of work done since the profile was written.
    if chance(0.15) { journal.append("\(today - int(0...20)) done eras.photo on \(today - int(21...60))") }
    let text = journal.isEmpty ? nil : "# recorded with planner record\n" + journal.joined(separator: "\n") + "\n"
    return Applicant(index: index, stage: stage, profile: lines.joined(separator: "\n") + "\n", journal: text, today: today)
  }
}
