public import PlannerCore
public import PlannerPathway
import PlannerRisk
import PlannerRules

/// One applicant of a caseload: where the plan stands, what comes next, what blocks it.
public struct CohortRow: Sendable {
  /// Urgency groups, most urgent first.
  public enum Group: String, Sendable, CaseIterable, Comparable {
    /// The profile (or its journal) could not be read or planned: the advisor must fix it first.
    case error
    /// A blocker finding stops the target year (attempts used up, a graduation too late…).
    case blocked
    /// The target year is not feasible (or is over); the earliest feasible year is later.
    case late
    /// The year holds on every hard gate but a soft target is missed (`Verdict.Status.atRisk`).
    case atRisk = "at risk"
    /// Feasible, with work whose planned start has passed and nothing recorded.
    case overdue
    case onTrack = "on track"

    var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: Group, b: Group) -> Bool { a.rank < b.rank }
  }

  public var file: String
  public var name: String
  public var group: Group
  /// The year asked for (`--match`, the profile's `match`), else the year planned.
  public var targetYear: Int?
  /// The year the plan is for (differs from the target when the target is over).
  public var planYear: Int?
  /// The plan's verdict (nil when the row could not be planned): the group, the margin, the
  /// blockers and the verdict cell are all read from it.
  public var planVerdict: Verdict?
  public var feasible: Bool
  /// The deciding margin: days of room before the gate that decides the year (negative: late).
  public var marginDays: Int?
  public var marginGate: String?
  public var earliestFeasibleYear: Int?
  public var nextDate: Day?
  public var nextAction: String?
  /// The overdue items of the next actions (PlannerRender writes each as "date headline").
  public var overdue: [NextActions.Item]
  /// The verdict's blocker findings (PlannerRender writes each as "code: message").
  public var blockers: [Finding]
  public var pReady: Double?
  public var programsMet: Int?
  public var programsTotal: Int?
  /// A programs file beside the profile that could not be read.
  public var programsError: String?
  /// What the applicant still has to pay (`planner cost`'s ledger, programs from the file beside
  /// the profile, else the default): issue 22, point 3.
  public var stillToPay: Money?
  /// Records in force from the journal beside the profile.
  public var journalRecords: Int
  /// The problem, `file:line:col: error: …`, when the row could not be planned.
  public var error: String?

  init(file: String, error: String) {
    self.file = file
    name = ""
    group = .error
    feasible = false
    overdue = []
    blockers = []
    journalRecords = 0
    // The first problem names the line; the rest are counted, so a row stays one line.
    let lines = error.split(separator: "\n").map(String.init)
    self.error = (lines.first ?? error) + (lines.count > 1 ? " (and \(lines.count - 1) more)" : "")
  }

  /// Plans one applicant: profile, journal merged in as `plan` does, plan, next actions,
  /// P(ready) and the programs file. Every failure becomes the row's error.
  static func make(_ input: CohortInput, options: CohortOptions) async -> CohortRow {
    let bytes: [UInt8]
    switch input.profile {
    case .failure(let f): return CohortRow(file: input.file, error: f.message)
    case .success(let b): bytes = b
    }
    let raw: Profile
    do {
      raw = try ProfileParser.parse(bytes: bytes, file: input.file, rules: options.rules)
    } catch {
      return CohortRow(file: input.file, error: error.description)
    }
    let state = ReplanState(
      profile: raw, profileFile: input.file, journalText: input.journalText ?? "", journalFile: input.journalFile,
      savedPlanText: input.savedPlanText, savedPlanFile: input.savedPlanFile, today: options.today, matchYear: options.matchYear, rules: options.rules)
    // The same applicant every command plans (`Applicant`): a damaged saved plan only loses the
    // overdue dates and study starts it would add, as in `planner next`.
    let applicant: Applicant
    let result: PlanResult
    do {
      applicant = try Applicant(state)
    } catch {
      return CohortRow(file: input.file, error: error.description)
    }
    do {
      result = try applicant.plan()
    } catch {
      return CohortRow(file: input.file, error: error.description)
    }
    let profile = applicant.profile
    let journal = applicant.journal
    let next = applicant.next(result)
    var row = CohortRow(file: input.file, error: "")
    row.error = nil
    row.name = profile.name
    row.targetYear = options.matchYear ?? profile.match ?? result.matchYear
    row.planYear = result.matchYear
    let verdict = result.verdict
    row.planVerdict = verdict
    row.feasible = verdict.holds && result.requestedYearOver == nil
    row.marginDays = verdict.marginDays
    row.marginGate = verdict.decidingGate?.taskID
    row.earliestFeasibleYear = verdict.earliestFeasibleYear
    let upcoming = next.items.first { $0.kind != .overdue }
    row.nextDate = upcoming?.date
    row.nextAction = upcoming?.headline
    row.overdue = next.items.filter { $0.kind == .overdue }
    row.blockers = verdict.blockers
    row.journalRecords = journal.inForce(asOf: options.today).enumerated().filter { $0.element && !journal.entries[$0.offset].isUndo }.count
    switch verdict.status {
    case .blocked: row.group = .blocked
    case .notFeasible: row.group = .late
    case _ where !row.feasible: row.group = .late
    case .atRisk: row.group = .atRisk
    case .onTrack: row.group = row.overdue.isEmpty ? .onTrack : .overdue
    }
    if options.riskRuns > 0 {
      let first = PathwayPlanner.firstOpenYear(options.rules, today: options.today) ?? result.matchYear
      let risk = RiskRun(runs: options.riskRuns, seed: options.seed, workers: 1)
      let analysis = await RiskAnalysis.analyze(profile: profile, pack: options.rules, today: options.today, targetYear: result.matchYear, firstYear: first, options: risk, sensitivity: false)
      row.pReady = analysis.pReady
    }
    var costs = CostOptions.standard(for: profile, abroad: options.abroad)
    // "Still to pay" with the default counts says so beside the programs file's error (issue 22, point 5).
    let defaulted = "; still to pay counts the default \(CostOptions.standardPrograms) programs"
    if let failure = input.programsReadFailure {
      row.programsError = failure + defaulted
    } else if let text = input.programsText {
      do {
        let programs = try ProgramsParser.parse(text, file: input.programsFile)
        costs = CostOptions.programsFile(input.programsFile, specialties: programs.map(\.specialty), profile: profile, ranks: nil, abroad: options.abroad)
        let report = ProgramsReport(programs: programs, profile: profile, plan: result, file: input.programsFile)
        row.programsMet = report.met
        row.programsTotal = programs.count
      } catch {
        row.programsError = error.lines.first.map { $0 + defaulted }
      }
    }
    row.stillToPay = CostLedger(result, profile: profile, options: costs).stillToPay
    return row
  }

  /// Urgency order: group, then the smallest margin, then the file path (so the order never
  /// depends on which worker finished first).
  static func urgency(_ a: CohortRow, _ b: CohortRow) -> Bool {
    (a.group.rank, a.marginDays ?? Int.min, a.file) < (b.group.rank, b.marginDays ?? Int.min, b.file)
  }
}
