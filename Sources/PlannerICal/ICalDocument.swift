/// A whole iCalendar file as plain values: what the exporter means to write and what the
/// reader found in a previous export. No libical type appears here, so the mapping and the
/// merge stay pure and testable with `==`.
public struct ICalDocument: Sendable, Equatable {
  /// The PRODID every file written by planner carries; a previous file without it is not ours.
  public static let plannerProdID = "-//planner//IMG residency planner//EN"

  /// PRODID. Planner's own unless the document was read from someone else's file.
  public var prodID: String
  /// Written as both NAME (RFC 7986) and X-WR-CALNAME, the only one Google reads.
  public var name: String
  /// Written as both DESCRIPTION (RFC 7986) and X-WR-CALDESC.
  public var description: String
  /// How often subscribers should refetch, in days: REFRESH-INTERVAL and X-PUBLISHED-TTL.
  /// Google ignores both; Apple and Thunderbird honour them.
  public var refreshDays: Int
  /// Written in this order, before the to-dos.
  public var events: [ICalEvent]
  /// Opt-in VTODOs (only Thunderbird and Apple Reminders show them).
  public var todos: [ICalTodo]
  /// Whose plan this is (X-PLANNER-PLAN: a fingerprint of the profile's identity, not the
  /// identity itself), so a re-export never takes over another person's calendar.
  public var plan: String?

  /// Creates a document with planner's PRODID and a daily refresh.
  public init(
    prodID: String = ICalDocument.plannerProdID, name: String, description: String = "",
    refreshDays: Int = 1, events: [ICalEvent] = [], todos: [ICalTodo] = [], plan: String? = nil
  ) {
    self.plan = plan
    self.prodID = prodID
    self.name = name
    self.description = description
    self.refreshDays = refreshDays
    self.events = events
    self.todos = todos
  }
}
