import Foundation
import PlannerCohort
import PlannerCore
import PlannerRender
import PlannerPathway
import PlannerRisk
import PlannerRules
import PlannerTestSupport
import Testing

@testable import planner

/// Issue 20's consistency suite: over 540 generated applicants (`ApplicantGenerator`: every stage,
/// visa, failures, bookings, lapsed passes, journals, and days from 2026-12 to 2027-12), every view
/// says what the plan says.
///
/// Cost (a debug build on 2 cores): the cheap checks — the verdict of each library view, what-if
/// against planning the changed applicant, late dates against the gates they feed, `next` against
/// the JSON — run on all 540; the expensive ones run on a seeded sample (`ConsistencyCaseload.sample`):
/// the HTML report and the calendar on 60, the executable on 16, the risk simulation on 8 (a few
/// worlds each: with every input certain, one world is every world) and the report's P(ready)
/// against `risk`'s on 2.
///
/// Each check prints "consistency: CHECK: F of N applicants fail" and writes the lines to
/// `consistency-counts.txt` in the caseload's folder. A check that still fails on main for a
/// contradiction of issue 20 that another branch is fixing is wrapped as a known issue naming it.
@Suite("Consistency over generated applicants (issue 20)")
struct ConsistencyTests {
  static var cases: [ConsistencyCase] { ConsistencyCaseload.cases }

  @Test func theCaseloadCoversEveryStageAndPlans() {
    let all = ConsistencyCaseload.applicants
    #expect(all.count >= 500)
    #expect(ConsistencyCaseload.loaded.failures.isEmpty, "\(ConsistencyCaseload.loaded.failures.prefix(3))")
    for stage in ApplicantGenerator.Stage.allCases {
      #expect(all.filter { $0.stage == stage }.count >= 50, "\(stage)")
    }
    #expect(all.filter { $0.journal != nil }.count >= 50)
    #expect(Set(all.map { "\($0.today.year)-\($0.today.month)" }).count >= 12)
    let cases = Self.cases
    #expect(cases.contains { $0.holds } && cases.contains { !$0.holds })
    #expect(cases.contains { !$0.result.lapsed.isEmpty }, "a pass lapsed under the seven-year limit")
    #expect(cases.contains { $0.blocked }, "attempts used up")
    #expect(cases.contains { $0.profile.visa == .h1b } && cases.contains { $0.profile.visa == .j1 })
    #expect(cases.contains { c in c.result.schedule.tasks.contains { !$0.task.dateKnown } }, "a task done without a date")
  }

  // MARK: One verdict

