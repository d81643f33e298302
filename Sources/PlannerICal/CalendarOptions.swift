public import PlannerCore

/// Everything the calendar mapping needs besides the schedule: the facts of the world
/// (who the plan is for, when it is written) are parameters, never read from the machine.
public struct CalendarOptions: Sendable, Equatable {
  /// A stable string naming the person or profile. UIDs hash it with each task id, so two
  /// people's plans never overwrite each other's events in a shared calendar.
  public var planIdentity: String {
    didSet {
      let hash = StableUID.prefix(planIdentity)
      identityHash = Hash(high: hash.0, low: hash.1)
    }
  }
  /// The identity's share of every UID hash, kept with it.
  private(set) var identityHash: Hash
  struct Hash: Sendable, Equatable {
    var high: UInt64
    var low: UInt64
  }
  /// Shown by clients as the calendar's name, e.g. "Match 2028 plan — Dr. A. Example".
  public var calendarName: String
  /// Shown by some clients under the name; say here that re-importing needs a fresh calendar.
  public var calendarDescription: String
  /// The time of writing, UTC seconds since 1970 (DTSTAMP, and LAST-MODIFIED on change).
  public var dtstamp: Int
  /// Days before an exam or a hard deadline for VALARMs and reminder events.
  public var reminderLeadDays: [Int]
  /// Also write a VTODO for each task with the "document" category.
  public var includeTodos: Bool
  /// Task id → the imperative a reminder says ("Register for Step 2 CK now");
  /// otherwise "Coming up: <name>".
  public var reminderActions: [String: String]
  /// The right-hand side of every UID. `.invalid` can never collide with a real domain.
  public var uidDomain: String
  /// Alarms (VALARM) on the events themselves, separate reminder events, or both. Alarms by
  /// default: one event per action (issue 24, part 3); reminder events are for Google Calendar,
  /// which drops the alarms of imported events (ICALENDAR.md pitfall 8).
  public var reminderMode: ReminderMode = .alarms
  /// Task id → summary of an event on the day the task's window opens (the DS-2019 window).
  public var windowOpenings: [String: String] = [:]
  /// Task id → the latest start that keeps every gate (`planner next`'s latest safe start) and
  /// what to do: one reminder on that day, through the same alarms/events mode as the others.
  public var latestStarts: [String: LatestStart] = [:]
  /// Task id → the day its result event sits on: the first day results can be released on or
  /// after the plan's date (the pack's `risk.usmle_release_weekday`, out of its December
  /// `holiday_freeze`). The plan's own date, and every date computed from it, stay as they are.
  public var releaseDays: [String: Day] = [:]

  public struct LatestStart: Sendable, Equatable {
    public var day: Day
    public var action: String
    /// The gate or target the day protects (`latestSafeStartProtects`): the reminder is never
    /// dated after it, and its description names it.
    public var gate: Gate?

    /// A gate or target in words: "programs start reviewing (your Step 2 CK score visible)".
    public struct Gate: Sendable, Equatable {
      public var day: Day
      public var what: String
      public var isHard: Bool

      public init(day: Day, what: String, isHard: Bool) {
        self.day = day
        self.what = what
        self.isHard = isHard
      }
    }

    public init(day: Day, action: String, gate: Gate? = nil) {
      self.day = day
      self.action = action
      self.gate = gate
    }
  }

  public enum ReminderMode: String, Sendable, Equatable, CaseIterable {
    case alarms, events, both
  }

  /// Creates options with reminders 14 and 2 days ahead, no to-dos, UIDs `@planner.invalid`.
  public init(
    planIdentity: String, calendarName: String, calendarDescription: String = "", dtstamp: Int,
    reminderLeadDays: [Int] = [14, 2], includeTodos: Bool = false,
    reminderActions: [String: String] = [:], uidDomain: String = "planner.invalid"
  ) {
    self.planIdentity = planIdentity
    let hash = StableUID.prefix(planIdentity)
    identityHash = Hash(high: hash.0, low: hash.1)
    self.calendarName = calendarName
    self.calendarDescription = calendarDescription
    self.dtstamp = dtstamp
    self.reminderLeadDays = reminderLeadDays
    self.includeTodos = includeTodos
    self.reminderActions = reminderActions
    self.uidDomain = uidDomain
  }
}
