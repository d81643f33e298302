import PlannerCore
import PlannerRules

/// The applicant's days on the built graph (issue 23): the calendar the scheduler plans on,
/// exams that need the applicant there, study blocks measured in minutes, and a booked exam on a
/// day away kept and flagged. Without busy calendars or study hours nothing changes.
extension PathwayBuilder {
  mutating func applyAvailability() {
    guard let capacity = StudyCapacity(profile: profile, today: today, rules: rules) else { return }
    let availability = capacity.availability
    graph.availability = availability
    for i in graph.tasks.indices {
      let t = graph.tasks[i]
      if t.kind.contains(.exam) {
        // Exams are never planned on a day away (`Workspace.firstStart`); a booking is the
        // applicant's, so it stays where it is and is flagged.
        graph.tasks[i].needsApplicant = true
        if t.state == .booked, let day = t.fixedStart, !availability.isOpen(day.ordinal) {
          let files = profile.busyCalendars.filter { $0.daysAway.contains(day) }.map(\.file)
          findings.append(Finding(.warning, .examBookedWhileAway, "\(t.name) is on \(day), a day \(files.joined(separator: ", ")) keeps you away", action: "clear that day, or move the booking and record it"))
        }
      }
      // Movable study blocks only: a block with a fixed start keeps the days it was given.
      if t.kind.contains(.study), t.usesApplicant, t.fixedStart == nil, t.state == .planned, t.duration > 0 {
        graph.tasks[i].effort = studyMinutes[t.id] ?? t.duration * capacity.minutesPerDay
      }
    }
  }
}
