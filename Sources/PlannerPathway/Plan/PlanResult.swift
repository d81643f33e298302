public import PlannerCore
public import PlannerRules

/// One complete plan for one Match year: the schedule and everything said about it.
public struct PlanResult: Sendable {
  public var matchYear: Int
  public var cycle: CycleRules {
    get { context.cycle }
    set { context = RulesContext(cycle: newValue, rules: context.rules) }
  }
  /// The rules pack the plan was made with.
  public var rules: RulesPack {
    get { context.rules }
    set { context = RulesContext(cycle: context.cycle, rules: newValue) }
  }
  /// The cycle and the pack in one shared box: they hold a few hundred strings, and plans are
  /// copied often (the year search, every output), so a copy costs one reference, not hundreds.
  private var context: RulesContext
  public var today: Day
  public var schedule: Schedule { didSet { knownMargin = nil } }
  public var assumptions: [String]
  public var findings: [Finding]
  /// The earliest Match year the same profile can make (nil when none up to the last supported).
  public var earliestFeasibleMatchYear: Int?
  /// The graph the schedule came from, for dependency listings.
  public var graph: TaskGraph { didSet { knownMargin = nil } }
  /// Passes the exam time limit voids in this plan (their Steps are planned again).
  public var lapsed: [LapsedPass] = []
  /// The Pathways season of the new application this plan makes, if it makes one (issue 21).
  public var pathwaySeason: Int? = nil
  /// The study time the plan assumed and where it came from (busy calendars, study hours);
  /// nil: full time every day, as before issue 23.
  public var capacity: StudyCapacity? = nil
  /// The Match year asked for when it is over, so this plan is for another year (exit 3).
  public var requestedYearOver: Int? = nil
  /// Which cycle is which, and whether its dates are projected, in plain words (shown under the
  /// title and in JSON `notices`).
  public var notices: [String] = []
  /// Work whose planned start has passed with nothing recorded (`OverdueWork`), by task id. Set by
  /// the planner without a saved plan; `withBaseline` redoes it against the saved plan's starts.
  public var overdue: [String: OverdueWork] = [:]
  /// Study blocks kept at the saved plan's start with nothing recording that they began, and the
  /// verdict if they begin today (`UnrecordedStudyStart`); set by `Applicant.plan`.
  public var unrecordedStudyStart: UnrecordedStudyStart? = nil

  init(matchYear: Int, cycle: CycleRules, rules: RulesPack, today: Day, schedule: Schedule, assumptions: [String], findings: [Finding], graph: TaskGraph) {
    self.matchYear = matchYear
    context = RulesContext(cycle: cycle, rules: rules)
    self.today = today
    self.schedule = schedule
    self.assumptions = assumptions
    self.findings = findings
    self.graph = graph
  }
  /// The margin once the planner has worked it out: it walks the chain of every gate, and outputs
  /// ask for it many times. It depends on the schedule and the graph only; changing either drops it.
  var knownMargin: MarginBox? = nil

  /// The plan with its overdue work judged against the saved plan's starts too.
  public func withBaseline(_ baseline: PlanSnapshot?, profile: Profile) -> PlanResult {
    var copy = self
    copy.overdue = OverdueWork.find(self, profile: profile, baseline: baseline)
    return copy
  }

  /// Every task's latest safe start, by task id (done tasks have none): the one value the views
  /// show as a task's room (`LatestSafeStart`).
  public var latestSafeStarts: [String: LatestSafeStart] {
    var out: [String: LatestSafeStart] = [:]
    for t in schedule.tasks { out[t.id] = LatestSafeStart(t, in: schedule) }
    return out
  }

  /// The ids a task depends on, in the graph's order.
  public func dependencies(of id: String) -> [String] {
    graph.dependencies.filter { $0.successor == id }.map(\.predecessor)
  }

  /// Every task's dependencies at once, in the graph's order: one pass over the links, for
  /// outputs that list them for all tasks (a filter per task would be quadratic).
  public var dependencyIndex: [String: [String]] {
    var index: [String: [String]] = [:]
    for link in graph.dependencies { index[link.successor, default: []].append(link.predecessor) }
    return index
  }

  /// Feasible when no gate before Match Day is broken and nothing blocks the cycle. The steps after
  /// Match Day depend on others and are the same every year: a shortfall there is a warning of its
  /// own line, not a reason to wait a year.
  public var feasible: Bool {
    schedule.violations.allSatisfy { isPostMatch($0) } && !findings.contains { $0.severity == .blocker }
  }

  /// A broken residency start: what runs late is the post-Match chain (contract, visa).
  public func isPostMatch(_ v: ConstraintViolation) -> Bool {
    v.taskID == PathwayTask.residencyStart.id && v.kind == .fixedTooEarly
  }

  /// The margin that decides the Match year and the post-Match room, with every gate.
  public var margin: Margin { knownMargin?.margin ?? Margin(self) }

  /// Days of room before the deciding gate (negative when it is broken).
  public var slack: Int { margin.deciding?.room ?? schedule.binding?.slack ?? schedule.minTotalFloat }

  /// The post-Match steps, in words, for the verdict's second line.
  public var postMatchSteps: String {
    if schedule.task(PathwayTask.visaJ1Son.id) != nil { return "the contract, the Statement of Need, ECFMG's J-1 review, the DS-2019 and the visa interview" }
    if schedule.task(PathwayTask.visaH1bPetition.id) != nil { return "the H-1B petition, USCIS processing and the visa stamping" }
    return "the contract and your program's onboarding"
  }

  /// True when any task rests on an estimated date or duration.
  public var usesEstimates: Bool { schedule.tasks.contains { $0.task.provenance.estimated } }
}

/// What a plan was made with: the Match cycle's rules and the pack.
private final class RulesContext: Sendable {
  let cycle: CycleRules
  let rules: RulesPack
  init(cycle: CycleRules, rules: RulesPack) {
    self.cycle = cycle
    self.rules = rules
  }
}