  /// The verdict of `plan` (its text and its JSON) = `check` on whether the year is open = `what-if`
  /// with an empty scenario = `risk`'s deterministic verdict = the `cohort` row = the report.
  @Test func everyViewGivesPlansVerdict() async throws {
    let cases = Self.cases
    var text = ConsistencyTally("plan text verdict = plan JSON = PlanResult.verdict")
    var check = ConsistencyTally("check = plan on whether the year is open")
    var whatIf = ConsistencyTally("what-if (empty scenario) = plan")
    var risk = ConsistencyTally("risk's deterministic verdict = plan")
    var cohort = ConsistencyTally("cohort row = plan")
    var report = ConsistencyTally("report verdict = plan")
    var amber = ConsistencyTally("a verdict that holds names the soft targets missed")
    let inputs = cases.map { c in
      CohortInput(
        file: c.profilePath, profile: .success(Array(c.applicant.profile.utf8)), journalFile: String(c.profilePath.dropLast(5)) + ".journal",
        journalText: c.applicant.journal, savedPlanFile: String(c.profilePath.dropLast(5)) + ".plan.json", savedPlanText: nil)
    }
    var rows: [String: CohortRow] = [:]
    for day in Set(cases.map(\.today)) {
      let ofDay = zip(cases, inputs).filter { $0.0.today == day }.map(\.1)
      let cohortRun = await Cohort.plan(ofDay, options: CohortOptions(today: day, rules: cases[0].rules, riskRuns: 0, seed: 2028, jobs: 2))
      for row in cohortRun.rows { rows[row.file] = row }
    }
    for c in cases {
      let r = c.result
      let json = try ConsistencyViews.planJSON(c)
      let verdictObject = json["verdict"] as? [String: Any] ?? [:]
      let jsonReading = VerdictReading(
        status: verdictObject["status"] as? String, holds: verdictObject["holds"] as? Bool ?? json["feasible"] as? Bool, year: json["matchYear"] as? Int,
        marginDays: verdictObject["marginDays"] as? Int ?? (json["margin"] as? [String: Any])?["days"] as? Int,
        earliest: .some(verdictObject["earliestFeasibleMatchYear"] as? Int ?? json["earliestFeasibleMatchYear"] as? Int))
      let reference = ConsistencyViews.reading(r)
      let textReading = VerdictReading.firstVerdict(in: ConsistencyViews.planText(c)) ?? VerdictReading()
      text.count(
        textReading.holds == nil
          ? "\(c): no verdict line"
          : (textReading.disagreement(with: jsonReading) ?? jsonReading.disagreement(with: reference)).map { "\(c) (\(c.command("plan"))): \($0)" })

      // `check` renders the same verdict's eligibility part (`VerdictText.checkLine`).
      let checkReading = VerdictReading.check(EligibilityCheck.text(r, profileName: c.profile.name))
      check.count(checkReading.disagreement(with: reference).map { "\(c) (\(c.command("check"))): \($0)" })

      let empty = try WhatIf().plan(profile: c.profile, base: r, matchYear: c.matchYear ?? r.matchYear, today: c.today, file: c.profilePath)
      whatIf.count(ConsistencyViews.reading(empty).disagreement(with: ConsistencyViews.reading(r)).map { "\(c): \($0)" })

      // `planner risk` words the verdict of the same plan (`RiskCommand.run` plans as `plan` does).
      risk.count(VerdictReading.risk(RiskCommand.verdict(r)).disagreement(with: ConsistencyViews.reading(r)).map { "\(c) (\(c.command("risk"))): \($0)" })

      if let row = rows[c.profilePath] {
        // The row's verdict is its plan's; `feasible` also says whether the year asked for is over.
        let reading = VerdictReading(
          status: row.planVerdict?.status.rawValue, holds: row.feasible, year: row.planYear, marginDays: row.marginDays, earliest: .some(row.earliestFeasibleYear))
        var overReference = reference
        overReference.holds = c.holds
        cohort.count(reading.disagreement(with: overReference).map { "\(c) (planner cohort): \($0)" })
      } else {
        cohort.count("\(c): no cohort row")
      }
      report.count(VerdictReading.line(Substring("Verdict: " + ReportVerdict(r).headline)).disagreement(with: reference).map { "\(c) (\(c.command("report"))): \($0)" })

      // A soft target missed (the Step 2 CK result after programs start reviewing, ERAS submitted
      // after that day) shows in the verdict of a plan that holds, with its days (issue 20, item 4).
      let missed = r.schedule.targetMisses.filter { ["step2ck.result", "eras.submit"].contains($0.taskID) }
      let headline = ConsistencyViews.verdictBlock(ConsistencyViews.planText(c))
      amber.count(
        r.verdict.holds && !missed.isEmpty && !missed.allSatisfy({ headline.contains(String($0.daysLate)) })
          ? "\(c) (\(c.command("plan"))): \(missed.map { "\($0.taskID) \($0.daysLate) days after its target" }.joined(separator: ", ")) not in the verdict" : nil)
    }
    text.report()
    check.report()
    whatIf.report()
    risk.report()
    cohort.report()
    report.report()
    amber.report()
  }

  // MARK: What-if = planning the changed applicant

