import CLibical
import Foundation
public import PlannerCore

/// Reads a busy calendar (an .ics file exported by Google, Apple, Outlook, Thunderbird, khal,
/// calcurse, Radicale) through libical into the day totals the planner needs (`BusyCalendar`;
/// issue 23, point 1). Events are expanded over the plan's horizon only: RRULE through libical's
/// recurrence iterator, RDATE added, EXDATE and RECURRENCE-ID overrides taken out, times in
/// their TZID (the file's VTIMEZONE, else libical's built-in zone), UTC or floating (the
/// applicant's own clock). TRANSP:TRANSPARENT and STATUS:CANCELLED events are free; to-dos and
/// journal entries are counted, not read. Nothing is written and no event text is kept.
public enum BusyReader {
  /// Occurrences one event may produce before the horizon ends: an RRULE every minute for years
  /// is refused instead of expanded (issue 23, point 5: a hostile file is bounded in time).
  public static let occurrenceLimit = 20_000
  /// Occurrences a whole file may produce (bounded in memory whatever the event count).
  public static let fileOccurrenceLimit = 200_000

  /// The busy days of `text` from `from` up to (not including) `to`, in the IANA zone `zone`.
  public static func read(_ text: String, file: String, from: Day, to: Day, zone: String) throws(BusyCalendarError) -> BusyCalendar {
    try LibicalLock.run { () throws(BusyCalendarError) -> BusyCalendar in
      var expansion = BusyExpansion(text: text, file: file, from: from, to: to, zone: TimeZone(identifier: zone) ?? TimeZone(identifier: "UTC")!)
      return try expansion.read()
    }
  }
}
