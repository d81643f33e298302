import PlannerCore
import PlannerPathway

/// The flow every recording command shares: lock the journal, check the record against the
/// rules, re-plan, write the journal and the saved plan, then show what moved.
enum Replanning {
  static func commit(_ input: InputOptions, command: String, action make: (InputOptions.Context, Journal) throws -> JournalEntry.Action) throws {
    let (report, holds) = try reportingInputErrors { () throws -> (String, Bool) in
      let files = try ReplanFiles.require(input.profile, for: command)
      let lock = try JournalLock.acquire(files)
      defer { withExtendedLifetime(lock) {} }
      let context = try input.resolve()
      let text = try JournalFiles.text(files)
      let journal = try JournalFiles.journal(files, rules: context.rules)
      let before = try PathwayPlanner.plan(profile: context.profile, rules: context.rules, matchYear: context.matchYear, today: context.today, file: context.fileLabel)
      let action = try make(context, journal)
      do {
        try RecordRules.check(action, profile: context.profile, rules: context.rules, today: context.today, taskIDs: Set(before.schedule.tasks.map(\.id)))
      } catch let error as RecordError {
        throw InputError(error.description + "; nothing was recorded")
      }
      let entry = JournalEntry(recordedOn: context.today, action)
      let newText = Journal.appending(entry, to: text)
      let newJournal: Journal
      do {
        newJournal = try JournalParser.parse(newText, file: files.journal, rules: context.rules)
      } catch let error as JournalError {
        throw InputError(error.description)
      }
      let raw: Profile
      do {
        raw = try ProfileParser.parse(try Files.read(files.profile), file: files.profile, rules: context.rules)
      } catch let error as ProfileError {
        throw InputError(error.description)
      }
      let profile = newJournal.apply(to: raw, asOf: context.today)
      // A damaged saved plan is replaced; the comparison then is with the plan before this record.
      let saved = (try? SavedPlan.load(profilePath: files.profile)) ?? nil
      let after = try PathwayPlanner.plan(profile: profile, rules: context.rules, matchYear: context.matchYear ?? saved?.matchYear ?? before.matchYear, today: context.today, file: context.fileLabel)
      try DurableFile.write(newText, to: files.journal)
      try SavedPlan.save(after, profile: profile, profilePath: files.profile)

      let number = newJournal.entries.count
      var said: String
      if case .undo(let n) = action {
        said = "Took back record \(n) (\(journal.entries[n - 1].summary)) with record \(number) in \(files.journal)."
      } else {
        said = "Recorded in \(files.journal) as record \(number): \(entry.summary)."
      }
      let baseline = saved ?? PlanSnapshot(before)
      let since = saved.map { "since the plan of \($0.today) (\(files.savedPlan))" } ?? "since the plan before this record"
      said += "\n" + PlanDiff(before: baseline, after: after).render(since: since)
      said += "Run `planner plan --profile \(files.profile)` for the whole plan" + (entry.isUndo ? ".\n" : "; `planner undo` takes this back.\n")
      return (said, after.feasible)
    }
    Console.out(report)
    if !holds { throw Exit.notFeasible }
  }

  /// An exam named on the command line.
  static func exam(_ text: String) throws -> Exam {
    guard let exam = Exam(rawValue: text.lowercased()) else {
      let names = Exam.allCases.map(\.rawValue)
      // "step2" means step2ck more often than step1: a prefix beats the nearest spelling.
      let prefixed = names.first { $0.hasPrefix(text.lowercased()) && text.count >= 4 }
      let hint = prefixed.map { "; did you mean '\($0)'?" } ?? RecordRules.hint(text.lowercased(), in: names)
      throw InputError("unknown exam '\(text)'\(hint) (step1, step2ck, step3, oet)")
    }
    return exam
  }

  /// The `--date` every record needs.
  static func day(_ text: String?, what: String) throws -> Day {
    guard let text else { throw InputError("--date YYYY-MM-DD is required: \(what)") }
    return try InputOptions.day(text, option: "--date")
  }
}
