import Foundation
import PlannerCore
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 9 §2 and FACTS §9: the J-1 Statement of Need, issued by the applicant's Ministry of
/// Health, need not wait for Match Day, and some ministries take months. A profile setting says
/// when it is requested; a long lead time is a warning in a plan, never "no year is feasible".
struct StatementOfNeedTests {
  let today = Day(iso: "2026-12-01")!

  func profile(_ yaml: String) throws -> Profile {
    try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
  }

  func plan(_ yaml: String, match: Int? = nil) throws -> PlanResult {
    try PathwayPlanner.plan(profile: profile(yaml), rules: bundledRules, matchYear: match, today: today)
  }

  @Test func theSettingReadsEachSpelling() throws {
    #expect(try profile("").statementOfNeed == .afterMatch)
    #expect(try profile("statement_of_need: after_match\n").statementOfNeed == .afterMatch)
    #expect(try profile("statement_of_need: before_match\n").statementOfNeed == .beforeMatch)
    #expect(try profile("statement_of_need: 2027-10-01\n").statementOfNeed == .on(Day(iso: "2027-10-01")!))
    let error = #expect(throws: DiagnosticError.self) { try profile("visa: j1\nstatement_of_need: befor_match\n") }
    #expect(error?.description == "t.yaml:2:20: error: statement_of_need: 'befor_match' is not one of after_match, before_match or a date (YYYY-MM-DD); did you mean 'before_match'?")
    #expect(throws: DiagnosticError.self) { try profile("statement_of_need: 2027-13-01\n") }
  }

  /// `planner init`'s template documents it, says why (some ministries take months), and the
  /// line parses once uncommented.
  @Test func theTemplateExplainsIt() throws {
    let text = ProfileTemplate.text
    let line = try #require(text.split(separator: "\n").first { $0.contains("# statement_of_need:") })
    #expect(text.contains("some ministries take months"))
    let uncommented = text.replacingOccurrences(of: String(line), with: "statement_of_need: before_match")
    #expect(try ProfileParser.parse(uncommented, file: "t.yaml", rules: bundledRules).statementOfNeed == .beforeMatch)
  }

  /// A ministry that takes five months, requested after the Match: the year still plans, and the
  /// plan warns and says what to do — request it before Match Day.
  @Test func aLongLeadTimeAfterTheMatchIsAWarning() throws {
    let r = try plan("lead_times:\n  statement_of_need: 150\n")
    #expect(r.matchYear == 2028)
    #expect(r.feasible)
    #expect(r.earliestFeasibleMatchYear == 2028)
    let son = try #require(r.schedule.task("visa.j1.son"))
    #expect(son.start >= r.cycle.matchDay.value)
    let post = try #require(r.margin.postMatch)
    #expect(post.room < 0)
    let header = PlanReport.header(r, profileName: "X")
    #expect(header.contains("After Match Day: \(-post.room) days late"))
    #expect(header.contains("set statement_of_need: before_match in your profile; some ministries take months"))
    #expect(!header.contains("No Match year"))
  }

  /// The same ministry, asked before Match Day: the request starts once the application is in,
  /// and the J-1 paperwork makes July 1.
  @Test func requestedBeforeMatchDayItArrivesInTime() throws {
    let r = try plan("lead_times:\n  statement_of_need: 150\nstatement_of_need: before_match\n")
    #expect(r.matchYear == 2028 && r.feasible)
    let son = try #require(r.schedule.task("visa.j1.son"))
    let submit = try #require(r.schedule.task("eras.submit"))
    #expect(son.start == submit.earlyFinish)
    #expect(son.start < r.cycle.matchDay.value)
    let post = try #require(r.margin.postMatch)
    #expect(post.room >= 0)
    #expect(r.schedule.task("residency.start").map { !r.schedule.isViolated($0.id) } == true)
    #expect(!PlanReport.header(r, profileName: "X").contains("set statement_of_need: before_match"))
  }

  /// A request already made on a given day is planned from that day.
  @Test func aRequestDateIsKept() throws {
    let r = try plan("statement_of_need: 2027-10-01\n", match: 2028)
    let son = try #require(r.schedule.task("visa.j1.son"))
    #expect(son.start == Day(iso: "2027-10-01"))
    #expect(son.task.state == .booked)
  }

  /// Over ministries from one month to over a year, either way: the Match year never moves
  /// because of the Statement of Need, the ECFMG J-1 review always waits for it, a request
  /// before Match Day never arrives later than one after it, and a shortfall is said.
  @Test(arguments: [30, 90, 150, 240, 400])
  func neverALostYear(days: Int) throws {
    var arrival: [StatementOfNeedRequest: Day] = [:]
    for setting in ["after_match", "before_match"] {
      let r = try plan("lead_times:\n  statement_of_need: \(days)\nstatement_of_need: \(setting)\n")
      #expect(r.matchYear == 2028 && r.feasible, "\(setting) \(days)")
      let son = try #require(r.schedule.task("visa.j1.son"))
      let review = try #require(r.schedule.task("visa.j1.review"))
      #expect(review.start >= son.earlyFinish)
      #expect((son.start < r.cycle.matchDay.value) == (setting == "before_match"), "\(setting) \(days)")
      arrival[setting == "before_match" ? .beforeMatch : .afterMatch] = son.lastDay
      let post = try #require(r.margin.postMatch)
      if post.room < 0 { #expect(PlanReport.header(r, profileName: "X").contains("days late: residency starts by")) }
    }
    #expect(arrival[.beforeMatch]! <= arrival[.afterMatch]!)
  }
}
