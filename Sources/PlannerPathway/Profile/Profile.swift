public import PlannerCore
public import PlannerRules

/// The visa the applicant will train on.
public enum VisaTrack: String, Hashable, Sendable, CaseIterable {
  /// ECFMG-sponsored J-1 (most programs sponsor only this).
  case j1
  /// H-1B: needs Step 3, which needs the ECFMG certificate first.
  case h1b
  /// US citizen or permanent resident, or already authorised to work.
  case none
}

/// One sitting of an exam and how it went.
public struct Attempt: Hashable, Sendable {
  public enum Result: String, Hashable, Sendable, CaseIterable {
    case pass, fail, incomplete
    /// Taken, result not out yet: planned as if it will pass, and said so.
    case pending
  }

  public var date: Day
  public var result: Result
  public var score: Int?
  /// OET sub-test scores: Listening, Reading, Writing, Speaking.
  public var subscores: [Int]?

  public init(date: Day, result: Result, score: Int? = nil, subscores: [Int]? = nil) {
    self.date = date
    self.result = result
    self.score = score
    self.subscores = subscores
  }
}

/// What the applicant has done, booked or needs for one exam.
public struct ExamRecord: Hashable, Sendable {
  public var attempts: [Attempt] = []
  /// A booked test date for the next attempt.
  public var booked: Day?
  /// Readiness: weeks of study still needed before the next attempt.
  public var studyWeeks: Int?
  /// Readiness in hours of study instead of weeks (`exams.X.study_hours`, issue 23): the block
  /// lasts until the hours are done at the capacity the applicant's days leave.
  public var studyHours: Int?
  /// Readiness: the day the applicant expects to be ready.
  public var readyBy: Day?

  public init(attempts: [Attempt] = [], booked: Day? = nil, studyWeeks: Int? = nil, readyBy: Day? = nil) {
    self.attempts = attempts
    self.booked = booked
    self.studyWeeks = studyWeeks
    self.readyBy = readyBy
  }

  /// The pass that counts: the latest (an earlier one may have lapsed under the time limit).
  public var passed: Attempt? { attempts.last { $0.result == .pass } }
  public var pending: Attempt? { attempts.last { $0.result == .pending } }
}

/// A task the applicant adds: a US clinical rotation, a research block, a family event.
public struct CustomTask: Hashable, Sendable {
  public var id: String
  public var name: String
  public var days: Int
  public var after: [String]
  public var notBefore: Day?
  public var fixed: Day?
  public var deadline: Day?
  public var target: Day?
  /// Whether the applicant can study for an exam at the same time.
  public var blocksStudy: Bool

  public init(
    id: String, name: String, days: Int, after: [String] = [], notBefore: Day? = nil, fixed: Day? = nil,
    deadline: Day? = nil, target: Day? = nil, blocksStudy: Bool = false
  ) {
    self.id = id
    self.name = name
    self.days = days
    self.after = after
    self.notBefore = notBefore
    self.fixed = fixed
    self.deadline = deadline
    self.target = target
    self.blocksStudy = blocksStudy
  }
}

/// A licence or registration to practise medicine without supervision.
public struct Licence: Hashable, Sendable {
  public var issued: Day
  /// Nil: still valid (or no expiry).
  public var expires: Day?

  public init(issued: Day, expires: Day? = nil) {
    self.issued = issued
    self.expires = expires
  }

  /// Valid at some time on or after `day` (it need not be valid now).
  public func valid(onOrAfter day: Day) -> Bool { expires.map { $0 >= day } ?? true }
}

/// How a medical school is accredited, as Pathways 3–5 ask.
public enum SchoolAccreditation: String, Hashable, Sendable, CaseIterable {
  /// By an agency recognized by WFME (Pathway 3).
  case wfme
  /// By an agency with an NCFMEA determination of comparability (Pathway 4).
  case ncfmea
  /// Degree issued jointly with an LCME-accredited US school (Pathway 5).
  case lcmeJoint = "lcme-joint"
  /// None of these: Pathways 3–5 are closed.
  case none

  public var pathway: Int? {
    switch self {
    case .wfme: return 3
    case .ncfmea: return 4
    case .lcmeJoint: return 5
    case .none: return nil
    }
  }
}