  /// `what-if --fail`, `--book` and `--slip` of the next sitting of an exam give the plan of the
  /// applicant with that failure recorded, that booking made, the exam booked that much later.
  @Test func whatIfEqualsPlanningTheChangedApplicant() throws {
    var fail = ConsistencyTally("what-if --fail = planning with the failure recorded")
    var book = ConsistencyTally("what-if --book = planning with the booking")
    var slip = ConsistencyTally("what-if --slip (an exam, +4w) = planning with it booked 4 weeks later")
    var notComparable = 0
    for c in Self.cases {
      let r = c.result
      guard let exam = [Exam.step1, .step2ck, .oet, .step3].first(where: { e in r.schedule.task("\(e.rawValue).exam").map { $0.task.state != .done && $0.start >= c.today } ?? false }),
        let sitting = r.schedule.task("\(exam.rawValue).exam")
      else { continue }
      let year = c.matchYear ?? r.matchYear
      func direct(_ profile: Profile) throws -> PlanResult {
        try PathwayPlanner.plan(profile: profile, rules: c.rules, matchYear: year, today: c.today, file: c.profilePath)
      }
      // Failed: `planner record EXAM fail --date DAY` on the day the result comes out, by the
      // applicant who followed the what-if plan until then (`followed`), then `planner plan`.
      // Other work then starts no earlier than that day, so only the verdict is compared: does
      // the year hold, and which is the earliest.
      let failScenario = WhatIf(fails: [exam])
      // The failure is known, and recorded, the day the result comes out (the lag the plan uses).
      let known = sitting.start + c.profile.days(exam == .oet ? "oet_result" : "usmle_result", c.rules.leadTimes)
      let sameYearsOpen = PathwayPlanner.firstOpenYear(c.rules, today: known) == PathwayPlanner.firstOpenYear(c.rules, today: c.today)
      if sameYearsOpen, (try? failScenario.check(against: r, profile: c.profile)) != nil {
        guard let after = try? failScenario.plan(profile: c.profile, base: r, matchYear: year, today: c.today, file: c.profilePath) else {
          fail.count("\(c) (\(c.command("what-if --fail \(exam.rawValue)"))): the scenario passes its check but cannot be planned")
          continue
        }
        let failed = FollowedApplicant.profile(after, until: known, failing: exam, profile: Journal.apply(.result(exam, .fail, on: sitting.start, score: nil), to: c.profile))
        let what = "\(c) (\(c.command("what-if --fail \(exam.rawValue)")) vs a fail on \(sitting.start) recorded on \(known))"
        do {
          let recorded = try PathwayPlanner.plan(profile: failed, rules: c.rules, matchYear: year, today: known, file: c.profilePath)
          var a = ConsistencyViews.reading(after), b = ConsistencyViews.reading(recorded)
          a.marginDays = nil
          b.marginDays = nil
          // The applicant followed this year's plan: whether an earlier year could still have
          // been made from today is not what they did.
          if let e = a.earliest, (e ?? Int.max) < year { a.earliest = nil }
          // Work other than study under way on that day cannot be written in the journal (it
          // holds "done", not "started"): the recorded applicant starts it again that day, which
          // can cost a soft target. Such a difference is counted apart, not as a failure.
          let disagreement = a.disagreement(with: b)
          if disagreement != nil, FollowedApplicant.underWay(after, on: known, failing: exam) {
            notComparable += 1
          } else {
            fail.count(disagreement.map { "\(what): \($0)" })
          }
        } catch {
          fail.count("\(what): what-if fails the sitting, the profile with that failure cannot be planned: \(error)")
        }
      }
      // Booked two weeks after the planned day (the first testing day from then).
      let bookDay = c.rules.exam.firstTestingDay(onOrAfter: sitting.start + 14)
      let bookScenario = WhatIf(bookings: [exam: bookDay])
      if (try? bookScenario.check(against: r, profile: c.profile)) != nil {
        var booked = c.profile
        var record = booked.record(exam)
        record.booked = bookDay
        booked.exams[exam] = record
        let after = try bookScenario.plan(profile: c.profile, base: r, matchYear: year, today: c.today, file: c.profilePath)
        book.count(ConsistencyViews.difference(after, try direct(booked)).map { "\(c) (\(c.command("what-if --book \(exam.rawValue)=\(bookDay)"))): \($0)" })
      }
      // Slipped four weeks: the applicant who books the first testing day four weeks later.
      let slipScenario = WhatIf(slips: [WhatIf.Slip(taskID: sitting.id, days: 28)])
      if (try? slipScenario.check(against: r, profile: c.profile)) != nil {
        let slipDay = exam == .oet ? sitting.start + 28 : c.rules.exam.firstTestingDay(onOrAfter: sitting.start + 28)
        var later = c.profile
        var record = later.record(exam)
        record.booked = slipDay
        later.exams[exam] = record
        let after = try slipScenario.plan(profile: c.profile, base: r, matchYear: year, today: c.today, file: c.profilePath)
        slip.count(ConsistencyViews.difference(after, try direct(later)).map { "\(c) (\(c.command("what-if --slip \(exam.rawValue)=+4w"))): \($0)" })
      }
    }
    print("consistency: what-if --fail: \(notComparable) applicants differ with work other than study under way when the result comes out (not counted)")
    fail.report()
    book.report()
    slip.report()
  }

