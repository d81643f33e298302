import PlannerPathway
import PlannerRules

/// Reading the journal beside a profile.
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
}
