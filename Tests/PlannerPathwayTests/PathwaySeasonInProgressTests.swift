import PlannerCore
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 21, point 1: a season's Pathways application stays open after its own Match deadline
/// until the season closes (cycles.*.pathways_closes; the 2025 season closed 2025-05-31), and a
/// season-Y Pathway serves the Y and Y+1 Matches (pathways.serves_matches). The planner weighs
/// every season that serves the target Match and is still open, plans the route that asks least
/// (no Mini-CEX, no new OET, the earlier certificate), says which and why, and names the other.
struct PathwaySeasonInProgressTests {
  /// ECFMG's application done and both Steps passed, so the Pathways work is what decides.
  static func applicant(_ lines: String, oet: String? = nil) -> String {
    let sitting = oet.map { "  oet:\n    attempts: [{date: \($0), result: pass, scores: [400, 400, 350, 400]}]\n" } ?? ""
    return lines + "done:\n  ecfmg.account: 2025-12-01\n  ecfmg.application: 2025-12-10\n  credentials.verify: 2026-02-10\n"
      + "exams:\n  step1:\n    attempts: [{date: 2026-03-10, result: pass}]\n  step2ck:\n    attempts: [{date: 2026-06-15, result: pass, score: 240}]\n" + sitting
  }
  static let recentGraduate = applicant("graduation: 2025-11-15\n", oet: "2025-06-10")
  static let olderGraduate = applicant("graduation: 2020-06-30\n", oet: "2025-03-01")
  static let licensed = applicant("graduation: 2020-06-30\nlicense: {issued: 2022-02-01}\n")

