import PlannerCore
public import PlannerICal
public import PlannerPathway
import PlannerRules

/// The plan's iCalendar text, built through libical: the pure part of `planner plan --ics`
/// (the executable reads the previous export and writes the file).
public struct CalendarText {
  public var includeTodos: Bool
  public var reminderDays: [Int]
  /// DTSTAMP, in seconds since 1970 (UTC).
  public var dtstamp: Int
  public var reminderMode: CalendarOptions.ReminderMode

  public init(includeTodos: Bool, reminderDays: [Int], dtstamp: Int, reminderMode: CalendarOptions.ReminderMode = .alarms) {
    self.includeTodos = includeTodos
    self.reminderDays = reminderDays
    self.dtstamp = dtstamp
    self.reminderMode = reminderMode
  }

  /// The new calendar; `previous` (named `previousName` in errors) keeps UIDs and SEQUENCE.
  public func render(_ result: PlanResult, profile: Profile, previous: String?, previousName: String) throws(CalendarError) -> String {
    try renderCounting(result, profile: profile, previous: previous, previousName: previousName).text
  }

  /// ``render(_:profile:previous:previousName:)``, and what it changed against `previous`
  /// (`CalendarText.wrote` says it).
  public func renderCounting(
    _ result: PlanResult, profile: Profile, previous: String?, previousName: String
  ) throws(CalendarError) -> (text: String, changes: CalendarChanges) {
    let schedule = CalendarKeys.calendarSchedule(result.schedule, profile: profile)
    return try CalendarExporter.exportCounting(schedule, options: options(result, profile: profile), previous: previous, previousName: previousName)
  }

  /// "Wrote plan.ics: 41 events, 3 changed, 1 cancelled." after a re-export, "Wrote plan.ics:
  /// 41 events." after a first write (issue 24, part 3; CalendarWroteTests).
  public static func wrote(_ file: String, _ changes: CalendarChanges) -> String {
    func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
    guard changes.hadPrevious else { return "Wrote \(file): \(count(changes.events, "event"))." }
    return "Wrote \(file): \(count(changes.events, "event")), \(changes.changed) changed, \(changes.cancelled) cancelled."
  }

  /// The plan's events as they are now, with no previous export merged in: what `planner sync`
  /// sends (the server and the sync state carry what the file's merge carries for `--ics`).
  public func document(_ result: PlanResult, profile: Profile) -> ICalDocument {
    let schedule = CalendarKeys.calendarSchedule(result.schedule, profile: profile)
    return CalendarExport.document(for: schedule, options: options(result, profile: profile))
  }

  func options(_ result: PlanResult, profile: Profile) -> CalendarOptions {
    var options = CalendarOptions(
      planIdentity: profile.identity,
      calendarName: "Match \(result.matchYear) plan — \(profile.name)",
      calendarDescription: Self.description(result),
      dtstamp: dtstamp,
      reminderLeadDays: reminderDays,
      includeTodos: includeTodos,
      reminderActions: CalendarKeys.reminderActions(profile))
    options.reminderMode = reminderMode
    options.windowOpenings = CalendarKeys.windowOpenings
    options.latestStarts = Self.latestStarts(result, profile: profile)
    options.releaseDays = Self.releaseDays(result, profile: profile)
    return options
  }

  /// The USMLE results' release days, by calendar key: the first `risk.usmle_release_weekday`
  /// on or after the plan's result date, outside the December `holiday_freeze` (FACTS.md: scores
  /// are reported weekly, on Wednesdays). Only the calendar's event moves (issue 24, part 3).
  static func releaseDays(_ result: PlanResult, profile: Profile) -> [String: Day] {
    guard let weekday = result.rules.risk.usmleReleaseWeekday?.value else { return [:] }
    let freeze = result.rules.risk.holidayFreeze?.value
    let attempts = CalendarKeys.attemptNumbers(profile)
    var out: [String: Day] = [:]
    for exam in [Exam.step1, .step2ck, .step3] {
      let id = PathwayTasks.id(exam, .result)
      guard let task = result.schedule.task(id), task.task.state != .done, task.task.dateKnown else { continue }
      var day = task.start + (weekday - task.start.isoWeekday + 7) % 7
      while let freeze, day.month == 12, freeze.contains(day.day) { day = day + 7 }
      out[CalendarKeys.key(for: id, attempts: attempts)] = day
    }
    return out
  }

  /// The latest safe starts of the actions `planner next` lists, over the whole plan, by calendar key.
  static func latestStarts(_ result: PlanResult, profile: Profile) -> [String: CalendarOptions.LatestStart] {
    let attempts = CalendarKeys.attemptNumbers(profile)
    var out: [String: CalendarOptions.LatestStart] = [:]
    for item in NextActions(result, profile: profile, days: 3650).items where item.kind == .start || item.kind == .overdue {
      // The day is `LatestSafeStart`'s (as in `next`), with the gate it protects.
      guard let day = item.latestStart, let task = result.schedule.task(item.taskID) else { continue }
      let gate = LatestSafeStart(task, in: result.schedule)?.protects.map {
        CalendarOptions.LatestStart.Gate(day: $0.date, what: $0.what, isHard: $0.kind == .hard)
      }
      out[CalendarKeys.key(for: item.taskID, attempts: attempts)] = CalendarOptions.LatestStart(day: day, action: item.headline, gate: gate)
    }
    return out
  }

  static func description(_ r: PlanResult) -> String {
    let verdict = VerdictText.brief(r.verdict)
    return "IMG residency plan for the \(r.matchYear) Match (\(verdict) as of \(r.today)), written by planner. "
      + "Importing this file again does not move events in Google Calendar (it ignores SEQUENCE): "
      + "delete this calendar and import the new file, or subscribe to the file from a URL."
  }
}
