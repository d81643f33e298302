import Foundation
import PlannerCore
@testable import PlannerPathway
@testable import PlannerRisk
import PlannerRules
import PlannerTestSupport
import Testing

/// Many seeded worlds, several applicants: no simulated attempt or result breaks an exam rule
/// (FACTS.md §2 and §9: 4 attempts, at most 3 in 12 months, the 4th 12 months after the first
/// and 6 after the latest, no testing in the first 14 days of January, the eligibility period or
/// a reapplication; RISK.md §2: releases on Wednesdays, none in the last week of December).
@Suite struct RiskWorldRulesTests {
  static let today = RiskTests.today

  /// Two failures already on record in 2026, so the 3-in-12-months and 4th-attempt floors bind
  /// on the simulated retakes.
  static let twoFailures = """
    name: Two Failures
    graduation: 2025-05-31
    visa: j1
    exams:
      step1:
        attempts:
          - {date: 2026-03-10, result: fail}
          - {date: 2026-07-20, result: fail}
        study_weeks: 10
      step2ck:
        study_weeks: 12
      oet:
        attempts:
          - {date: 2026-09-05, result: pass}
    pathway: {number: 6}
    done:
      ecfmg.account: 2025-11-02
      ecfmg.application: 2025-11-20
      credentials.verify: 2026-01-30
    """

  static func profiles() throws -> [(String, Profile)] {
    var list: [(String, Profile)] = []
    for name in RiskTests.examples { list.append((name, try RiskTests.example(name))) }
    list.append(("two-failures", try ProfileParser.parse(Self.twoFailures, file: "two-failures", rules: bundledRules)))
    // Weak odds everywhere, so many worlds retake up to the limit.
    let weak: [Exam: PassOverride] = [.step1: .init(first: 0.3, repeatAttempt: 0.35), .step2ck: .init(first: 0.35, repeatAttempt: 0.35), .step3: .init(first: 0.4, repeatAttempt: 0.4), .oet: .init(first: 0.4, repeatAttempt: 0.4)]
    return list.map { ($0.0, { var p = $0; p.risk = weak; return p }($0.1)) }
  }

  @Test(arguments: [3, 1234])
  func noSimulatedAttemptBreaksARule(seed: UInt64) throws {
    let exam = bundledRules.exam
    let window = bundledRules.leadTimes.standard("eligibility_window").days
    var checked = 0, retakes = 0, releases = 0
    for (name, profile) in try Self.profiles() {
      let first = PathwayPlanner.firstOpenYear(bundledRules, today: Self.today)!
      let model = RiskModel(profile: profile, pack: bundledRules, today: Self.today, targetYear: profile.match ?? 2028, firstYear: first, inputs: RiskInputs(profile: profile, rules: bundledRules.risk))
      let worker = RiskWorker(model: model)
      let penalty = bundledRules.risk.lapsedEligibilityWait.value
      for run in 0..<150 {
        guard let code = worker.draw(run: run, seed: seed) else { continue }
        for y in model.years.indices.prefix(3) {
          let index = worker.world(yearIndex: y, code: code)
          guard index >= 0 else { continue }
          _ = worker.evaluate(index)
          let w = worker.store[index]
          let ws = worker.workspace
          func node(_ id: String) -> Int? { w.graph.index(of: id) }
          func day(_ i: Int) -> Day { Day(ordinal: ws.start(i)) }
          let at = "\(name) run \(run) \(model.years[y])"
          for (k, u) in model.uncertain.enumerated() {
            let nodes = w.attemptNodes[k]
            var previous = u.pastDates
            #expect(previous.count + nodes.count <= (u.usmle ? exam.attemptLimit.value : previous.count + bundledRules.risk.oetSittingsSimulated.value), "\(at): \(u.exam) attempts")
            for (n, e) in nodes.enumerated() {
              let number = u.firstAttempt + n
              let final = n == nodes.count - 1
              let key = u.exam.rawValue
              let testDay = day(Int(e))
              let resultID = RetakeExpansion.resultID(key, number, final: final)
              let result = try #require(node(resultID), "\(at): \(resultID)")
              let release = day(result)
              #expect(release >= testDay, "\(at): \(resultID) before its test")
              if n > 0 {
                retakes += 1
                let prep = try #require(node("\(key).prep@\(number)"))
                let before = try #require(node(RetakeExpansion.resultID(key, number - 1, final: false)))
                #expect(ws.start(prep) >= ws.start(before), "\(at): retake preparation before the failing result")
                #expect(ws.start(Int(e)) >= ws.finish(prep), "\(at): \(key) attempt \(number) before its preparation ends")
              }
              guard u.usmle else { continue }
              checked += 1
              let earliest = try #require(exam.earliestNextAttempt(after: previous), "\(at): \(key) attempt \(number) past the limit")
              #expect(testDay >= earliest, "\(at): \(key) attempt \(number) on \(testDay), the rules allow \(earliest) after \(previous)")
              #expect(exam.firstTestingDay(onOrAfter: testDay) == testDay, "\(at): \(key) attempt \(number) on \(testDay), in the January break")
              if n > 0, let reg = node("\(key).register@\(number)") {
                // Inside the eligibility period the application opened, or after reapplying.
                let permit = ws.finish(reg)
                let inPeriod = testDay.ordinal >= permit && testDay.ordinal <= permit + window
                #expect(inPeriod || testDay.ordinal >= permit + window + penalty, "\(at): \(key) attempt \(number) on \(testDay) outside its eligibility period from \(Day(ordinal: permit))")
              }
              releases += 1
              #expect(release.isoWeekday == 3, "\(at): \(resultID) released on \(release), not a Wednesday")
              #expect(!(release.month == 12 && release.day >= 24), "\(at): \(resultID) released on \(release), in the December holiday freeze")
              previous.append(testDay)
            }
          }
        }
      }
    }
    #expect(checked > 1000 && retakes > 500 && releases > 1000, "\(checked) attempts, \(retakes) retakes")
  }
}

