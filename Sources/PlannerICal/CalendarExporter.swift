public import PlannerCore

/// The one call the command line needs: schedule in, iCalendar text out, merged with the
/// previous export so UIDs stay, SEQUENCE moves and removed events are cancelled.
public enum CalendarExporter {
  /// Maps, merges and serialises.
  ///
  /// - Parameters:
  ///   - previous: the text of the file about to be overwritten, if there is one.
  ///   - previousName: names that file in errors (the path the user gave).
  /// - Throws: ``CalendarError`` when `previous` is unreadable or not written by planner,
  ///   or libical refuses a value.
  public static func export(
    _ schedule: Schedule, options: CalendarOptions, previous: String?,
    previousName: String = "the previous calendar file"
  ) throws(CalendarError) -> String {
    try exportCounting(schedule, options: options, previous: previous, previousName: previousName).text
  }

  /// ``export(_:options:previous:previousName:)``, and what it changed against `previous`.
  public static func exportCounting(
    _ schedule: Schedule, options: CalendarOptions, previous: String?,
    previousName: String = "the previous calendar file"
  ) throws(CalendarError) -> (text: String, changes: CalendarChanges) {
    let fresh = CalendarExport.document(for: schedule, options: options)
    let old = try previous.map { text throws(CalendarError) in try ICalReader.read(text, fileName: previousName) }
    let merged = try CalendarMerge.merge(new: fresh, previous: old, previousName: previousName, now: options.dtstamp,
      today: schedule.today)
    return (try ICalWriter.write(merged), CalendarChanges(merged: merged, previous: old))
  }
}
