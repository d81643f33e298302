public import PlannerCore
public import PlannerRules

/// What a replanning command works from, read by the executable: the profile as written, the
/// journal's and the saved plan's text, the file names to report against, today and `--match`.
public struct ReplanState: Sendable {
  public var profile: Profile
  public var profileFile: String
  public var journalText: String
  public var journalFile: String
  /// nil when there is no saved plan yet.
  public var savedPlanText: String?
  public var savedPlanFile: String
  public var today: Day
  public var matchYear: Int?
  public var rules: RulesPack

  public init(profile: Profile, profileFile: String, journalText: String, journalFile: String, savedPlanText: String?, savedPlanFile: String, today: Day, matchYear: Int?, rules: RulesPack) {
    self.rules = rules
    self.profile = profile
    self.profileFile = profileFile
    self.journalText = journalText
    self.journalFile = journalFile
    self.savedPlanText = savedPlanText
    self.savedPlanFile = savedPlanFile
    self.today = today
    self.matchYear = matchYear
  }

  public func journal() throws(ReplanError) -> Journal {
    do {
      return try JournalParser.parse(journalText, file: journalFile, rules: rules)
    } catch {
      throw .input(error)
    }
  }

  /// The profile planning works from: the journal merged in, and the study blocks the saved plan
  /// (`baseline`) started keeping those starts.
  public func planned(_ journal: Journal, baseline: PlanSnapshot?) throws(ReplanError) -> Profile {
    var profile = try merged(journal)
    if let baseline { profile.keptStudyStarts = baseline.keptStudyStarts(today: today) }
    return profile
  }

  /// The profile with the journal's records in force today applied (see `Replanner.merge`).
  public func merged(_ journal: Journal) throws(ReplanError) -> Profile {
    do {
      return try Replanner.merge(profile, journal, rules: rules, today: today, matchYear: matchYear, journalFile: journalFile)
    } catch {
      throw .input(error)
    }
  }
}
