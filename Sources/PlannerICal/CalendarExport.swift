public import PlannerCore

/// The pure mapping from a schedule to a calendar: one all-day event per task, reminder
/// events and alarms for exams and hard deadlines, and opt-in to-dos for paperwork.
public enum CalendarExport {
  /// Builds the calendar for `schedule`. Same schedule and options, same document: nothing
  /// here reads a clock or draws a random number, and the input order is kept.
  public static func document(for schedule: Schedule, options: CalendarOptions) -> ICalDocument {
    var events: [ICalEvent] = []
    var todos: [ICalTodo] = []
    // A task done on no known day is not an event: any date written would be made up.
    for scheduled in schedule.tasks where scheduled.task.dateKnown {
      let text = EventText(scheduled: scheduled, schedule: schedule)
      let action = options.reminderActions[scheduled.id] ?? "Coming up: \(scheduled.task.name)"
      let reminds = needsReminders(scheduled)
      events.append(event(for: scheduled, text: text, action: action, reminds: reminds, options: options))
      if reminds {
        for lead in leadDays(options) {
          let day = scheduled.start - lead
          // A reminder before today could never help; it is simply not written.
          guard day >= schedule.today else { continue }
          events.append(reminder(for: scheduled, on: day, lead: lead, action: action, options: options))
        }
      }
      if options.includeTodos && scheduled.task.provenance.categories.contains("document") {
        todos.append(todo(for: scheduled, text: text, options: options))
      }
    }
    return ICalDocument(
      name: options.calendarName, description: options.calendarDescription, events: events, todos: todos,
      plan: planFingerprint(options))
  }

  /// Exams, hard deadlines and the applicant's key actions get alarms and reminder events,
  /// unless already done.
  static func needsReminders(_ scheduled: ScheduledTask) -> Bool {
    let task = scheduled.task
    guard task.state != .done else { return false }
    let categories = task.provenance.categories
    return task.deadline != nil || categories.contains("exam") || categories.contains("action")
  }

  /// Lead days as given, without duplicates or negatives (a reminder after the event is no reminder).
  private static func leadDays(_ options: CalendarOptions) -> [Int] {
    var seen: Set<Int> = []
    return options.reminderLeadDays.filter { $0 >= 0 && seen.insert($0).inserted }
  }

  /// X-PLANNER-PLAN: derived like a UID, so it names the person without spelling out their id.
  public static func planFingerprint(_ options: CalendarOptions) -> String {
    String(uid("calendar", options).prefix(16))
  }

  private static func uid(_ key: String, _ options: CalendarOptions) -> String {
    StableUID.make(prefix: (options.identityHash.high, options.identityHash.low), key: key, domain: options.uidDomain)
  }

  private static func event(
    for scheduled: ScheduledTask, text: EventText, action: String, reminds: Bool, options: CalendarOptions
  ) -> ICalEvent {
    let task = scheduled.task
    var categories = task.provenance.categories
    if scheduled.critical && !categories.contains("critical") { categories.append("critical") }
    let alarms = reminds ? leadDays(options).map { ICalAlarm(daysBefore: $0, description: action) } : []
    return ICalEvent(
      uid: uid(task.id, options), dtstamp: options.dtstamp, start: scheduled.start,
      end: scheduled.lastDay + 1, summary: text.summary, description: text.description,
      categories: categories, status: task.state == .planned ? .tentative : .confirmed,
      url: task.provenance.sources.first, lastModified: options.dtstamp, alarms: alarms)
  }

  private static func reminder(
    for scheduled: ScheduledTask, on day: Day, lead: Int, action: String, options: CalendarOptions
  ) -> ICalEvent {
    let task = scheduled.task
    let when = lead == 0 ? "today" : lead == 1 ? "tomorrow" : "in \(lead) days"
    let description =
      "\(task.name) is \(when), on \(scheduled.start).\n"
      + "This reminder is its own event because Google Calendar drops the alarms of imported events."
    return ICalEvent(
      uid: uid("\(task.id).reminder.\(lead)", options), dtstamp: options.dtstamp, start: day,
      end: day + 1, summary: action, description: description, categories: ["reminder"],
      status: task.state == .planned ? .tentative : .confirmed, lastModified: options.dtstamp)
  }

  private static func todo(for scheduled: ScheduledTask, text: EventText, options: CalendarOptions) -> ICalTodo {
    let task = scheduled.task
    let due = scheduled.lastDay
    return ICalTodo(
      uid: uid("\(task.id).todo", options), dtstamp: options.dtstamp,
      start: scheduled.start < due ? scheduled.start : nil, due: due, summary: text.summary,
      description: text.description, categories: task.provenance.categories,
      status: task.state == .done ? .completed : .needsAction, lastModified: options.dtstamp)
  }
}
