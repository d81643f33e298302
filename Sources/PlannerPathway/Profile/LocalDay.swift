public import Foundation
public import PlannerCore

/// "Today" is the date where the applicant lives, not where the machine runs: a deadline day in
/// Kolkata starts while it is still the day before in UTC. Pure: the instant is a parameter.
public enum LocalDay {
  /// The calendar day of `instant` in the IANA zone `identifier` (nil for an unknown zone).
  public static func day(at instant: Date, zone identifier: String) -> Day? {
    guard let zone = TimeZone(identifier: identifier) else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let parts = calendar.dateComponents([.year, .month, .day], from: instant)
    guard let y = parts.year, let m = parts.month, let d = parts.day else { return nil }
    return Day(year: y, month: m, day: d)
  }
}
