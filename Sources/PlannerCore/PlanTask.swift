/// One unit of work or a milestone in a plan.
///
/// Durations are calendar days; a task of duration `d` starting on day `s` occupies days
/// `s ... s+d-1`. Duration 0 is a milestone that happens on its start day.
public struct PlanTask: Hashable, Sendable {
  /// Whether the task is still to be scheduled, fixed on a booked date, or already done.
  public enum State: String, Hashable, Sendable, Codable {
    case planned, booked, done
  }

  public var id: String
  public var name: String
  /// A free label the renderers group rows by (the pathway uses phases).
  public var group: String
  public var duration: Int
  /// The single applicant can do only one such task at a time (exam preparation).
  public var usesApplicant: Bool
  /// A window that opens: the task cannot start before this day.
  public var notBefore: Day?
  /// A fixed start (a booked exam, something already done). The scheduler never moves it.
  public var fixedStart: Day?
  /// Hard deadline: the task's last day must be on or before this day.
  public var deadline: Day?
  /// The deadline is projected, not published (a season's closing day; issue 21, point 3): the
  /// verdict says "estimated" beside it.
  public var deadlineEstimated: Bool = false
  /// Soft target: should finish by this day; a miss is reported, not fatal.
  public var target: Day?
  public var state: State
  /// What the task is (an exam, a deadline, a document, …): the rules and the views test this set.
  public var kind: TaskKind
  /// Where the task's dates or durations come from, for people to check: provenance, not logic.
  public var provenance: Provenance
  /// False for a task known to be done on no known day: its `fixedStart` is only a bound that keeps
  /// the order (before everything that needed it), and outputs must not show it as a date.
  public var dateKnown: Bool = true
  /// Days of the year it cannot start on (a testing break). Ignored once the date is fixed:
  /// a booked or past date is a fact, checked where it is recorded.
  public var startBlackouts: [StartBlackout] = []
  /// The task this one is a period for (an exam's eligibility period, the interview season, the
  /// ranking window): it has to be open by the latest day that task can start, and need not
  /// outlast it, so its late dates are bounded by that task's instead of by the plan's end
  /// (`SchedulerServesTests`). A period may be cut short: its late finish is then less than its
  /// late start plus its length.
  public var serves: String? = nil
  /// Minutes of work rather than days (study hours): with an `Availability` on the graph the
  /// task lasts until the minutes its days leave add up to this, and starts on a day with some;
  /// without one, `duration` holds (issue 23; `AvailabilityPropertyTests`).
  public var effort: Int? = nil
  /// The applicant must be there (an exam, a task of their own that needs them): with an
  /// `Availability` on the graph it never starts on, or runs over, a day they are away.
  public var needsApplicant: Bool = false

  public init(
    id: String, name: String, group: String = "", duration: Int = 0,
    usesApplicant: Bool = false, notBefore: Day? = nil, fixedStart: Day? = nil,
    deadline: Day? = nil, target: Day? = nil, state: State = .planned,
    provenance: Provenance = Provenance(), kind: TaskKind = []
  ) {
    self.id = id
    self.name = name
    self.group = group
    self.duration = duration
    self.usesApplicant = usesApplicant
    self.notBefore = notBefore
    self.fixedStart = fixedStart
    self.deadline = deadline
    self.target = target
    self.state = state
    self.provenance = provenance
    self.kind = kind
  }

  public var isMilestone: Bool { duration == 0 }

  /// The exclusive finish bound that a deadline (inclusive last day) allows.
  func finishBound(forLastDay day: Day) -> Int { duration == 0 ? day.ordinal : day.ordinal + 1 }

  /// The blackouts the scheduler applies: none to a fixed date.
  var movableBlackouts: [StartBlackout] { fixedStart == nil ? startBlackouts : [] }
}
