public import PlannerPathway

/// The study time a plan assumed, in words (issue 23, point 3): "Study time: about 22 h a week
/// (56 h a week full time; 58 h busy a week in work.ics)". The figures are `StudyCapacity`'s.
public enum StudyCapacityText {
  public static func line(_ c: StudyCapacity) -> String {
    var why = ["\(c.hoursPerWeek) h a week " + (c.hoursFromProfile ? "(study_hours_per_week)" : "full time")]
    for share in c.calendars {
      var parts: [String] = []
      if share.busyHoursPerWeek > 0 { parts.append("\(share.busyHoursPerWeek) h busy a week") }
      if share.daysAway > 0 { parts.append("\(share.daysAway) \(share.daysAway == 1 ? "day" : "days") away") }
      if parts.isEmpty { parts.append("nothing busy") }
      var said = parts.joined(separator: ", ") + " in \(share.file)"
      if share.skipped > 0 { said += " (\(share.skipped) to-do or journal \(share.skipped == 1 ? "entry" : "entries") skipped)" }
      why.append(said)
    }
    return "Study time: about \(c.studyHoursPerWeek) h a week over the next \(StudyCapacity.statedWeeks) weeks (" + why.joined(separator: "; ") + ")"
  }

  /// `planner next`'s note when the coming week leaves little study time (`isShortThisWeek`):
  /// "Study time is short: 12 h this week (3 shifts and 2 days away; 35 h a week asked)".
  public static func shortWeek(_ c: StudyCapacity) -> String? {
    guard c.isShortThisWeek else { return nil }
    let w = c.thisWeek
    var why: [String] = []
    if w.busyDays > 0 { why.append("\(w.busyDays) \(w.busyDays == 1 ? "day" : "days") with shifts") }
    if w.daysAway > 0 { why.append("\(w.daysAway) \(w.daysAway == 1 ? "day" : "days") away") }
    let reason = why.isEmpty ? "" : why.joined(separator: " and ") + "; "
    return "Study time is short: \(w.studyHours) h this week (\(reason)\(c.hoursPerWeek) h a week planned)"
  }
}
