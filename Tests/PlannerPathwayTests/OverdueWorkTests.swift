import PlannerCore
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 9 §2: past, unrecorded work is visible. A planned start that has passed with nothing
/// recorded is overdue — in the table, the JSON status and `planner next` alike, by one
/// definition (`OverdueWork`) — not silently moved to today.
struct OverdueWorkTests {
  let legacy = """
    graduation: 2018-07-01
    exams:
      step1:
        attempts:
          - {date: 2019-03-12, result: pass}
      step2ck:
        attempts:
          - {date: 2019-06-20, result: pass, score: 231}
    step2cs_pass: 2019-08-20
    done:
      ecfmg.account: 2018-10-01
      ecfmg.application: 2018-10-20
      credentials.verify: 2019-01-15
    """

  func plan(_ yaml: String, today: Day, match: Int? = 2028) throws -> PlanResult {
    let p = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    return try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: match, today: today)
  }

  func profile(_ yaml: String) throws -> Profile { try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules) }

  /// The ids `planner next` lists as overdue.
  func nextOverdue(_ r: PlanResult, _ yaml: String, baseline: PlanSnapshot? = nil) throws -> Set<String> {
    Set(NextActions(r, profile: try profile(yaml), days: 30, baseline: baseline).items.filter { $0.kind == .overdue }.map(\.taskID))
  }

  /// No saved plan: ERAS opened on 2027-06-09 and the documents it allowed are not recorded three
  /// weeks later. They are overdue by that many days, not "start today".
  @Test func withoutASavedPlanTheEarliestPossibleStartCounts() throws {
    let today = Day(iso: "2027-07-01")!
    let r = try plan(legacy, today: today)
    let opens = r.cycle.erasOpens.value
    let mspe = try #require(r.overdue["eras.mspe"])
    #expect(mspe.since == opens)
    #expect(mspe.days == today - opens)
    #expect(mspe.basis == .windowOpened)
    let task = try #require(r.schedule.task("eras.mspe"))
    #expect(TaskStatus(task, in: r).code == "overdue")
    #expect(PlanReport.table(r).split(separator: "\n").contains { $0.hasPrefix("eras.mspe") && $0.hasSuffix("should have started \(opens)") })
    let json = PlanReport.json(r, profile: try profile(legacy)).rendered()
    #expect(json.contains("\"status\": \"overdue\""))
    #expect(json.contains("\"since\": \"\(opens)\""))
    // Others' work (ECFMG processing the documents) is never the applicant's overdue.
    #expect(r.overdue["eras.documents"] == nil)
    // `planner next` says the same, by the same rule.
    #expect(try nextOverdue(r, legacy) == Set(r.overdue.keys))
  }

  /// Before its window opens nothing is overdue; a task recorded done is never overdue.
  @Test func nothingIsOverdueBeforeItCouldStartOrOnceDone() throws {
    let before = try plan(legacy, today: Day(iso: "2027-05-01")!)
    #expect(before.overdue.isEmpty)
    let done = legacy + "\n  eras.mspe: 2027-06-20\n"
    let r = try plan(done, today: Day(iso: "2027-07-01")!)
    #expect(r.overdue["eras.mspe"] == nil)
    #expect(r.overdue["eras.transcript"] != nil)
  }

  /// A fresh graduate with nothing recorded and no saved plan: nothing gives a date it should have
  /// started by, so nothing is overdue (no invented lateness either).
  @Test func aFreshStartIsNotOverdue() throws {
    let r = try plan("", today: Day(iso: "2026-12-01")!)
    #expect(r.overdue.isEmpty)
  }

  /// With a saved plan: its starts that have passed with nothing recorded are overdue from those
  /// days, even though today's plan starts them today.
  @Test func theSavedPlansStartsCount() throws {
    let first = Day(iso: "2026-12-01")!
    let later = first + 20
    let saved = PlanSnapshot(try plan("", today: first))
    let r = try plan("", today: later).withBaseline(saved, profile: Profile())
    let account = try #require(r.overdue["ecfmg.account"])
    #expect(account.since == first)
    #expect(account.days == 20)
    #expect(account.basis == .savedPlan(first))
    #expect(r.schedule.task("ecfmg.account")?.start == later)
    #expect(TaskStatus(r.schedule.task("ecfmg.account")!, in: r).code == "overdue")
    // Planned for after today in the saved plan: not overdue yet.
    #expect(r.overdue["eras.submit"] == nil)
    #expect(try nextOverdue(r, "", baseline: saved) == Set(r.overdue.keys))
    // Recorded done: no longer overdue.
    let recorded = try plan("done:\n  ecfmg.account: 2026-12-05\n", today: later).withBaseline(saved, profile: try profile("done:\n  ecfmg.account: 2026-12-05\n"))
    #expect(recorded.overdue["ecfmg.account"] == nil)
  }

  /// The definition in general, over days through a whole cycle: every overdue task is the
  /// applicant's, not done, with a passed start; every task moved to today whose window and done
  /// prerequisites allowed an earlier known start is overdue; `next` and `plan` agree.
  @Test(arguments: ["2027-05-01", "2027-06-20", "2027-08-01", "2027-10-15", "2028-01-10"])
  func theDefinitionHoldsInGeneral(day: String) throws {
    let today = Day(iso: day)!
    for yaml in [legacy, "", "graduation: 2026-06-30\ndone:\n  ecfmg.account: 2026-07-01\n  ecfmg.application: 2026-07-20\n  credentials.verify: 2026-09-01\n"] {
      let r = try plan(yaml, today: today, match: nil)
      for (id, late) in r.overdue {
        let t = try #require(r.schedule.task(id))
        #expect(t.task.state != .done)
        #expect(late.since < today && late.days == today - late.since)
        #expect(TaskActions.action(for: PlanTaskRef(id: id, name: t.task.name, isOwn: false)) != nil)
      }
      for t in r.schedule.tasks where t.task.state != .done && t.task.fixedStart == nil {
        guard case .today = t.driver, TaskActions.catalogue[t.id] != nil else { continue }
        let preds = r.graph.dependencies.filter { $0.successor == t.id }.compactMap { r.schedule.task($0.predecessor) }
        guard preds.allSatisfy({ $0.task.state == .done }) else { continue }
        let bounds = r.graph.dependencies.filter { $0.successor == t.id }.map { d in
          let p = r.schedule.task(d.predecessor)!
          return d.kind == .finishToStart ? p.earlyFinish + d.lag : p.start + d.lag
        } + [t.task.notBefore].compactMap { $0 }
        if let earliest = bounds.max(), earliest < today {
          #expect(r.overdue[t.id]?.since == earliest, "\(day) \(t.id)")
        }
      }
      #expect(try nextOverdue(r, yaml) == Set(r.overdue.keys), "\(day)")
    }
  }
}
