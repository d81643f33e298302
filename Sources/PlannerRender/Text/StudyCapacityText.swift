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
}