/// The simulation's retake floors are the plan's: a 4th attempt may fall on the first attempt's
/// anniversary (FACTS §9 "4th ≥12 months after the 1st"; ExamRules.earliestNextAttempt), not a
/// day later.
@Suite struct RiskRetakeFloorTests {
  /// Three attempts within six months, so "12 months after the first" is the binding floor of
  /// the 4th: 2026-06-10 + 12 months = 2027-06-10 (the 6 months after the latest end 2027-06-05).
  static let threeClose = """
    name: Three Close
    graduation: 2025-05-31
    visa: none
    exams:
      step1:
        attempts:
          - {date: 2026-06-10, result: fail}
          - {date: 2026-08-10, result: fail}
        booked: 2026-12-05
      step2ck:
        attempts:
          - {date: 2026-05-02, result: pass}
      oet:
        attempts:
          - {date: 2026-09-05, result: pass}
    pathway: {number: 6}
    done:
      ecfmg.account: 2025-11-02
      ecfmg.application: 2025-11-20
      credentials.verify: 2026-01-30
    risk:
      step1: {first: 0.5, repeat: 0.5}
    """

  @Test func aFourthAttemptMayFallOnTheFirstAttemptsAnniversary() throws {
    let profile = try ProfileParser.parse(Self.threeClose, file: "three-close", rules: bundledRules)
    let model = RiskModel(profile: profile, pack: bundledRules, today: RiskTests.today, targetYear: 2028, firstYear: 2027, inputs: RiskInputs(profile: profile, rules: bundledRules.risk))
    let worker = RiskWorker(model: model)
    let k = try #require(model.uncertain.firstIndex { $0.exam == .step1 })
    #expect(model.uncertain[k].firstAttempt == 3)
    let anniversary = Day(iso: "2027-06-10")!
    #expect(bundledRules.exam.earliestNextAttempt(after: [Day(iso: "2026-06-10")!, Day(iso: "2026-08-10")!, Day(iso: "2026-12-05")!]) == anniversary)
    var fourth = 0
    for run in 0..<200 {
      guard let code = worker.draw(run: run, seed: 9) else { continue }
      let w = worker.world(yearIndex: try #require(model.years.firstIndex(of: 2028)), code: code)
      _ = worker.evaluate(w)
      let nodes = worker.store[w].attemptNodes[k]
      #expect(Day(ordinal: worker.workspace.start(Int(nodes[0]))) == Day(iso: "2026-12-05")!, "the booked sitting is a fact")
      guard nodes.count == 2 else { continue }
      fourth += 1
      #expect(Day(ordinal: worker.workspace.start(Int(nodes[1]))) == anniversary, "run \(run)")
    }
    #expect(fourth > 50)
  }
}
