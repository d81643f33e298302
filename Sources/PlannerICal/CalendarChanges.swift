/// What writing a calendar over the previous one did, for "Wrote plan.ics: 41 events, 3 changed,
/// 1 cancelled." (issue 24, part 3): counted from the merged document against the previous file,
/// as `CalendarMerge` left them. Events only; to-dos are not counted.
public struct CalendarChanges: Sendable, Equatable {
  /// Live events in the file (not cancelled).
  public var events: Int
  /// Live events new since the previous file or changed in it (SEQUENCE moved).
  public var changed: Int
  /// Events cancelled by this write (tombstones the previous file did not have).
  public var cancelled: Int
  /// Whether there was a previous file to compare with.
  public var hadPrevious: Bool

  public init(events: Int, changed: Int, cancelled: Int, hadPrevious: Bool) {
    self.events = events
    self.changed = changed
    self.cancelled = cancelled
    self.hadPrevious = hadPrevious
  }

  /// Counts `merged` against `previous` (nil: a first write).
  public init(merged: ICalDocument, previous: ICalDocument?) {
    var before: [String: ICalEvent] = [:]
    for event in previous?.events ?? [] where before[event.uid] == nil { before[event.uid] = event }
    var events = 0, changed = 0, cancelled = 0
    for event in merged.events {
      let old = before[event.uid]
      if event.status == .cancelled {
        if old.map({ $0.status != .cancelled }) ?? true { cancelled += 1 }
        continue
      }
      events += 1
      if let old, old == event { continue }
      changed += 1
    }
    self.init(events: events, changed: changed, cancelled: cancelled, hadPrevious: previous != nil)
  }
}
