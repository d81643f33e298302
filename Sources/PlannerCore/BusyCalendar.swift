/// What one busy calendar says about the applicant's days over the plan's horizon (issue 23):
/// the days they are away (all-day busy events) and the minutes timed busy events take out of
/// the others. Read from an iCalendar file by PlannerICal (`BusyReader`); the planner turns the
/// calendars into an `Availability`. Only these day totals are kept: no event's text or time
/// ever reaches the plan or its calendar.
public struct BusyCalendar: Hashable, Sendable {
  /// The file as the applicant named it (`--busy` or the profile's `busy:`), for the plan's words.
  public var file: String
  /// Days away, ascending.
  public var daysAway: [Day]
  /// Busy minutes on each day that has any (a day away is in `daysAway` instead).
  public var busyMinutes: [Day: Int]
  /// To-dos and journal entries the file holds: not busy time, said once in a note.
  public var skipped: Int

  public init(file: String, daysAway: [Day] = [], busyMinutes: [Day: Int] = [:], skipped: Int = 0) {
    self.file = file
    self.daysAway = daysAway
    self.busyMinutes = busyMinutes
    self.skipped = skipped
  }
}
