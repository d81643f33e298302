import Foundation
import PlannerCore
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// The replanning flow in-process: what `record`, `undo` and `diff` decide, with no files.
struct ReplannerTests {
  static let booked = """
    match: 2028
    exams:
      step1:
        attempts: [{date: 2026-06-22, result: pass}]
      step2ck:
        booked: 2027-03-18
    done:
      ecfmg.application: 2025-11-20
      credentials.verify: 2026-01-30
    """

  func d(_ s: String) -> Day { Day(iso: s)! }

  func state(_ yaml: String = Self.booked, journal: String = "", saved: String? = nil, today: String = "2026-11-25", match: Int? = nil) throws -> ReplanState {
    ReplanState(
      profile: try ProfileParser.parse(yaml, file: "me.yaml", rules: bundledRules), profileFile: "me.yaml",
      journalText: journal, journalFile: "me.journal", savedPlanText: saved, savedPlanFile: "me.plan.json",
      today: d(today), matchYear: match, rules: bundledRules)
  }

  /// Applies an outcome the way the executable does: journal first, then the saved plan.
  func written(_ s: ReplanState, _ outcome: Replanner.Outcome, today: String? = nil) -> ReplanState {
    var next = s
    next.journalText = outcome.journalText
    next.savedPlanText = outcome.savedPlanText
    if let today { next.today = d(today) }
    return next
  }

  func refusal(_ body: () throws -> Void) -> ReplanError? {
    do {
      try body()
      return nil
    } catch {
      return error as? ReplanError ?? ReplanError(.badInput, "unexpected: \(error)")
    }
  }

  @Test func aRecordAppendsOneLineAndTagsTheSavedPlanWithTheNewJournal() throws {
    let s = try state()
    let out = try Replanner.record(.action(.done("eras.photo", on: d("2026-11-20"))), in: s)
    #expect(out.journalText.hasPrefix(Journal.header))
    #expect(out.journalText.hasSuffix("2026-11-25 done eras.photo on 2026-11-20\n"))
    #expect(out.number == 1)
    #expect(out.report.hasPrefix("Recorded in me.journal as record 1: eras.photo done on 2026-11-20.\nWhat moved since the plan before this record:"))
    let saved = try SavedPlan.decode(out.savedPlanText, file: "me.plan.json")
    #expect(saved.journal == (try JournalParser.parse(out.journalText, file: "j", rules: bundledRules)).tag)
  }

  @Test func refusedRecordsAndBadNamesHaveDifferentKinds() throws {
    let s = try state()
    let future = refusal { _ = try Replanner.record(.action(.result(.step2ck, .pass, on: d("2026-12-01"), score: 240)), in: s) }
    #expect(future?.kind == .refused)
    #expect(future?.description.hasSuffix("; nothing was recorded") == true)
    let typo = refusal { _ = try Replanner.record(.action(.done("eras.phtoo", on: d("2026-11-20"))), in: s) }
    // A mistyped name is the command line's mistake (exit 64), not a bad file's.
    #expect(typo?.kind == .unknownName)
    #expect(typo?.description.contains("did you mean 'eras.photo'?") == true)
    let damaged = refusal { _ = try Replanner.record(.undo(nil), in: try state(journal: "2026-11-25 dun eras.photo on 2026-11-20\r\n")) }
    #expect(damaged == ReplanError(.badInput, "me.journal:1: error: unknown record 'dun'; did you mean 'done'? in '2026-11-25 dun eras.photo on 2026-11-20'"))
  }