  func plan(_ yaml: String, match: Int, today: String) throws -> PlanResult {
    let profile = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    return try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: match, today: Day(iso: today)!, file: "t.yaml")
  }

  /// The example: a graduate of November 2025 aiming at 2028, on 2026-12-07.
  @Test func aNovember2025GraduateAimingAt2028GetsA2027Pathway3AndKeepsThe2025OET() throws {
    let r = try plan(Self.recentGraduate, match: 2028, today: "2026-12-07")
    #expect(r.pathwaySeason == 2027)
    let apply = try #require(r.schedule.task("pathway.apply"))
    #expect(apply.task.name == "Apply for Pathway 3 (2027 Pathways)")
    #expect(apply.task.deadline == Day(iso: "2027-05-31"), "the 2027 season's closing day")
    #expect(r.schedule.task("pathway.minicex") == nil)
    #expect(r.schedule.task("oet.exam")?.task.state == .done, "the 2025 OET counts in the 2027 window")
    #expect(!r.findings.contains { $0.code == .oetTooOld })
    let season = try #require(r.findings.first { $0.code == .pathwaySeason })
    #expect(season.message.contains("Apply to the 2027 Pathways season") && season.message.contains("serves the 2027 and 2028 Matches"))
    #expect(season.message.contains("Pathway 3, no Mini-CEX, no new OET") && season.message.contains("it asks least"))
    #expect(season.action.contains("the other route: the 2028 season") && season.action.contains("Pathway 6, a Mini-CEX, a new OET"))
    // Every view that shows the findings shows it: the JSON, and `why` on the application.
    let json = PlanReport.json(r, profile: try ProfileParser.parse(Self.recentGraduate, file: "t.yaml", rules: bundledRules)).rendered()
    #expect(json.contains("\"pathway.season\""))
    #expect(WhyChain.render("pathway.apply", in: r).contains("Pathways season: Apply to the 2027 Pathways season"))
  }

  /// The general rule, over several profiles and days: (profile, today, season, Pathway, new OET).
  @Test(arguments: [
    (recentGraduate, "2026-07-01", 2027, 3, false),  // 2027 season not open yet, but it will be
    (recentGraduate, "2026-12-07", 2027, 3, false),
    (recentGraduate, "2027-06-01", 2028, 6, true),  // the 2027 season closed 2027-05-31
    (olderGraduate, "2026-12-07", 2027, 6, false),  // Mini-CEX either way; the 2025 OET counts only in 2027
    (olderGraduate, "2027-06-01", 2028, 6, true),
    (licensed, "2026-12-07", 2027, 1, true),  // equal asks: the earlier certificate
    (licensed, "2027-06-01", 2028, 1, true),
  ])
  func theSeasonThatAsksLeastWins(yaml: String, today: String, season: Int, pathway: Int, newOET: Bool) throws {
    let r = try plan(yaml, match: 2028, today: today)
    #expect(r.pathwaySeason == season)
    #expect(r.schedule.task("pathway.apply")?.task.name == "Apply for Pathway \(pathway) (\(season) Pathways)")
    #expect((r.schedule.task("oet.exam")?.task.state == .planned) == newOET)
    #expect((r.schedule.task("pathway.minicex") != nil) == (pathway == 6))
  }

  /// Both sides of the closing day, with and without time for the route.
  @Test func theClosingDayIsTheLastDayAnEarlierSeasonIsOpen() throws {
    let profile = try ProfileParser.parse(Self.recentGraduate, file: "t.yaml", rules: bundledRules)
    func season(_ today: String, route: Int) -> Int? {
      PathwaySeasonChoice.choose(profile, matchYear: 2028, rules: bundledRules, today: Day(iso: today)!) { _ in route }?.chosen.season
    }
    #expect(season("2027-05-31", route: 0) == 2027)
    #expect(season("2027-06-01", route: 0) == 2028)
    #expect(season("2027-05-21", route: 10) == 2027)
    #expect(season("2027-05-22", route: 10) == 2028)
  }

  /// The graduation cut-off of each season (Pathways 3–5: January 1, two years before it), both sides.
  @Test func theEarlierSeasonsGraduationCutoffDecides() throws {
    func pathway(_ graduation: String) throws -> (Int?, String?) {
      let r = try plan(Self.applicant("graduation: \(graduation)\nschool_accreditation: wfme\n", oet: "2025-06-10"), match: 2028, today: "2026-12-07")
      return (r.pathwaySeason, r.schedule.task("pathway.apply")?.task.name)
    }
    #expect(try pathway("2025-01-01") == (2027, "Apply for Pathway 3 (2027 Pathways)"))
    #expect(try pathway("2024-12-31") == (2027, "Apply for Pathway 6 (2027 Pathways)"))
    #expect(try pathway("2026-01-01") == (2027, "Apply for Pathway 3 (2027 Pathways)"))
  }

  /// The OET window of each season (cycles.*.oet_taken_on_or_after), both sides.
  @Test func theEarlierSeasonsOETWindowDecides() throws {
    func oetPlanned(_ taken: String) throws -> Bool {
      let r = try plan(Self.applicant("graduation: 2020-06-30\n", oet: taken), match: 2028, today: "2026-12-07")
      #expect(r.pathwaySeason == 2027)
      return r.schedule.task("oet.exam")?.task.state == .planned
    }
    #expect(try oetPlanned("2025-01-01") == false)
    #expect(try oetPlanned("2024-12-31") == true)
  }

  /// A route the likely lead times fit but the scheduled plan does not (the application waits
  /// for the USMLE registration) gives way to the next season, and says so.
  @Test func earlierSeasonThePlanMissesGivesWay() throws {
    // Nothing done yet: the application waits for the ECFMG application and a USMLE registration.
    let r = try plan("graduation: 2025-11-15\nexams:\n  oet:\n    attempts: [{date: 2025-06-10, result: pass, scores: [400, 400, 350, 400]}]\n", match: 2028, today: "2027-04-15")
    #expect(r.pathwaySeason == 2028)
    let season = try #require(r.findings.first { $0.code == .pathwaySeason })
    #expect(season.message.contains("whose deadline your plan can meet"))
    #expect(season.action.contains("the 2027 season") && season.action.contains("after 2027-05-31"))
    #expect(!r.schedule.tasks.contains { t in t.task.deadline.map { t.lastDay > $0 } ?? false && t.id.hasPrefix("pathway.") })
  }

  /// The target year's own season alone (the earlier one closed): planned as before, no note.
  @Test func aClosedEarlierSeasonIsNotOffered() throws {
    let r = try plan(Self.recentGraduate, match: 2027, today: "2026-12-07")
    #expect(r.pathwaySeason == 2027)
    #expect(!r.findings.contains { $0.code == .pathwaySeason })
    #expect(r.schedule.task("pathway.apply")?.task.deadline == Day(iso: "2027-01-31"))
  }

  /// `pathway.season` is honoured when it serves the Match and is open, and refused where it is
  /// written when it does not or has closed.
  @Test func theProfilesSeasonIsHonouredOrRefusedWithItsPosition() throws {
    let named = try plan(Self.recentGraduate + "pathway:\n  season: 2028\n", match: 2028, today: "2026-12-07")
    #expect(named.pathwaySeason == 2028)
    #expect(named.findings.first { $0.code == .pathwaySeason }?.message.contains("the season your profile names (pathway.season)") == true)
    func refusal(_ season: Int, match: Int) -> String {
      do {
        _ = try plan("graduation: 2025-11-15\npathway:\n  season: \(season)\n", match: match, today: "2026-12-07")
        return ""
      } catch {
        return "\(error)"
      }
    }
    #expect(refusal(2030, match: 2028).hasPrefix("t.yaml:3:11: error: pathway.season: the 2030 season cannot be used for the 2028 Match: a 2030-season Pathway serves the 2030 and 2031 Matches"))
    #expect(refusal(2026, match: 2027).hasPrefix("t.yaml:3:11: error: pathway.season: the 2026 Pathways season closed 2026-05-31 (today is 2026-12-07)"))
  }
}
