import PlannerCore
import PlannerPathway
import PlannerRender
import PlannerRules

/// The edge of every recording command: lock the journal, read the files, let `Replanner` decide,
/// write the journal and then the saved plan, print.
enum Replanning {
  /// - Parameter width: the columns the report wraps to (`OutputOptions`).
  /// - Parameter make: the request, from the loaded applicant (its today resolves `--date`, its
  ///   rules pack names the lead times).
  static func commit(_ input: InputOptions, width: Int, command: String, showAll: Bool = false, force: Bool = false, request make: (ApplicantLoader.Loaded) throws -> Replanner.Request) throws {
    let (report, holds) = try reportingInputErrors { () throws -> (String, Bool) in
      let files = try ReplanFiles.require(input.profile, for: command)
      // Before anything is written: the saved plan goes through a link only to a saved plan.
      try SavedPlanLink.check(files.savedPlan, force: force)
      // Read under the lock: nobody changes the journal between reading and writing it.
      let lock = try JournalLock.acquire(files)
      defer { withExtendedLifetime(lock) {} }
      let loaded = try input.load(savedPlan: .required, requireProfile: command)
      let outcome = try Replanner.record(try make(loaded), for: loaded.applicant, showAll: showAll)
      // Under the lock no other planner is writing these: any temporary file is a crash's leftover.
      DurableFile.sweep(files.journal)
      DurableFile.sweep(files.savedPlan)
      do {
        try DurableFile.write(outcome.journalText, to: files.journal)
      } catch {
        throw InputError(String(describing: error) + "; nothing was recorded")
      }
      FaultPoint.hit("between-writes")
      do {
        try DurableFile.write(outcome.savedPlanText, to: files.savedPlan)
      } catch {
        // The record is in: say so. The stale saved plan names an older journal, so the next
        // `diff` or record rebuilds the baseline from the journal instead of trusting it.
        Console.error("planner: warning: \(String(describing: error)); the record is in \(files.journal), and the next `planner diff` compares with the plan rebuilt from it")
      }
      return (outcome.report, outcome.holds)
    }
    Console.out(TextWrap.wrap(report, width: width))
    if !holds { throw Exit.notFeasible }
  }

  /// An exam named on the command line.
  static func exam(_ text: String) throws -> Exam {
    guard let exam = Exam(rawValue: text.lowercased()) else {
      let names = Exam.allCases.map(\.rawValue)
      // "step2" means step2ck more often than step1: a prefix beats the nearest spelling.
      let prefixed = names.first { $0.hasPrefix(text.lowercased()) && text.count >= 4 }
      let hint = prefixed.map { "; did you mean '\($0)'?" } ?? RecordRules.hint(text.lowercased(), in: names)
      throw UsageError("unknown exam '\(text)'\(hint) (step1, step2ck, step3, oet)")
    }
    return exam
  }

  /// The `--date` every record needs: an ISO date, or today, yesterday, -3d… from today.
  static func day(_ date: DateArgument?, what: String, today: Day) throws -> Day {
    guard let date else { throw UsageError("--date is required: \(what)") }
    return try date.day(today: today, option: "--date")
  }
}
