import Foundation
import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 21, point 4: on the H-1B track (the petition waits for all three Steps, FACTS.md §5b), a
/// second Step 3 failure, or a Step 3 result after the last day a petition can still be processed
/// and stamped before the start, warns that a July start may need the J-1 route; and the plan's
/// H-1B fee finding says the term's end has passed once it has (FACTS.md §10).
@Suite struct H1BRouteCheckTests {
  static let today = Day(iso: "2026-12-07")!

  /// Certified, Step 1 and Step 2 CK passed (LastAttemptTests' applicant): only Step 3 is ahead.
  static func certified(visa: String = "h1b", step3: String = "") -> String {
    "name: Dr. Route\nvisa: \(visa)\ngraduation: 2021-06-30\nstep2cs_pass: 2020-02-01\nexams:\n  step1:\n    attempts: [{date: 2021-09-01, result: pass}]\n  step2ck:\n    attempts: [{date: 2022-02-01, result: pass, score: 240}]\n"
      + step3 + "done:\n  credentials.verify: 2022-03-01\n  ecfmg.certificate: 2023-01-10\n"
  }

  static func plan(_ text: String, match: Int = 2028, today: Day = today) throws -> (Profile, PlanResult) {
    let profile = try ProfileParser.parse(text, file: "route.yaml", rules: bundledRules)
    return (profile, try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: match, today: today))
  }

  static func step3(_ attempts: [String], booked: String? = nil) -> String {
    var text = "  step3:\n"
    if !attempts.isEmpty { text += "    attempts:\n" + attempts.map { "      - {date: \($0), result: fail}\n" }.joined() }
    if let booked { text += "    booked: \(booked)\n" }
    return text
  }

  static func warning(_ plan: PlanResult) -> Finding? { plan.findings.first { $0.code == .h1bMayNeedJ1 } }

  /// One failure: no warning; two: the warning, naming the J-1 route.
  @Test(arguments: [(["2026-08-01"], false), (["2026-06-01", "2026-10-01"], true)])
  func aSecondStep3FailureWarns(failures: [String], warns: Bool) throws {
    let (_, plan) = try Self.plan(Self.certified(step3: Self.step3(failures)))
    let found = Self.warning(plan)
    #expect((found != nil) == warns, "\(plan.findings.map(\.message))")
    if let found {
      #expect(found.severity == .warning)
      #expect(found.message.contains("failed 2 times") && found.message.contains("J-1 route") && found.message.contains("July 2028"))
      #expect(found.action.contains("what-if --fail step3"))
    }
  }

  /// A Step 3 booked so late that its result comes after the last petition day warns; one in
  /// time does not. The boundary is the plan's own processing and stamping durations.
  @Test func aStep3ResultTooLateForThePetitionWarns() throws {
    let (_, early) = try Self.plan(Self.certified(step3: Self.step3([], booked: "2027-01-20")))
    #expect(Self.warning(early) == nil, "\(early.findings.map(\.message))")
    let last = try #require(H1BRouteCheck.lastPetitionDay(early))
    let (_, late) = try Self.plan(Self.certified(step3: Self.step3([], booked: "2028-05-15")))
    let result = try #require(late.schedule.task(PathwayTask.chain(.step3, .result).id))
    #expect(result.lastDay > last)
    let found = try #require(Self.warning(late), "\(late.findings.map(\.message))")
    #expect(found.message.contains("result is expected \(result.lastDay)") && found.message.contains("J-1 route"))
  }

  /// The J-1 track never gets it, whatever Step 3 did.
  @Test func theJ1TrackIsNeverWarned() throws {
    let (_, plan) = try Self.plan(Self.certified(visa: "j1", step3: Self.step3(["2026-06-01", "2026-10-01"])))
    #expect(Self.warning(plan) == nil)
  }

  /// The plan's fee finding, as of today: before the term's end it runs "to about"; after it the
  /// date has passed and the status must be verified, with the latest recorded turn.
  @Test(arguments: [("2026-05-01", false), ("2026-12-07", true)])
  func theFeeFindingSaysWhenTheTermHasPassed(today: String, passed: Bool) throws {
    let day = try #require(Day(iso: today))
    let (_, plan) = try Self.plan("visa: h1b\n", match: 2029, today: day)
    let finding = try #require(plan.findings.first { $0.code == .h1bFee })
    #expect(finding.message.contains("a date now passed") == passed, "\(finding.message)")
    #expect(finding.message.contains("verify its current status"))
    #expect(finding.message.contains(passed ? "latest recorded turn: 2026-06-12" : "latest recorded turn: 2025-12-23"))
  }

  /// `what-if --fail step3` on the H-1B track plans the J-1 route too; on J-1, or failing
  /// another exam, there is no alternative to show.
  @Test func whatIfFailStep3PlansTheJ1Route() throws {
    let (profile, base) = try Self.plan(Self.certified())
    let scenario = WhatIf(fails: [.step3])
    let j1 = try #require(try scenario.j1Alternative(profile: profile, base: base, matchYear: nil, today: Self.today))
    #expect(j1.schedule.task(PathwayTask.visaJ1Interview.id) != nil)
    #expect(j1.schedule.task(PathwayTask.visaH1bPetition.id) == nil)
    #expect(try WhatIf(fails: [.step1]).j1Alternative(profile: profile, base: base, matchYear: nil, today: Self.today) == nil)
    var onJ1 = profile
    onJ1.visa = .j1
    #expect(try scenario.j1Alternative(profile: onJ1, base: base, matchYear: nil, today: Self.today) == nil)
  }
}
