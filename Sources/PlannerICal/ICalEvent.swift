public import PlannerCore

/// One all-day VEVENT. Times of day never appear: plan dates are days, and all-day
/// `VALUE=DATE` events are the one form every client reads the same way.
public struct ICalEvent: Sendable, Equatable {
  /// RFC 5545 STATUS values an event can carry.
  public enum Status: String, Sendable, Equatable {
    case tentative = "TENTATIVE"
    case confirmed = "CONFIRMED"
    case cancelled = "CANCELLED"
  }

  /// Stable across exports: a hash of the plan identity and the task id (see `StableUID`).
  public var uid: String
  /// UTC seconds since 1970; injected, never read from a clock.
  public var dtstamp: Int
  /// The first day (DTSTART;VALUE=DATE).
  public var start: Day
  /// Exclusive, as RFC 5545 §3.6.1 says for all-day events: a one-day event ends the next day.
  public var end: Day
  /// The title shown in month views.
  public var summary: String
  /// Plain text; line breaks are LF (libical escapes them).
  public var description: String
  /// One CATEGORIES property each.
  public var categories: [String]
  public var status: Status
  /// TRANSP:TRANSPARENT: plan items never block free/busy time.
  public var transparent: Bool
  /// The first source link, for clients that show URL as a button.
  public var url: String?
  /// Bumped on every material change against the previous export (RFC 5545 §3.8.7.4).
  public var sequence: Int
  /// UTC seconds since 1970 of the last material change.
  public var lastModified: Int?
  /// Written after every other property of the event.
  public var alarms: [ICalAlarm]

  /// Creates an event; the defaults are those of a fresh, tentative, transparent plan item.
  public init(
    uid: String, dtstamp: Int, start: Day, end: Day, summary: String, description: String = "",
    categories: [String] = [], status: Status = .tentative, transparent: Bool = true,
    url: String? = nil, sequence: Int = 0, lastModified: Int? = nil, alarms: [ICalAlarm] = []
  ) {
    self.uid = uid
    self.dtstamp = dtstamp
    self.start = start
    self.end = end
    self.summary = summary
    self.description = description
    self.categories = categories
    self.status = status
    self.transparent = transparent
    self.url = url
    self.sequence = sequence
    self.lastModified = lastModified
    self.alarms = alarms
  }
}
