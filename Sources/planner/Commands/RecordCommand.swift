import ArgumentParser
import PlannerCore
import PlannerPathway
import PlannerRules

struct RecordCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "record",
    abstract: "Record an exam result, a task done, or a lead time you now know; then see what moved.",
    discussion: """
      planner record step1 fail --date 2026-11-20 --profile me.yaml
      planner record step2ck pass --date 2027-03-18 --score 241 --profile me.yaml
      planner record eras.submit done --date 2027-09-01 --profile me.yaml
      planner record visa.j1.son takes --days 90 --profile me.yaml

      What you record goes into a journal beside your profile (me.yaml → me.journal); the profile \
      is never rewritten. Dates: YYYY-MM-DD, today, yesterday, -3d. Exit codes: 0 the Match year \
      still holds, 3 it no longer does, 2 the \
      input is bad, 4 the exam rules refuse the record, 75 another planner holds the journal \
      (nothing is written in those three cases).
      """
  )

  @Argument(help: ArgumentHelp("An exam (step1, step2ck, step3, oet), a task id (eras.submit), or a lead time (statement_of_need).", valueName: "what"), completion: .custom(CompletionSources.recordSubjects))
  var subject: String

  @Argument(help: ArgumentHelp("pass, fail or incomplete for an exam; done for a task; takes for a lead time.", valueName: "outcome"), completion: .list(["pass", "fail", "incomplete", "done", "takes"]))
  var outcome: String

  @Option(parsing: .unconditional, help: ArgumentHelp("The exam day, or the day the task was done. YYYY-MM-DD, today, yesterday, -3d, +2w.", valueName: "date"), transform: DateArgument.parse)
  var date: DateArgument?

  @Option(help: "The score (Step 2 CK, Step 3).")
  var score: Int?

  @Option(help: "With `takes`: how many days it takes.")
  var days: Int?

  @OptionGroup var input: InputOptions

  @OptionGroup var layout: OutputOptions

  @Flag(help: "List every task that moved, not only the milestones.")
  var all = false

  @Flag(help: "Write the saved plan (me.plan.json) through a symlink even when its target is not a saved plan.")
  var force = false

  func run() throws {
    try Replanning.commit(input, width: layout.columns, command: "record", showAll: all, force: force) { loaded in .action(try action(rules: loaded.rules, today: loaded.today)) }
  }

  func action(rules: RulesPack, today: Day) throws -> JournalEntry.Action {
    let word = outcome.lowercased()
    if let result = Attempt.Result(rawValue: word), result != .pending {
      let exam = try Replanning.exam(subject)
      return .result(exam, result, on: try Replanning.day(date, what: "the day you sat \(exam.title)", today: today), score: score)
    }
    if Exam(rawValue: subject.lowercased()) != nil {
      let hint = nearestOutcome(word, in: ["pass", "fail", "incomplete"])
      throw UsageError("record \(subject): '\(outcome)' is not pass, fail or incomplete\(hint)")
    }
    switch word {
    case "done":
      // No --date: done today, and said so (issue 25, point 6), as a finished task usually is.
      guard date != nil else {
        Console.error("planner: recording \(subject) as done today, \(today); give --date YYYY-MM-DD for another day")
        return .done(subject, on: today)
      }
      return .done(subject, on: try Replanning.day(date, what: "the day \(subject) was done", today: today))
    case "takes":
      guard let key = RecordRules.leadKey(for: subject, rules: rules) else {
        throw UsageError("record \(subject) takes: unknown lead time '\(subject)'\(RecordRules.hint(subject, in: rules.leadTimes.keys)) (`planner rules` lists the keys)")
      }
      guard let days else { throw UsageError("record \(subject) takes: --days N is required") }
      return .lead(key, days: days)
    default:
      let hint = nearestOutcome(word, in: ["done", "takes", "pass", "fail", "incomplete"])
      throw UsageError("record \(subject) \(outcome): expected EXAM pass|fail|incomplete, TASK done, or LEAD-TIME takes --days N\(hint)")
    }
  }

  /// "failed" → "; did you mean 'fail'?": past tenses and typos of the outcome words.
  func nearestOutcome(_ word: String, in words: [String]) -> String {
    let stem = word.hasSuffix("ed") ? String(word.dropLast(2)) : word
    let found = words.contains(stem) ? stem : nearest(word, in: words)
    return found.map { "; did you mean '\($0)'?" } ?? ""
  }
}
