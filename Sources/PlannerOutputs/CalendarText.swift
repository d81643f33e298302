public import PlannerICal
public import PlannerPathway

/// The plan's iCalendar text, built through libical: the pure part of `planner plan --ics`
/// (the executable reads the previous export and writes the file).
public struct CalendarText {
  public var includeTodos: Bool
  public var reminderDays: [Int]
  /// DTSTAMP, in seconds since 1970 (UTC).
  public var dtstamp: Int

  public init(includeTodos: Bool, reminderDays: [Int], dtstamp: Int) {
    self.includeTodos = includeTodos
    self.reminderDays = reminderDays
    self.dtstamp = dtstamp
  }

  /// The new calendar; `previous` (named `previousName` in errors) keeps UIDs and SEQUENCE.
  public func render(_ result: PlanResult, profile: Profile, previous: String?, previousName: String) throws(CalendarError) -> String {
    let options = CalendarOptions(
      planIdentity: profile.identity,
      calendarName: "Match \(result.matchYear) plan — \(profile.name)",
      calendarDescription: Self.description(result),
      dtstamp: dtstamp,
      reminderLeadDays: reminderDays,
      includeTodos: includeTodos,
      reminderActions: CalendarKeys.reminderActions(profile))
    let schedule = CalendarKeys.calendarSchedule(result.schedule, profile: profile)
    return try CalendarExporter.export(schedule, options: options, previous: previous, previousName: previousName)
  }

  static func description(_ r: PlanResult) -> String {
    let verdict = r.feasible ? "on track: " + (r.margin.deciding?.sentence ?? "every gate before Match Day met") : "NOT feasible"
    return "IMG residency plan for the \(r.matchYear) Match (\(verdict) as of \(r.today)), written by planner. "
      + "Importing this file again does not move events in Google Calendar (it ignores SEQUENCE): "
      + "delete this calendar and import the new file, or subscribe to the file from a URL."
  }
}
