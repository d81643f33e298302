public import PlannerCore

/// The rules pack: every rule value the planner applies, with its source, as one value that the
/// executable loads and hands to every step that needs it. Projection patterns (Match Day on the
/// third Friday of March, …) stay in code: `cycle(_:)` fills what the records leave out.
public struct RulesPack: Hashable, Sendable {
  /// The format of the pack file; a planner reads only the schema versions it knows.
  public var schemaVersion: Int
  /// Which edition of the rules this is (e.g. "2026.11.25").
  public var packVersion: String
  /// When the records were last checked against their sources.
  public var lastVerified: Day
  /// Cycles the planner will plan: no further than the rules can reasonably be expected to hold.
  public var supportedYears: ClosedRange<Int> { didSet { cycles = CycleTable(self) } }
  /// Published per-cycle dates, overriding the projection.
  var records: [CycleRecord] { didSet { cycles = CycleTable(self) } }
  /// The clinical-skills requirement where it is published; later seasons are projected.
  var clinicalSkillsRecords: [Int: Sourced<ClinicalSkillsRequirement>] { didSet { cycles = CycleTable(self) } }
  /// Every supported cycle's rules, worked out once from the three above: plans ask for cycles
  /// many times each.
  private var cycles = CycleTable()
  public var exam: ExamRules
  public var certification: CertificationRules
  public var leadTimes: LeadTimes
  /// Specialties that do not apply through ERAS.
  public var nonERASSpecialties: [NonERASSpecialty]
  /// The specialty names the Match lists, for "did you mean" (`specialties` in the pack); nil in
  /// a pack without them, which then suggests nothing.
  public var specialties: Sourced<[String]>?
  /// Which Pathway, and how long an accepted one serves.
  public var pathways: PathwayRules
  /// The H-1B new-petition fee: amount, dates, term, condition.
  public var h1bFee: H1BFee
  /// Program screens and the ERAS token release.
  public var application: ApplicationRules
  /// The risk simulation's pass rates and sampled durations.
  public var risk: RiskRules
  /// Every fee of the road with its amounts over time (issue 22; `fees:` in the pack).
  public var fees: FeeSchedule
  /// Years of residency by specialty (`training_years`; optional in a pack): the yearly J-1 fee.
  public var trainingYears: [TrainingYears] = []
  /// How many sourced values the pack file holds (0 for a pack built in code).
  public internal(set) var valueCount = 0

  init(
    schemaVersion: Int, packVersion: String, lastVerified: Day, supportedYears: ClosedRange<Int>,
    records: [CycleRecord], clinicalSkillsRecords: [Int: Sourced<ClinicalSkillsRequirement>],
    exam: ExamRules, certification: CertificationRules, leadTimes: LeadTimes, nonERASSpecialties: [NonERASSpecialty],
    pathways: PathwayRules, h1bFee: H1BFee, application: ApplicationRules, risk: RiskRules, fees: FeeSchedule
  ) {
    self.schemaVersion = schemaVersion
    self.packVersion = packVersion
    self.lastVerified = lastVerified
    self.supportedYears = supportedYears
    self.records = records
    self.clinicalSkillsRecords = clinicalSkillsRecords
    self.exam = exam
    self.certification = certification
    self.leadTimes = leadTimes
    self.nonERASSpecialties = nonERASSpecialties
    self.pathways = pathways
    self.h1bFee = h1bFee
    self.application = application
    self.risk = risk
    self.fees = fees
    cycles = CycleTable(self)
  }

  /// The rules for the Match held in `matchYear`, or nil outside `supportedYears`.
  public func cycle(_ matchYear: Int) -> CycleRules? {
    guard supportedYears.contains(matchYear) else { return nil }
    return cycles.rules[matchYear - supportedYears.lowerBound]
  }

  /// The projection with the published records applied.
  fileprivate func workOutCycle(_ matchYear: Int) -> CycleRules {
    var rules = Self.projected(matchYear)
    for record in records where record.matchYear == matchYear {
      record.apply(to: &rules)
    }
    if let cs = clinicalSkillsRecords[matchYear] { rules.clinicalSkills = cs }
    return rules
  }

  /// Derived from the pack's other values, so it takes no part in equality or hashing.
  private struct CycleTable: Hashable, Sendable {
    var rules: [CycleRules] = []
    init() {}
    init(_ pack: RulesPack) { rules = pack.supportedYears.map(pack.workOutCycle) }
    static func == (a: CycleTable, b: CycleTable) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
  }

  /// How many Match cycles have published values in the pack.
  public var recordedCycles: Int { Set(records.map(\.matchYear)).union(clinicalSkillsRecords.keys).count }

  /// "2020–2040", for messages about years outside the pack.
  public var supportedYearsText: String { "\(supportedYears.lowerBound)–\(supportedYears.upperBound)" }
}
