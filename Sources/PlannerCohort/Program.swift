public import PlannerCore

/// One residency program as the applicant wrote it down from its website or a directory
/// (FREIDA, the ACGME and NRMP directories). Every requirement may be unknown: the file says
/// only what the applicant found.
public struct Program: Hashable, Sendable {
  /// The year-of-graduation screen.
  public enum GraduationLimit: Hashable, Sendable {
    case unknown
    case none
    /// Graduates of this year or later.
    case yearOrLater(Int)
    /// At most this many years between graduation and the residency start.
    case withinYears(Int)
  }

  /// USMLE attempts the program accepts, per Step.
  public enum Attempts: Hashable, Sendable {
    case unknown
    case any
    /// A first-attempt pass on every Step.
    case noFailures
    /// At most this many attempts on any Step.
    case atMost(Int)
  }

  public enum Visa: String, Hashable, Sendable, CaseIterable {
    case j1 = "J-1"
    case h1b = "H-1B"
  }

  public enum Sponsorship: Hashable, Sendable {
    case unknown
    /// Sponsors none: only applicants who need no visa.
    case none
    case visas(Set<Visa>)
  }

  public enum ScoreMinimum: Hashable, Sendable {
    case unknown
    case none
    case atLeast(Int)
  }

  public enum ClinicalExperience: String, Hashable, Sendable {
    case unknown
    case required
    case preferred
    case notRequired = "no"
  }

  public var id: String
  public var name: String
  public var specialty: String
  public var state: String
  public var graduation: GraduationLimit
  public var attempts: Attempts
  public var visa: Sponsorship
  public var usce: ClinicalExperience
  public var minimumStep2CK: ScoreMinimum
  public var deadline: Day?
  public var interviews: [Day]
  public var note: String
  /// The file's line the program is on, for messages.
  public var line: Int

  public init(
    id: String = "", name: String, specialty: String = "", state: String = "", graduation: GraduationLimit = .unknown,
    attempts: Attempts = .unknown, visa: Sponsorship = .unknown, usce: ClinicalExperience = .unknown, minimumStep2CK: ScoreMinimum = .unknown,
    deadline: Day? = nil, interviews: [Day] = [], note: String = "", line: Int = 0
  ) {
    self.id = id
    self.name = name
    self.specialty = specialty
    self.state = state
    self.graduation = graduation
    self.attempts = attempts
    self.visa = visa
    self.usce = usce
    self.minimumStep2CK = minimumStep2CK
    self.deadline = deadline
    self.interviews = interviews
    self.note = note
    self.line = line
  }
}