  @Test func undoTakesBackTheNewestInForceAndUndoNTakesBackN() throws {
    var s = try state()
    s = written(s, try Replanner.record(.action(.done("eras.photo", on: d("2026-11-20"))), in: s))
    s = written(s, try Replanner.record(.action(.done("eras.statement", on: d("2026-11-21"))), in: s))
    let last = try Replanner.record(.undo(nil), in: s)
    #expect(last.report.hasPrefix("Took back record 2 (eras.statement done on 2026-11-21) with record 3 in me.journal."))
    let first = try Replanner.record(.undo(1), in: s)
    #expect(first.report.hasPrefix("Took back record 1 (eras.photo done on 2026-11-20) with record 3 in me.journal."))
    s = written(s, first)
    #expect(refusal { _ = try Replanner.record(.undo(1), in: s) }?.description == "record 1 (eras.photo done on 2026-11-20) was already taken back by record 3; `planner undo 3` puts it back")
    #expect(refusal { _ = try Replanner.record(.undo(9), in: s) }?.kind == .refused)
  }

  @Test func undoingAnUndoPutsTheRecordBackForHistoryAndPlanAlike() throws {
    var s = try state()
    s = written(s, try Replanner.record(.action(.book(.oet, for: d("2027-01-10"))), in: s))
    s = written(s, try Replanner.record(.undo(1), in: s))
    let redo = try Replanner.record(.undo(2), in: s)
    #expect(redo.report.hasPrefix("Took back record 2 (the undo of record 1) with record 3 in me.journal, so record 1 (OET Medicine booked for 2027-01-10) is in force again."))
    s = written(s, redo)
    let journal = try s.journal()
    #expect(journal.effective(asOf: s.today).map(\.action) == [.book(.oet, for: d("2027-01-10"))])
    #expect(try s.merged(journal).record(.oet).booked == d("2027-01-10"))
    let history = Replanner.history(journal, file: "me.journal", today: s.today)
    #expect(history.contains("  1  2026-11-25  OET Medicine booked for 2027-01-10\n"))
    #expect(history.contains("  2  2026-11-25  took back record 1  (taken back by 3)\n"))
  }

  @Test func recordsDatedAfterTodayAreNamedInsteadOfNoRecordInForce() throws {
    let s = try state(journal: "2026-12-05 done eras.photo on 2026-12-01\n")
    let error = refusal { _ = try Replanner.record(.undo(nil), in: s) }
    #expect(error?.description == "nothing to undo: no record is in force as of 2026-11-25; record 1 is dated after today (2026-11-25) and not in force yet")
    #expect(refusal { _ = try Replanner.record(.undo(1), in: s) }?.description == "record 1 is dated 2026-12-05, after today (2026-11-25); it is not in force yet, so there is nothing to take back")
    #expect(Replanner.history(try s.journal(), file: "me.journal", today: s.today).contains("(dated after today, 2026-11-25: not in force yet)"))
  }

  @Test func aJournalRecordThatContradictsTheProfileIsReportedAgainstTheJournal() throws {
    // Typed by hand: a Step 1 result after the pass the profile already holds.
    let s = try state(journal: "# mine\n2026-11-25 result step1 fail on 2026-10-01\n")
    let error = refusal { _ = try Replanner.record(.undo(nil), in: s) }
    #expect(error?.kind == .badInput)
    #expect(error?.description.hasPrefix("me.journal:2: error: record 1 (Step 1 fail on 2026-10-01) contradicts what is already known: exams.step1: an attempt after the pass of 2026-06-22") == true)
  }

  @Test func aFourthFailureAfterTheMatchYearIsOverIsRecorded() throws {
    let yaml = """
      match: 2028
      exams:
        step1:
          attempts: [{date: 2026-05-01, result: fail}, {date: 2026-08-01, result: fail}, {date: 2026-11-02, result: fail}]
      done:
        ecfmg.application: 2025-11-20
        credentials.verify: 2026-01-30
      """
    let s = try state(yaml, today: "2028-04-10")
    let out = try Replanner.record(.action(.result(.step1, .fail, on: d("2028-04-03"), score: nil)), in: s)
    #expect(out.report.hasPrefix("Recorded in me.journal as record 1: Step 1 fail on 2028-04-03. Recorded; no path to certification remains."))
    #expect(out.report.contains("Verdict: no path to certification remains."))
    // No room "gained" and no target "met again" on a road that no longer exists.
    #expect(out.report.contains("\nMargin: ") && out.report.contains(" → none (no path to certification remains)\n"))
    #expect(!out.report.contains("gained") && !out.report.contains("Target met again"))
    #expect(out.report.contains("all 4 attempts used without a pass"))
    #expect(out.report.contains("\nnote: The 2028 Match took place in March 2028"))
    #expect(!out.report.contains("error"))
    #expect(!out.holds)
    #expect(out.journalText.hasSuffix("2028-04-10 result step1 fail on 2028-04-03\n"))
  }

