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

  public var uid: String
  /// UTC seconds since 1970; injected, never read from a clock.
  public var dtstamp: Int
  public var start: Day
  /// Exclusive, as RFC 5545 §3.6.1 says for all-day events: a one-day event ends the next day.
  public var end: Day
  public var summary: String
  public var description: String
  public var categories: [String]
  public var status: Status
  /// TRANSP:TRANSPARENT: plan items never block free/busy time.
  public var transparent: Bool
  public var url: String?
  public var sequence: Int
  /// UTC seconds since 1970 of the last material change.
  public var lastModified: Int?
  /// Written after every other property of the event.
  public var alarms: [ICalAlarm]

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
