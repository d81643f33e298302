public import PlannerCore
public import PlannerRisk
public import PlannerRules

/// One applicant's files as the executable read them: the profile's bytes (or why they could
/// not be read) and the files kept beside it. Nothing here touches the disk.
public struct CohortInput: Sendable {
  public var file: String
  /// The profile's bytes, or the one-line reason it could not be read.
  public var profile: Result<[UInt8], ReadFailure>
  public var journalFile: String
  /// nil: no journal beside the profile.
  public var journalText: String?
  public var savedPlanFile: String
  /// nil: no saved plan (then only booked exams and passed fixed dates count as overdue).
  public var savedPlanText: String?
  public var programsFile: String
  /// nil: no programs file beside the profile.
  public var programsText: String?
  /// A programs file that exists but could not be read.
  public var programsReadFailure: String?

  public struct ReadFailure: Error, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
  }

  public init(
    file: String, profile: Result<[UInt8], ReadFailure>, journalFile: String = "", journalText: String? = nil, savedPlanFile: String = "",
    savedPlanText: String? = nil, programsFile: String = "", programsText: String? = nil
  ) {
    self.file = file
    self.profile = profile
    self.journalFile = journalFile
    self.journalText = journalText
    self.savedPlanFile = savedPlanFile
    self.savedPlanText = savedPlanText
    self.programsFile = programsFile
    self.programsText = programsText
  }
}

/// What every row is planned with: one today and one rules pack for the whole caseload.
public struct CohortOptions: Sendable {
  public var today: Day
  /// `--match`: the same target year for everyone (nil: each profile's own, else its earliest).
  public var matchYear: Int?
  public var rules: RulesPack
  /// Simulated worlds per applicant for P(ready); 0 leaves the risk layer out.
  public var riskRuns: Int
  public var seed: UInt64
  /// Profiles planned at once.
  public var jobs: Int
  /// `--in-us`: everyone tests in the US, for "still to pay" (FEES.md rows 6 and 29).
  public var abroad = true

  public init(today: Day, matchYear: Int? = nil, rules: RulesPack, riskRuns: Int = RiskRun.caseloadRuns, seed: UInt64 = RiskRun.standardSeed, jobs: Int = 1) {
    self.today = today
    self.matchYear = matchYear
    self.rules = rules
    self.riskRuns = max(0, riskRuns)
    self.seed = seed
    self.jobs = max(1, jobs)
  }
}