/// Everything the planner knows about one applicant. Absent fields fall back to documented
/// defaults, and the plan lists each default it relied on.
public struct Profile: Hashable, Sendable {
  public var name: String = "Applicant"
  /// A stable identity for calendar UIDs; defaults to one derived from the name.
  public var id: String?
  /// IANA time zone for calendar reminders (the plan itself is in whole days).
  public var timezone: String = "UTC"
  public var match: Int?
  /// Nil means already graduated (the date is then not needed).
  public var graduation: Day?
  public var visa: VisaTrack = .j1
  public var specialty: String?
  /// The CalDAV calendar collection `planner sync` keeps up to date (its URL; credentials are
  /// never in the profile).
  public var caldav: String?
  /// The first `planner plan` saves the plan beside the profile when there is none (issue 25
  /// §8); `save_baseline: false` keeps a shared example read-only.
  public var saveBaseline = true
  public var documentsInEnglish: Bool = true
  public var exams: [Exam: ExamRecord] = [:]
  /// A Step 2 CS pass (satisfies clinical skills on its own while valid for certification).
  public var legacyCSPass: Day?
  /// Failed Step 2 CS at least once: only Pathway 6 is open.
  public var failedCS: Bool = false
  /// A licence to practise medicine without supervision, for Pathway 1.
  public var licence: Licence?
  /// The day a clinical skills exam for licensure (ECFMG's Pathway 2 list) was passed.
  public var pathway2ExamPassed: Day?
  /// How the school is accredited, for Pathways 3–5. Nil: not stated.
  public var schoolAccreditation: SchoolAccreditation?
  /// The Pathway chosen in the profile (1–6); nil lets the planner choose.
  public var pathwayNumber: Int?
  /// The Pathways season (= Match year) of the application; nil: from the application date.
  public var pathwaySeason: Int?
  public var pathwayApplied: Day?
  public var pathwayAccepted: Day?
  /// The medical school's name, for the eligibility check's wording.
  public var school: String?
  /// Whether the school's World Directory listing has an ECFMG sponsor note covering the
  /// graduation year (the user confirms it on wdoms.org). Nil: not confirmed yet.
  public var schoolECFMGNote: Bool?
  /// The applicant's school uploads ERAS documents through ECFMG's school portal (EMSWP).
  public var schoolInEMSWP: Bool = false
  /// Task id → the day it was done (documents and milestones).
  public var done: [String: Day] = [:]
  /// Study block id (`step2ck.prep`) → the start the saved plan gave it, passed with the exam still
  /// to sit: the block keeps that start instead of beginning again today (issue 20, "a study block
  /// keeps its saved start"; HonestStatusTests). Not read from the profile file: the applicant
  /// sets it from the saved plan (`Applicant`).
  public var keptStudyStarts: [String: Day] = [:]
  /// Lead-time key → days, overriding `LeadTimes`.
  public var leadTimes: [String: Int] = [:]
  public var tasks: [CustomTask] = []
  /// When the J-1 Statement of Need is requested from the Ministry of Health.
  public var statementOfNeed: StatementOfNeedRequest = .afterMatch
  /// Your own pass probabilities for `planner risk` (defaults: the rules pack's).
  public var risk: [Exam: PassOverride] = [:]
  /// A `what-if` scenario's assumptions (never read from a file).
  public var assumed = AssumedChanges()
  /// Busy calendars (.ics) as the profile lists them (`busy:`), relative to the profile's folder.
  public var busy: [String] = []
  /// Hours a week the applicant can study (`study_hours_per_week`); nil: full time.
  public var studyHoursPerWeek: Int?
  /// The busy calendars read for this run (`busy:` and `--busy`), never from the profile's text:
  /// the executable reads them through PlannerICal (`BusyReader`).
  public var busyCalendars: [BusyCalendar] = []
  /// Lines of the profile each field came from, for error messages after parsing.
  public var lines: [String: Int] = [:]
  /// Columns of values the planner may point at after parsing (e.g. `pathway.number`).
  public var columns: [String: Int] = [:]

  public init() {}

  public func record(_ exam: Exam) -> ExamRecord { exams[exam] ?? ExamRecord() }

  public func days(_ key: String, _ standard: LeadTimes) -> Int { leadTimes[key] ?? standard.standard(key).days }

  /// A stable identity for this person's plan: the `id` field, or the name folded to a slug.
  public var identity: String {
    if let id, !id.isEmpty { return id }
    let slug = name.lowercased().unicodeScalars.map { scalar -> String in
      (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? String(scalar) : "-"
    }.joined()
    return slug.split(separator: "-").joined(separator: "-")
  }
}