  // MARK: One meaning of room

  /// No late start, late finish or latest safe start (as `next` gives it) after a hard gate the
  /// task feeds: a hard deadline downstream, or a fixed date of the cycle (the Rank Order List
  /// deadline, Match Day).
  @Test func lateDatesStayBeforeTheGatesTheyFeed() {
    var late = ConsistencyTally("late finish after a hard gate the task feeds")
    var safe = ConsistencyTally("latest safe start after a hard gate the task feeds")
    var reminder = ConsistencyTally("latest safe start before the action can start or after the task's late start")
    for c in Self.cases {
      let r = c.result
      let gates = ConsistencyViews.hardGates(r)
      // A start-to-start link bounds its predecessor's start, not its finish (ConsistencyViews).
      let finishGates = ConsistencyViews.hardGates(r, finishBound: true)
      let next = NextActions(r, profile: c.profile, days: 3650, baseline: c.baseline)
      let latest = Dictionary(next.items.compactMap { i in i.latestStart.map { (i.taskID, $0) } }, uniquingKeysWith: min)
      var lateProblems: [String] = []
      var safeProblems: [String] = []
      var reminderProblems: [String] = []
      for t in r.schedule.tasks where t.task.state == .planned {
        for (gateID, day) in finishGates[t.id] ?? [] where t.lateLastDay > day {
          lateProblems.append("\(t.id) may finish as late as \(t.lateLastDay), after \(gateID) (\(day))")
        }
        for (gateID, day) in gates[t.id] ?? [] {
          // A gate the plan already misses leaves no safe start to speak of ("no room: start now").
          if let l = latest[t.id], l > day, let g = r.schedule.task(gateID), g.lastDay <= day { safeProblems.append("\(t.id) latest safe start \(l), after \(gateID) (\(day))") }
        }
        // Late work has no room: its latest safe start is its start ("no room: start now").
        if let l = latest[t.id], l > max(t.lateStart, t.start) || (t.task.notBefore.map { l < $0 } ?? false) {
          reminderProblems.append("\(t.id) latest safe start \(l), late start \(t.lateStart), not before \(t.task.notBefore?.description ?? "-")")
        }
      }
      late.count(lateProblems.first.map { "\(c) (\(c.command("plan --format json"))): \($0)" + (lateProblems.count > 1 ? " (+\(lateProblems.count - 1) more)" : "") })
      safe.count(safeProblems.first.map { "\(c) (\(c.command("next --days 730"))): \($0)" })
      reminder.count(reminderProblems.first.map { "\(c) (\(c.command("next --days 730"))): \($0)" })
    }
    late.report()
    safe.report()
    reminder.report()
  }

