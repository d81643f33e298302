public import PlannerCore

/// The days planner plans in: every date in a profile, a journal or on the command line must
/// fall in this range, and so must every date of a plan. The one place it is defined.
///
/// Wide enough for any applicant (graduations from 1950, plans to the end of the century) and
/// well inside what every output supports: four-digit years in JSON and the saved plan, and
/// libical's calendar dates.
public enum PlannableDates {
  public static let range = Day(ordinal: -7305)...Day(ordinal: 47846)

  /// "1950-01-01 to 2100-12-31", for messages.
  public static var summary: String { "\(range.lowerBound) to \(range.upperBound)" }

  public static func contains(_ day: Day) -> Bool { range.contains(day) }
}