  @Test func aSavedPlanOlderThanTheJournalIsRebuiltFromTheJournal() throws {
    var s = try state()
    let first = try Replanner.record(.action(.book(.oet, for: d("2027-01-10"))), in: s)
    s = written(s, first)
    let second = try Replanner.record(.action(.reschedule(.step2ck, from: d("2027-03-18"), to: d("2027-06-10"))), in: s)
    // A crash between the two writes: the journal has record 2, the saved plan is record 1's.
    var crashed = s
    crashed.journalText = second.journalText
    let diff = try Replanner.diff(crashed, save: false)
    #expect(diff.report.hasPrefix("note: me.plan.json was saved before record 2 (an interrupted write?); comparing with the plan rebuilt from me.journal instead\nWhat moved since the plan as of 2026-11-25, rebuilt from me.journal:\n  nothing moved\n"))
    // The next record compares with the rebuilt baseline: it shows only its own change.
    let third = try Replanner.record(.action(.done("eras.photo", on: d("2026-11-20"))), in: crashed)
    let complete = try Replanner.record(.action(.done("eras.photo", on: d("2026-11-20"))), in: written(s, second))
    #expect(third.report.split(separator: "\n").dropFirst(2).joined(separator: "\n") == complete.report.split(separator: "\n").dropFirst(1).joined(separator: "\n").replacingOccurrences(of: "since the plan of 2026-11-25 (me.plan.json)", with: "since the plan as of 2026-11-25, rebuilt from me.journal"))
    #expect(third.savedPlanText == complete.savedPlanText)
  }

  @Test func aDamagedSavedPlanDoesNotStopATrueRecord() throws {
    let s = try state(saved: "{\"matchYear\": 20")
    let out = try Replanner.record(.action(.done("eras.photo", on: d("2026-11-20"))), in: s)
    #expect(out.report.contains("\nnote: me.plan.json is not a saved plan planner can read (damaged?); comparing with the plan before this record, and writing it anew\nWhat moved since the plan before this record:\n"))
    #expect((try? SavedPlan.decode(out.savedPlanText, file: "p")) != nil)
    #expect(throws: ReplanError.self) { try Replanner.diff(s, save: false) }
  }

  /// `diff --save` is the documented way to make the first baseline (and to replace a damaged
  /// one): it saves today's plan instead of failing; without --save both stay errors.
  @Test func diffSaveMakesTheFirstBaselineAndReplacesADamagedOne() throws {
    for saved in [nil, "{\"matchYear\": 20"] {
      let s = try state(saved: saved)
      #expect(throws: ReplanError.self) { try Replanner.diff(s, save: false) }
      let out = try Replanner.diff(s, save: true)
      let text = try #require(out.savedPlanText)
      #expect(try SavedPlan.decode(text, file: "p").journal == (try s.journal()).tag)
      #expect(out.report.contains(saved == nil ? "No saved plan yet: nothing to compare with.\n" : "is not a saved plan planner can read (damaged?); nothing to compare with, writing it anew\n"))
      #expect(out.report.contains("Verdict: the 2028 Match holds: "))
      #expect(!out.report.contains("still"))
      #expect(out.report.hasSuffix("Saved today's plan as me.plan.json.\n"))
      // The next diff compares with it: nothing moved.
      var next = s
      next.savedPlanText = text
      #expect(try Replanner.diff(next, save: false).report.contains("  nothing moved\n"))
    }
  }

