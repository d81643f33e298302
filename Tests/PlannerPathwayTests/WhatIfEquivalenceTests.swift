import Foundation
import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// `what-if` applies its scenario to the applicant and plans it with `PathwayPlanner.plan`: its
/// answer equals planning the modified applicant directly (issue 20, point 2).
@Suite struct WhatIfEquivalenceTests {
  static let today = Day(iso: "2026-12-07")!

  /// Must sit Step 2 CK before the seven-year limit from a Step 1 pass of 2020-06-15 ends
  /// (2027-06-15); the plan puts it on 2027-05-31.
  static let timeLimit = """
    name: Dr. Time Limit
    match: 2028
    graduation: 2019-05-31
    visa: j1
    exams:
      step1:
        attempts:
          - {date: 2020-06-15, result: pass}
      step2ck:
        study_weeks: 25
      oet:
        attempts:
          - {date: 2026-09-05, result: pass}
    done:
      ecfmg.account: 2019-11-02
      ecfmg.application: 2019-11-20
      credentials.verify: 2020-01-30

    """

  /// Seeded applicants across stages, visas, failures, bookings and lapsed or running passes.
  static func generated(_ count: Int) -> [(String, String)] {
    var rng = ProfileMutator.Random(seed: 0x2026_1207)
    func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
    return (0..<count).map { i in
      var lines = ["name: Generated \(i)", "graduation: \(pick(["2018-06-30", "2021-05-31", "2024-07-15"]))", "visa: \(pick(["j1", "h1b", "none"]))", "exams:"]
      let step1 = pick(["2019-08-01", "2020-03-10", "2020-07-20", "2023-05-02", "2025-11-03"])
      switch i % 6 {
      case 0: lines += ["  step1:", "    study_weeks: \(pick([8, 12, 20]))"]
      case 1: lines += ["  step1:", "    attempts:", "      - {date: \(step1), result: pass}", "  step2ck:", "    study_weeks: \(pick([10, 20, 26]))"]
      case 2: lines += ["  step1:", "    attempts:", "      - {date: \(step1), result: pass}", "  step2ck:", "    booked: \(pick(["2027-02-10", "2027-05-20", "2027-08-02"]))"]
      case 3: lines += ["  step1:", "    attempts:", "      - {date: 2026-02-10, result: fail}", "      - {date: 2026-06-22, result: pass}", "  step2ck:", "    attempts:", "      - {date: 2026-10-05, result: fail}"]
      case 4: lines += ["  step1:", "    attempts:", "      - {date: 2025-09-01, result: fail}", "      - {date: 2026-03-02, result: fail}"]
      default: lines += ["  step1:", "    attempts:", "      - {date: \(step1), result: pass}", "  step2ck:", "    attempts:", "      - {date: 2026-04-14, result: pass}", "  oet:", "    study_weeks: 6"]
      }
      return ("generated-\(i)", lines.joined(separator: "\n") + "\n")
    }
  }

