public import PlannerCore

/// The pure mapping from a schedule to a calendar: one all-day event per task and per hard
/// deadline, alarms for exams, actions and hard deadlines (and reminder events of their own with
/// `--reminders events|both`), and opt-in to-dos for paperwork.
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
      let reminds = needsReminders(scheduled) || (scheduled.task.state != .done && options.reminderActions[scheduled.id] != nil)
      var own = event(for: scheduled, text: text, action: action, reminds: reminds && options.reminderMode != .events, options: options)
      let latest = latestStartEvent(for: scheduled, today: schedule.today, options: options)
      // Alarms only: the latest safe start is an alarm on the task's own event, that many days after its start.
      if options.reminderMode == .alarms, let latest, let day = options.latestStarts[scheduled.id]?.day {
        own.alarms.append(ICalAlarm(daysBefore: scheduled.start - day, description: latest.summary))
      }
      // Alarms only: a window's opening is a line of the task's event, not an event of its own.
      if options.reminderMode == .alarms, options.windowOpenings[scheduled.id] != nil, let opens = scheduled.task.notBefore {
        own.description += "\nWindow: \(scheduled.task.name) can happen from \(opens)."
      }
      events.append(own)
      events += limitEvents(for: scheduled, options: options)
      if options.reminderMode != .alarms, let latest { events.append(latest) }
      if reminds && options.reminderMode != .alarms {
        for lead in reminderLeads(for: scheduled, options) {
          let day = scheduled.start - lead
          // A reminder before today could never help; it is simply not written.
          guard day >= schedule.today else { continue }
          events.append(reminder(for: scheduled, on: day, lead: lead, action: action, options: options))
        }
      }
      if options.includeTodos && scheduled.task.kind.contains(.document) {
        todos.append(todo(for: scheduled, text: text, options: options))
      }
    }
    // A title is one line: calcurse refuses an event whose SUMMARY holds a line break ("line
    // break in summary") and month views show only the first line. Descriptions keep theirs.
    for index in events.indices { events[index].summary = oneLine(events[index].summary) }
    for index in todos.indices { todos[index].summary = oneLine(todos[index].summary) }
    return ICalDocument(
      name: oneLine(options.calendarName), description: options.calendarDescription, events: events, todos: todos,
      plan: planFingerprint(options))
  }

  /// `text` with each line break (CRLF, CR, LF, NEL, VT, FF, U+2028, U+2029, and any run of
  /// them) turned into one space.
  static func oneLine(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var inBreak = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" || scalar == "\u{0B}" || scalar == "\u{0C}" {
        if !inBreak { scalars.append(" ") }
        inBreak = true
      } else {
        scalars.append(scalar)
        inBreak = false
      }
    }
    return String(scalars)
  }

  /// Events on the limit's own date: a hard deadline (what must be done by then and whether the
  /// plan meets it); with reminder events (`--reminders events|both`) also a soft target and a
  /// window that opens when the options name it. Alarms only, those two are lines of the task's
  /// own event (EventText's "Target:", the "Window:" line): a soft target is not a date that
  /// ends the plan, and one event per action keeps a month view readable (issue 24, part 3).
  static func limitEvents(for scheduled: ScheduledTask, options: CalendarOptions) -> [ICalEvent] {
    let task = scheduled.task
    guard task.state != .done else { return [] }
    var out: [ICalEvent] = []
    let separate = options.reminderMode != .alarms
    func days(_ n: Int) -> String { abs(n) == 1 ? "\(n) day" : "\(n) days" }
    for (kind, day) in [("deadline", task.deadline), ("target", separate ? task.target : nil)] {
      // A fixed task on its own deadline (the ROL deadline) already sits on that date.
      guard let day, !(task.fixedStart == day && kind == "deadline") else { continue }
      let room = day - scheduled.lastDay
      let verdict = room >= 0 ? "The plan meets it: \(task.name) on \(scheduled.lastDay), \(days(room)) to spare." : "The plan misses it: \(task.name) on \(scheduled.lastDay), \(days(-room)) late."
      let what = kind == "deadline" ? "Hard deadline" : "Target (soft: missing it costs, but does not end the plan)"
      out.append(ICalEvent(
        uid: uid("\(task.id).\(kind)", options), dtstamp: options.dtstamp, start: day, end: day + 1,
        summary: (kind == "deadline" ? "Deadline: " : "Target: ") + task.name,
        description: "\(what) \(day): \(task.name) must be done by then.\n\(verdict)",
        categories: [kind], status: .confirmed, url: httpURL(task.provenance.sources), lastModified: options.dtstamp))
    }
    if separate, let summary = options.windowOpenings[task.id], let opens = task.notBefore {
      out.append(ICalEvent(
        uid: uid("\(task.id).opens", options), dtstamp: options.dtstamp, start: opens, end: opens + 1,
        summary: summary, description: "\(task.name) can happen from \(opens); the plan has it on \(scheduled.start).",
        categories: ["window"], status: .confirmed, url: httpURL(task.provenance.sources), lastModified: options.dtstamp))
    }
    return out
  }

  /// The reminder on a task's latest safe start. None when the latest start is the planned start
  /// (the task's own event and its reminders already stand on that day), has passed, or the task
  /// is done: a reminder is never written twice for one day.
  static func latestStartEvent(for scheduled: ScheduledTask, today: Day, options: CalendarOptions) -> ICalEvent? {
    let task = scheduled.task
    // Never after the gate it protects (issue 20, contradiction 9; LatestStartRemindersTests).
    guard task.state != .done, let latest = options.latestStarts[task.id], latest.day > scheduled.start, latest.day >= today,
      latest.gate.map({ latest.day <= $0.day }) ?? true
    else { return nil }
    func days(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }
    let protects = latest.gate.map {
      " Starting later misses \($0.isHard ? "a hard deadline" : "a soft target"): \($0.what), \($0.day)."
    } ?? " Starting later moves them."
    let description =
      "\(task.name) is planned to start on \(scheduled.start); \(latest.day) is the latest start that keeps every "
      + "deadline and target of the plan (\(days(latest.day - scheduled.start)) to spare).\(protects) "
      + "Starting on that day moves the planned dates of what comes after it later too. "
      + "`planner next` lists it with the command that records it."
    // Its alarms, too, never ring before the task can start.
    let leads = leadDays(options).filter { latest.day - $0 >= scheduled.start }
    let alarms = options.reminderMode == .both ? leads.map { ICalAlarm(daysBefore: $0, description: "Latest safe start: \(latest.action)") } : []
    return ICalEvent(
      uid: uid("\(task.id).latest-start", options), dtstamp: options.dtstamp, start: latest.day, end: latest.day + 1,
      summary: "Latest safe start: \(latest.action)", description: description, categories: ["reminder", "latest-start"],
      status: .tentative, lastModified: options.dtstamp, alarms: alarms)
  }

  static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

  /// The first source that is a web address: "your profile" is not a URL.
  static func httpURL(_ sources: [String]) -> String? {
    sources.first { $0.hasPrefix("https://") || $0.hasPrefix("http://") }
  }

  /// Exams, hard deadlines and the applicant's key actions get alarms and reminder events,
  /// unless already done.
  static func needsReminders(_ scheduled: ScheduledTask) -> Bool {
    let task = scheduled.task
    guard task.state != .done else { return false }
    return task.deadline != nil || !task.kind.isDisjoint(with: [.exam, .action])
  }

  /// Whether a task's reminders may come before its start: a date fixed in advance (a booking, a
  /// date of the cycle) and an exam day are announced ahead ("Step 2 CK exam coming up"). Other
  /// work starts on the first day it can (its early start), so a reminder to do it before that
  /// day would call for an action that cannot start yet ("Register for Step 2 CK now" while the
  /// application cannot open; issue 20, contradiction 9; LatestStartRemindersTests).
  static func announcedAhead(_ scheduled: ScheduledTask) -> Bool {
    scheduled.task.fixedStart != nil || scheduled.task.kind.contains(.exam)
  }

  /// The lead days of a task's reminders and alarms: as given for a date announced ahead, else
  /// one on the day it can start.
  static func reminderLeads(for scheduled: ScheduledTask, _ options: CalendarOptions) -> [Int] {
    let leads = leadDays(options)
    return announcedAhead(scheduled) || leads.isEmpty ? leads : [0]
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
    var categories = task.kind.names
    if scheduled.critical { categories.append("critical") }
    let alarms = reminds ? reminderLeads(for: scheduled, options).map { ICalAlarm(daysBefore: $0, description: action) } : []
    var (start, description) = (scheduled.start, text.description)
    // A result comes out on a release day, not on the test day + N the plan counts with.
    if let release = options.releaseDays[task.id], release >= scheduled.start, task.state != .done {
      start = release
      let weekday = weekdayNames[(release.isoWeekday - 1) % 7]
      description += "\nOn the calendar on \(release), a \(weekday): results are released on \(weekday)s, so the first "
        + "release day on or after the plan's \(scheduled.start) (the rules pack's risk.usmle_release_weekday)."
    }
    return ICalEvent(
      uid: uid(task.id, options), dtstamp: options.dtstamp, start: start,
      end: start + (scheduled.lastDay + 1 - scheduled.start), summary: text.summary, description: description,
      categories: categories, status: task.state == .planned ? .tentative : .confirmed,
      url: httpURL(task.provenance.sources), lastModified: options.dtstamp, alarms: alarms)
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
      description: text.description, categories: task.kind.names,
      status: task.state == .done ? .completed : .needsAction, lastModified: options.dtstamp)
  }
}