  /// Against a baseline for another Match year, the year asked for neither "still" holds nor
  /// "no longer" holds: it is said plainly, beside "the saved plan was for the 2028 Match".
  @Test func aBaselineForAnotherYearIsNotSaidToStillHold() throws {
    var s = try state()
    s = written(s, try Replanner.record(.action(.done("eras.photo", on: d("2026-11-20"))), in: s))
    s.matchYear = 2029
    let report = try Replanner.diff(s, save: false).report
    #expect(report.contains("; the saved plan was for the 2028 Match\n"))
    #expect(report.contains("Verdict: the 2029 Match holds: "))
    #expect(!report.contains("still"))
  }

  /// A task recorded done before something it waits for that is recorded later (a document, an
  /// exam's pass) is refused with both dates, and nothing is written; in order it is recorded.
  @Test func aRecordBeforeARecordedPrerequisiteIsRefused() throws {
    var s = try state()
    s = written(s, try Replanner.record(.action(.done("eras.token", on: d("2026-11-20"))), in: s))
    let error = refusal { _ = try Replanner.record(.action(.done("eras.submit", on: d("2026-11-10"))), in: s) }
    #expect(error?.kind == .refused)
    #expect(error?.description.hasPrefix("eras.submit done on 2026-11-10 comes before what it waits for: eras.token is recorded on 2026-11-20") == true)
    #expect(refusal { _ = try Replanner.record(.action(.done("eras.submit", on: d("2026-11-21"))), in: s) } == nil)
    // An exam's pass counts too: the profile's Step 1 pass of 2026-06-22.
    let graph = try PathwayPlanner.plan(profile: try s.merged(try s.journal()), rules: bundledRules, matchYear: 2028, today: s.today).graph
    #expect(RecordRules.laterPrerequisite(of: "ecfmg.certificate", on: d("2026-06-01"), graph: graph, profile: try s.merged(try s.journal()))?.day == d("2026-06-22"))
  }

  @Test func diffAllListsEveryMovedTask() throws {
    var s = try state()
    s = written(s, try Replanner.record(.action(.done("eras.photo", on: d("2026-11-20"))), in: s))
    // The profile edited by hand: Step 2 CK moved to August.
    var moved = s
    moved.profile = try ProfileParser.parse(Self.booked.replacingOccurrences(of: "2027-03-18", with: "2027-08-02"), file: "me.yaml", rules: bundledRules)
    let short = try Replanner.diff(moved, save: false).report
    let all = try Replanner.diff(moved, save: false, showAll: true).report
    let counted = try #require(short.split(separator: "\n").first { $0.contains("other task") })
    let n = try #require(Int(counted.split(separator: " ")[1]))
    #expect(counted.hasSuffix("moved (--all lists them)"))
    let listed = all.split(separator: "\n").filter { $0.contains(" → ") && $0.hasPrefix("  ") }.count
    let shown = short.split(separator: "\n").filter { $0.contains(" → ") && $0.hasPrefix("  ") }.count
    #expect(listed == shown + n)
    #expect(!all.contains("other task"))
  }

  @Test func afterAnUndoTheVerdictSaysTheMatchHoldsAgain() throws {
    let yaml = """
      match: 2028
      exams:
        step1:
          attempts: [{date: 2026-06-22, result: pass}]
        step2ck:
          booked: 2027-03-18
      done:
        ecfmg.application: 2025-11-20
        credentials.verify: 2026-01-30
      """
    var s = try state(yaml)
    let broken = try Replanner.record(.action(.reschedule(.step2ck, from: d("2027-03-18"), to: d("2028-02-15"))), in: s)
    #expect(broken.report.contains("Verdict: the 2028 Match NO LONGER HOLDS."))
    s = written(s, broken)
    let undo = try Replanner.record(.undo(nil), in: s)
    #expect(undo.report.contains("Verdict: the 2028 Match holds again"))
    #expect(undo.holds)
    #expect(undo.report.hasSuffix("Run `planner plan --profile me.yaml` for the whole plan.\n"))
  }
}
