public import PlannerCore

/// One VTODO, for paperwork (opt-in: Google, Outlook and Apple Calendar ignore to-dos).
public struct ICalTodo: Sendable, Equatable {
  /// RFC 5545 STATUS values a to-do can carry.
  public enum Status: String, Sendable, Equatable {
    case needsAction = "NEEDS-ACTION"
    case completed = "COMPLETED"
    case cancelled = "CANCELLED"
  }

  /// Stable across exports, distinct from the task's event UID.
  public var uid: String
  /// UTC seconds since 1970.
  public var dtstamp: Int
  /// Omitted for a one-day item, since RFC 5545 wants DUE after DTSTART.
  public var start: Day?
  /// The day it is due (`VALUE=DATE`), inclusive as people read it.
  public var due: Day
  /// The title.
  public var summary: String
  /// Plain text; line breaks are LF.
  public var description: String
  /// One CATEGORIES property each.
  public var categories: [String]
  public var status: Status
  /// Bumped on every material change against the previous export.
  public var sequence: Int
  /// UTC seconds since 1970 of the last material change.
  public var lastModified: Int?

  /// Creates a to-do that still needs action.
  public init(
    uid: String, dtstamp: Int, start: Day? = nil, due: Day, summary: String, description: String = "",
    categories: [String] = [], status: Status = .needsAction, sequence: Int = 0, lastModified: Int? = nil
  ) {
    self.uid = uid
    self.dtstamp = dtstamp
    self.start = start
    self.due = due
    self.summary = summary
    self.description = description
    self.categories = categories
    self.status = status
    self.sequence = sequence
    self.lastModified = lastModified
  }
}