  static func profiles() throws -> [(String, Profile)] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var texts: [(String, String)] = [("time-limit", timeLimit)]
    for name in ["fresh-graduate", "h1b-track", "legacy-cs", "step1-passed-ck-booked"] {
      texts.append((name, try String(contentsOf: root.appendingPathComponent("Examples/\(name).yaml"), encoding: .utf8)))
    }
    texts += generated(24)
    return texts.compactMap { name, text in (try? ProfileParser.parse(text, file: name, rules: bundledRules)).map { (name, $0) } }
  }

  /// The scenarios tried on each applicant: a slip of the next exam, a failure, a booking and a
  /// longer or shorter preparation.
  static func scenarios(_ base: PlanResult) -> [WhatIf] {
    var out: [WhatIf] = []
    for exam in [Exam.step1, .step2ck, .oet] {
      guard let sitting = base.schedule.task("\(exam.rawValue).exam"), sitting.task.state != .done else { continue }
      out.append(WhatIf(slips: [WhatIf.Slip(taskID: sitting.id, offset: DayOffset(4, .weeks))]))
      out.append(WhatIf(fails: [exam]))
      if exam != .oet { out.append(WhatIf(bookings: [exam: base.rules.exam.firstTestingDay(onOrAfter: sitting.start + 21)])) }
      if let prep = base.schedule.task("\(exam.rawValue).prep"), prep.task.state != .done, prep.start >= base.today {
        out.append(WhatIf(slips: [WhatIf.Slip(taskID: prep.id, offset: DayOffset(2, .weeks))]))
      }
    }
    return out
  }

  /// What a plan says, for comparing two: dates, verdict, earliest year, findings, lapses.
  static func digest(_ r: PlanResult) -> [String] {
    let earliest: String = r.earliestFeasibleMatchYear.map { String($0) } ?? "none"
    let lapsed: [String] = r.lapsed.map { $0.component.title }
    var out: [String] = ["\(r.matchYear) \(r.feasible) \(earliest) lapsed \(lapsed)"]
    for f in r.findings { out.append("\(f.severity) \(f.code)") }
    for t in r.schedule.tasks { out.append("\(t.id) \(t.start) \(t.earlyFinish) \(t.task.state)") }
    return out
  }

  @Test func whatIfEqualsPlanningTheModifiedApplicant() throws {
    var checked = 0
    for (name, profile) in try Self.profiles() {
      guard let base = try? PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: profile.match, today: Self.today) else { continue }
      for scenario in Self.scenarios(base) {
        guard (try? scenario.check(against: base, profile: profile)) != nil else { continue }
        let asked = try? scenario.plan(profile: profile, base: base, matchYear: nil, today: Self.today)
        let modified = scenario.applied(to: profile, base: base, today: Self.today)
        let direct = try? PathwayPlanner.plan(profile: modified, rules: bundledRules, matchYear: base.matchYear, today: Self.today)
        #expect(asked.map(Self.digest) == direct.map(Self.digest), "\(name): \(scenario)")
        // A booking is what `planner book` records: the same as the journal's edit, no assumption.
        if scenario.slips.isEmpty && scenario.fails.isEmpty, let (exam, day) = scenario.bookings.first {
          let booked = Journal.apply(.book(exam, for: day), to: profile)
          #expect(modified == booked, "\(name): a booking is a journal edit")
        }
        checked += 1
      }
    }
    #expect(checked >= 60, "only \(checked) scenarios planned")
  }

  /// Issue 20, contradiction 4: the plan (and `record`) go on through a Step 1 retake when Step 2
  /// CK slips past the seven-year limit; `what-if` said "none up to 2040".
  @Test(arguments: ["slip", "fail"])
  func contradiction4WhatIfKeepsTheRoadThroughTheTimeLimit(_ kind: String) throws {
    let profile = try ProfileParser.parse(Self.timeLimit, file: "t.yaml", rules: bundledRules)
    let base = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2028, today: Self.today)
    #expect(base.lapsed.isEmpty && base.feasible)
    let scenario = kind == "slip" ? WhatIf(slips: [WhatIf.Slip(taskID: "step2ck.exam", offset: DayOffset(4, .weeks))]) : WhatIf(fails: [.step2ck])
    let after = try scenario.plan(profile: profile, base: base, matchYear: nil, today: Self.today)
    #expect(after.earliestFeasibleMatchYear != nil, "what-if lost the road the plan finds")
    #expect(after.lapsed.map(\.component) == [.exam(.step1)], "Step 1's pass lapses and is retaken")
    #expect(after.schedule.task("step1.exam")?.task.state == .planned)
    // `record` of the same failure on its day gives the same road.
    if kind == "fail", let day = base.schedule.task("step2ck.exam")?.start {
      let recorded = Journal.apply(.result(.step2ck, .fail, on: day, score: nil), to: profile)
      let planned = try PathwayPlanner.plan(profile: recorded, rules: bundledRules, matchYear: nil, today: day)
      #expect(planned.earliestFeasibleMatchYear == after.earliestFeasibleMatchYear)
      #expect(planned.lapsed.map(\.component) == after.lapsed.map(\.component))
    }
  }
}
