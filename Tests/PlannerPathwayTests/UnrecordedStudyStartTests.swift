import PlannerCore
import PlannerTestSupport
import Testing

@testable import PlannerPathway
import PlannerRules

/// Issue 20 §5 keeps a study block at the saved plan's start when nothing is recorded; the verdict
/// then rests on a start nobody recorded. `UnrecordedStudyStart` names those blocks and gives the
/// same Match year's verdict if they begin today, and `next` counts their room from today (the
/// session-10 finding: "you can start as late as 2027-02-10 (65 days to spare)" on 2027-03-07).
struct UnrecordedStudyStartTests {
  static let profiles = [
    "match: 2028\ngraduation: 2025-05-31\nvisa: j1\n",
    "match: 2028\ngraduation: 2025-05-31\nvisa: j1\nexams:\n  step1:\n    attempts: [{date: 2026-06-22, result: pass}]\n  step2ck:\n    study_weeks: 16\n",
    "match: 2029\ngraduation: 2026-05-31\nvisa: h1b\nexams:\n  step1:\n    study_weeks: 20\n",
  ]

  func d(_ s: String) -> Day { Day(iso: s)! }

  func inputs(_ profile: String, journal: String = "", saved: String? = nil, today: Day) throws -> ReplanState {
    ReplanState(
      profile: try ProfileParser.parse(profile, file: "me.yaml", rules: bundledRules), profileFile: "me.yaml",
      journalText: journal, journalFile: "me.journal", savedPlanText: saved, savedPlanFile: "me.plan.json",
      today: today, matchYear: nil, rules: bundledRules)
  }

  func saved(_ profile: String, on day: Day) throws -> String {
    let applicant = try Applicant(try inputs(profile, today: day))
    return SavedPlan(try applicant.plan(), journal: applicant.journal.tag).encoded()
  }

  /// For every profile and many days after the saved plan: the blocks are exactly the kept study
  /// starts that have passed, and the verdict "if begun today" is the verdict of planning the same
  /// year without those kept starts — never more room than the plan's.
  @Test(arguments: 0..<3)
  func theVerdictIfBegunTodayIsThePlanWithoutTheKeptStarts(index: Int) throws {
    let profile = Self.profiles[index]
    let savedOn = d("2026-12-07")
    let text = try saved(profile, on: savedOn)
    var said = 0
    for offset in [0, 1, 30, 64, 65, 66, 90, 150] {
      let today = savedOn + offset
      let applicant = try Applicant(try inputs(profile, saved: text, today: today))
      let plan = try applicant.plan()
      let kept = applicant.profile.keptStudyStarts.filter { $0.value < today && plan.schedule.task($0.key)?.task.state != .done }
      guard let unrecorded = plan.unrecordedStudyStart else {
        #expect(kept.isEmpty, "profile \(index), \(today): kept \(kept) but nothing said")
        continue
      }
      #expect(offset > 0, "the day of the saved plan has nothing overdue")
      said += 1
      #expect(Set(unrecorded.blocks.map(\.taskID)) == Set(kept.keys), "profile \(index), \(today)")
      #expect(unrecorded.blocks.allSatisfy { $0.savedStart == savedOn || $0.savedStart > savedOn })
      var fresh = applicant.profile
      for id in kept.keys { fresh.keptStudyStarts[id] = nil }
      let oracle = try PathwayPlanner.plan(profile: fresh, rules: bundledRules, matchYear: plan.matchYear, today: today, file: "me.yaml")
      #expect(unrecorded.ifBegunToday == oracle.verdict, "profile \(index), \(today)")
      if let room = plan.verdict.marginDays, let later = unrecorded.ifBegunToday.marginDays {
        #expect(later <= room, "profile \(index), \(today): beginning later gave more room")
      }
    }
    #expect(said > 0, "profile \(index): some day rests on a kept start")
  }

  /// Recorded as done, or no saved plan: nothing rests on an unrecorded start.
  @Test func aRecordOrNoSavedPlanLeavesNothingToAssume() throws {
    let profile = Self.profiles[0]
    let text = try saved(profile, on: d("2026-12-07"))
    #expect(try Applicant(try inputs(profile, today: d("2027-03-07"))).plan().unrecordedStudyStart == nil)
    let journal = Journal.appending(JournalEntry(recordedOn: d("2027-03-07"), .done("step1.prep", on: d("2027-03-01"))), to: "")
    let done = try Applicant(try inputs(profile, journal: journal, saved: text, today: d("2027-03-07"))).plan()
    #expect(done.unrecordedStudyStart?.blocks.contains { $0.taskID == "step1.prep" } != true)
  }

  /// `next` counts a kept block's room from today, on both sides of its latest safe start.
  @Test func nextCountsTheRoomFromToday() throws {
    let profile = Self.profiles[0]
    let text = try saved(profile, on: d("2026-12-07"))
    var sides = Set<Bool>()
    for offset in [20, 44, 65, 66, 90] {
      let today = d("2026-12-07") + offset
      let applicant = try Applicant(try inputs(profile, saved: text, today: today))
      let plan = try applicant.plan()
      let item = try #require(applicant.next(plan).items.first { $0.taskID == "step1.prep" && $0.kind == .overdue }, "\(today)")
      let latest = try #require(plan.schedule.task("step1.prep").flatMap { LatestSafeStart($0, in: plan.schedule) })
      #expect(!item.text.contains("to spare"), "\(today): \(item.text)")
      if latest.day >= today {
        #expect(item.text.hasSuffix("if you have not begun, begin by \(latest.day) (\(Explain.days(latest.day - today)) from today)"), "\(item.text)")
      } else {
        #expect(item.text.hasSuffix("if you have not begun, today is \(Explain.days(today - latest.day)) past its latest safe start (\(latest.day))"), "\(item.text)")
      }
      sides.insert(latest.day >= today)
    }
    #expect(sides == [true, false], "both sides of the latest safe start are checked")
  }
}
