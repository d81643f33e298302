import PlannerCore
import PlannerPathway

/// Reading the journal beside a profile and merging it in: the hook every command that loads a
/// profile goes through (`InputOptions.resolve`).
enum JournalFiles {
  /// The journal's text, empty when nothing has been recorded yet.
  static func text(_ files: ReplanFiles) throws -> String {
    Files.exists(files.journal) ? try Files.read(files.journal) : ""
  }

  static func journal(_ files: ReplanFiles, rules: RulesPack) throws -> Journal {
    do {
      return try JournalParser.parse(try text(files), file: files.journal, rules: rules)
    } catch let error as JournalError {
      throw InputError(error.description)
    }
  }

  /// The profile with what was recorded up to `today` applied.
  static func merged(into profile: Profile, profilePath: String, rules: RulesPack, today: Day) throws -> Profile {
    try journal(ReplanFiles(profile: profilePath), rules: rules).apply(to: profile, asOf: today)
  }
}