  /// The latest safe start of each task is one date in `next`, the JSON, the HTML report and the
  /// calendar. `next` against the JSON on every applicant; the report and the calendar on 60.
  @Test func latestSafeStartIsOneDateInEveryView() throws {
    var json = ConsistencyTally("latest safe start: next = JSON")
    var html = ConsistencyTally("latest safe start: next = HTML report")
    var calendar = ConsistencyTally("latest safe start: next = calendar")
    var calendarDays = 0
    let sample = Set(ConsistencyCaseload.sample(60).map(\.profilePath))
    for c in Self.cases {
      let next = ConsistencyViews.nextLatestStarts(c)
      let fromJSON = try ConsistencyViews.jsonLatestStarts(c)
      json.count(ConsistencyViews.mismatch(next, fromJSON).map { "\(c) (\(c.command("next")) vs plan --format json): \($0)" })
      guard sample.contains(c.profilePath) else { continue }
      html.count(ConsistencyViews.mismatch(next, ConsistencyViews.htmlLatestStarts(c)).map { "\(c) (\(c.command("report"))): \($0)" })
      let fromCalendar = try ConsistencyViews.calendarLatestStarts(c)
      calendarDays += fromCalendar.count
      calendar.count(ConsistencyViews.mismatch(next, fromCalendar, onlyShared: true).map { "\(c) (\(c.command("plan --ics -"))): \($0)" })
    }
    json.report()
    html.report()
    calendar.report()
    // Compared where the calendar has one: it must have some (the alarms were read).
    #expect(calendarDays > 60, "only \(calendarDays) latest safe starts read from the calendars")
  }

  // MARK: Risk

  /// With every pass probability 1 and every range of zero width, each simulated world is the
  /// plan: the milestones' medians are the plan's dates and P(ready) is 1 exactly when the plan
  /// holds. On 8 applicants, 4 worlds each.
  @Test func certainRiskReproducesThePlan() async throws {
    var dates = ConsistencyTally("certain risk: milestone medians = the plan's dates")
    var ready = ConsistencyTally("certain risk: P(ready) = 1 exactly when the plan holds")
    for c in ConsistencyCaseload.sample(8) {
      let (profile, pack) = ConsistencyViews.certain(c)
      let plan = try PathwayPlanner.plan(profile: profile, rules: pack, matchYear: c.matchYear, today: c.today, file: c.profilePath)
      let first = PathwayPlanner.firstOpenYear(pack, today: c.today) ?? plan.matchYear
      let analysis = await RiskAnalysis.analyze(
        profile: profile, pack: pack, today: c.today, targetYear: plan.matchYear, firstYear: first,
        options: RiskRun(runs: 4, seed: 2028, workers: 1), sensitivity: false)
      var problems: [String] = []
      for m in analysis.milestones {
        guard let t = plan.schedule.task(m.id) else { continue }
        if m.p50 != t.lastDay { problems.append("\(m.id) \(m.p50?.description ?? "never") vs planned \(t.lastDay)") }
      }
      dates.count(problems.isEmpty ? nil : "\(c): " + problems.joined(separator: ", "))
      ready.count((analysis.pReady == 1) == plan.feasible ? nil : "\(c): P(ready) \(analysis.pReady), plan \(plan.feasible ? "holds" : "does not hold")")
    }
    dates.report()
    ready.report()
  }

  // MARK: The executable

