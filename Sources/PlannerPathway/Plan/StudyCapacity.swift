public import PlannerCore
public import PlannerRules

/// The study time a plan assumes (issue 23, point 3): hours a week (the profile's
/// `study_hours_per_week`, else full time) less what the busy calendars take, as the
/// `Availability` the scheduler plans on, and the figures the plan states about it.
///
/// A day offers the pack's `application.study_day_hours` hours that work and study share; busy
/// hours come out of them first,
/// and study takes at most a seventh of the weekly hours of what is left. A day away (an
/// all-day busy event) has none. docs/busy.md explains the model with real output.
public struct StudyCapacity: Hashable, Sendable {
  /// The weeks from today the stated figures average over.
  public static let statedWeeks = 12

  /// Hours a week the applicant can study when nothing is busy.
  public var hoursPerWeek: Int
  /// Whether those hours are the profile's (`study_hours_per_week`) rather than full time.
  public var hoursFromProfile: Bool
  /// The calendar the scheduler plans on.
  public var availability: Availability
  /// Study hours a week the calendar leaves, on average over the next `statedWeeks` weeks.
  public var studyHoursPerWeek: Int
  /// Each busy calendar's busy hours a week and days away over the same weeks, in input order.
  public var calendars: [Share]
  /// The seven days from today, which `planner next` speaks of when they leave little study time.
  public var thisWeek: Week

  /// What the calendars leave of the seven days from today.
  public struct Week: Hashable, Sendable {
    /// Hours of study the week leaves (rounded down).
    public var studyHours: Int
    /// Days with busy time (shifts, appointments) that are not days away.
    public var busyDays: Int
    public var daysAway: Int
  }

  /// This week leaves under three quarters of the hours a week asked for (issue 23, point 6:
  /// `next` says when study time is short; `StudyCapacityText.shortWeek`).
  public var isShortThisWeek: Bool { thisWeek.studyHours * 4 < hoursPerWeek * 3 }

  public struct Share: Hashable, Sendable {
    public var file: String
    public var busyHoursPerWeek: Int
    public var daysAway: Int
    /// To-dos and journal entries the file holds, which are not busy time.
    public var skipped: Int
  }

  /// Minutes a day of study when nothing is busy.
  public var minutesPerDay: Int { hoursPerWeek * 60 / 7 }

  /// The capacity the profile asks for, or nil when it asks for nothing (no busy calendar, no
  /// study hours): the plan then keeps the dates it had before issue 23.
  /// Full time and the day's hours are the pack's (`application.full_time_study_hours_per_week`,
  /// `application.study_day_hours`).
  public init?(profile: Profile, today: Day, rules: RulesPack) {
    let anyHours = profile.exams.values.contains { $0.studyHours != nil }
    guard !profile.busyCalendars.isEmpty || profile.studyHoursPerWeek != nil || anyHours else { return nil }
    hoursPerWeek = profile.studyHoursPerWeek ?? rules.application.fullTimeStudyHoursPerWeek.value
    let dayHours = rules.application.studyDayHours.value
    hoursFromProfile = profile.studyHoursPerWeek != nil
    let perDay = hoursPerWeek * 60 / 7
    // Every file's busy times merged per day first: an hour two calendars both hold counts once.
    let busyMinutes = BusyCalendar.busyMinutes(merging: profile.busyCalendars)
    let last = (profile.busyCalendars.flatMap(\.daysAway) + Array(busyMinutes.keys)).max() ?? today
    let count = max(0, last - today + 1)
    var busy = [Int](repeating: 0, count: count)
    var closed = [Bool](repeating: false, count: count)
    for calendar in profile.busyCalendars {
      for day in calendar.daysAway where day >= today && day - today < count { closed[day - today] = true }
    }
    for (day, minutes) in busyMinutes where day >= today && day - today < count { busy[day - today] = minutes }
    let minutes = busy.map { min(perDay, max(0, dayHours * 60 - $0)) }
    let availability = Availability(fullDay: max(1, perDay), first: today, minutes: minutes, closed: closed)
    self.availability = availability
    let window = today..<(today + 7 * Self.statedWeeks)
    let studied = (0..<7 * Self.statedWeeks).reduce(0) { $0 + availability.minutes(on: today.ordinal + $1) }
    studyHoursPerWeek = Int((Double(studied) / Double(Self.statedWeeks) / 60).rounded())
    let week = (0..<7).map { today + $0 }
    thisWeek = Week(
      studyHours: week.reduce(0) { $0 + availability.minutes(on: $1.ordinal) } / 60,
      busyDays: week.filter { availability.isOpen($0.ordinal) && (busyMinutes[$0] ?? 0) > 0 }.count,
      daysAway: week.filter { !availability.isOpen($0.ordinal) }.count)
    calendars = profile.busyCalendars.map { calendar in
      let minutes = calendar.busyMinutes.filter { window.contains($0.key) }.values.reduce(0, +)
      return Share(
        file: calendar.file, busyHoursPerWeek: Int((Double(minutes) / Double(Self.statedWeeks) / 60).rounded()),
        daysAway: calendar.daysAway.filter { window.contains($0) }.count, skipped: calendar.skipped)
    }
  }

  /// Minutes of study `hours` hours are, and the days they take when nothing is busy.
  public func days(forHours hours: Int) -> Int { (hours * 60 + minutesPerDay - 1) / max(1, minutesPerDay) }
}