  /// The executable, run as a user would on 16 applicants: `plan --format json`, `plan`, `check`,
  /// `report --no-risk` and `risk --runs 1` agree on the verdict and the exit code, and `next
  /// --format json` gives the latest safe starts of the library's `next`.
  @Test func theExecutableSaysWhatTheLibrarySays() throws {
    var exits = ConsistencyTally("binary: plan, check, report and risk exit codes agree with the verdict")
    var verdicts = ConsistencyTally("binary: plan, JSON, report and risk verdicts agree")
    var next = ConsistencyTally("binary: next --format json = the library's next")
    for c in ConsistencyCaseload.sample(16) {
      let planJSON = try CLIRunner.run(["plan", "--format", "json"] + c.arguments)
      let planText = try CLIRunner.run(["plan", "--format", "table", "--width", "120"] + c.arguments)
      let check = try CLIRunner.run(["check"] + c.arguments)
      let report = try CLIRunner.run(["report", "--no-risk"] + c.arguments)
      let risk = try CLIRunner.run(["risk", "--runs", "1", "--no-sensitivity", "--format", "json"] + c.arguments)
      // `plan` and `report` exit 3 when the year does not hold; `check` exits 3 when a finding
      // blocks it (a plan that is only late is not blocked); `risk` reports and exits 0.
      let codes = ["plan": planJSON.status, "plan text": planText.status, "report": report.status]
      var codeProblems = codes.filter { $0.value != (c.holds ? 0 : 3) }.map { "\($0.key) exits \($0.value)" }.sorted()
      // `check` exits 3 whenever the year does not hold, as `plan` does (README "Exit codes").
      if check.status != (c.holds ? 0 : 3) {
        codeProblems.append("check exits \(check.status), the verdict \(c.result.verdict.status)" + (c.cycleOver ? " for \(c.result.matchYear) (\(c.matchYear ?? 0) is over)" : ""))
      }
      if risk.status != 0 { codeProblems.append("risk exits \(risk.status)") }
      exits.count(codeProblems.isEmpty ? nil : "\(c): " + codeProblems.joined(separator: ", "))

      guard let object = try JSONSerialization.jsonObject(with: Data(planJSON.stdout.utf8)) as? [String: Any],
        let riskObject = try JSONSerialization.jsonObject(with: Data(risk.stdout.utf8)) as? [String: Any]
      else {
        verdicts.count("\(c): unreadable JSON")
        continue
      }
      let verdictObject = object["verdict"] as? [String: Any] ?? [:]
      let fromJSON = VerdictReading(
        status: verdictObject["status"] as? String, holds: verdictObject["holds"] as? Bool, year: object["matchYear"] as? Int, marginDays: verdictObject["marginDays"] as? Int)
      let readings = [
        ("plan", VerdictReading.firstVerdict(in: planText.stdout)), ("report", VerdictReading.firstVerdict(in: ConsistencyViews.plainText(report.stdout))),
        ("risk", (riskObject["deterministic_verdict"] as? String).map(VerdictReading.risk)),
      ]
      var problems = readings.compactMap { name, reading in
        reading.map { $0.disagreement(with: fromJSON).map { "\(name): \($0)" } } ?? "\(name): no verdict"
      }
      if let library = VerdictReading.firstVerdict(in: ConsistencyViews.planText(c)), let binary = readings[0].1, library != binary {
        problems.append("plan: the executable says \(binary), the library \(library)")
      }
      verdicts.count(problems.isEmpty ? nil : "\(c): " + problems.joined(separator: "; "))

      let nextRun = try CLIRunner.run(["next", "--format", "json", "--days", "730"] + c.arguments)
      let items = ((try JSONSerialization.jsonObject(with: Data(nextRun.stdout.utf8)) as? [String: Any])?["items"] as? [[String: Any]]) ?? []
      var fromBinary: [String: Day] = [:]
      for item in items {
        guard let id = item["taskId"] as? String, let day = (item["latestStart"] as? String).flatMap(Day.init(iso:)) else { continue }
        fromBinary[id] = min(fromBinary[id] ?? day, day)
      }
      let library = ConsistencyViews.nextLatestStarts(c, days: 730)
      next.count(ConsistencyViews.mismatch(library, fromBinary).map { "\(c) (\(c.command("next --format json --days 730"))): \($0)" })
    }
    exits.report()
    verdicts.report()
    next.report()
  }

  /// The report and `risk` give one P(ready) for the same profile and day, each with its defaults
  /// (issue 20, item 6). Two applicants: the two simulations are the suite's slowest step.
  @Test func reportAndRiskGiveOneProbability() throws {
    var tally = ConsistencyTally("report P(ready) = risk P(ready), defaults")
    for c in ConsistencyCaseload.sample(2) {
      let report = try CLIRunner.run(["report"] + c.arguments)
      let risk = try CLIRunner.run(["risk", "--no-sensitivity"] + c.arguments)
      let fromReport = ConsistencyViews.pReady(in: ConsistencyViews.plainText(report.stdout))
      let fromRisk = ConsistencyViews.pReady(in: risk.stdout)
      tally.count(fromReport != nil && fromReport == fromRisk ? nil : "\(c): report \(fromReport ?? "none"), risk \(fromRisk ?? "none")")
    }
    tally.report()
  }
}
