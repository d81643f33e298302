import PlannerCore
import CLibical

/// Serialises an ``ICalDocument`` through libical's value API: libical writes every line,
/// escapes TEXT values and folds lines, so no iCalendar syntax is written by hand here.
///
/// libical 3.0.16 folds at 75 octets without splitting UTF-8 sequences (checked by
/// `FoldingTests`), so no post-pass is needed.
public enum ICalWriter {
  /// The document as iCalendar text with CRLF line ends, ending in `END:VCALENDAR\r\n`.
  ///
  /// - Throws: ``CalendarError/libical(operation:reason:)`` if libical refuses a value.
  public static func write(_ document: ICalDocument) throws(CalendarError) -> String {
    try LibicalLock.run { () throws(CalendarError) -> String in try unlockedWrite(document) }
  }

  /// One event as a CalDAV calendar object resource: VERSION, PRODID and the VEVENT, nothing
  /// else. RFC 4791 §4.1: a resource in a calendar collection holds one UID's components and
  /// MUST NOT carry METHOD; the calendar's name belongs to the collection, not to each event.
  public static func writeResource(_ event: ICalEvent, prodID: String = ICalDocument.plannerProdID) throws(CalendarError) -> String {
    try LibicalLock.run { () throws(CalendarError) -> String in
      let calendar = try OwnedComponent(adopting: icalcomponent_new_vcalendar(), operation: "create VCALENDAR")
      try calendar.add(icalproperty_new_version("2.0"), "VERSION")
      try calendar.add(icalproperty_new_prodid(text(prodID)), "PRODID")
      calendar.add(child: try component(for: event))
      return try calendar.serialized()
    }
  }

  private static func unlockedWrite(_ document: ICalDocument) throws(CalendarError) -> String {
    let calendar = try OwnedComponent(adopting: icalcomponent_new_vcalendar(), operation: "create VCALENDAR")
    try calendar.add(icalproperty_new_version("2.0"), "VERSION")
    try calendar.add(icalproperty_new_prodid(text(document.prodID)), "PRODID")
    try calendar.add(icalproperty_new_method(ICAL_METHOD_PUBLISH), "METHOD")
    let name = text(document.name)
    try calendar.add(icalproperty_new_name(name), "NAME")
    try calendar.add(xProperty("X-WR-CALNAME", name), "X-WR-CALNAME")
    if !document.description.isEmpty {
      let description = text(document.description)
      try calendar.add(icalproperty_new_description(description), "DESCRIPTION")
      try calendar.add(xProperty("X-WR-CALDESC", description), "X-WR-CALDESC")
    }
    try calendar.add(icalproperty_new_refreshinterval(days(document.refreshDays)), "REFRESH-INTERVAL")
    // X-PUBLISHED-TTL has no typed constructor; its value is a duration string.
    try calendar.add(xProperty("X-PUBLISHED-TTL", "P\(document.refreshDays)D"), "X-PUBLISHED-TTL")
    if let plan = document.plan { try calendar.add(xProperty("X-PLANNER-PLAN", plan), "X-PLANNER-PLAN") }
    // Each event is built, written and freed on its own, then spliced between the calendar's
    // header and its END line: the same bytes libical writes for the whole tree (the goldens
    // in Tests/PlannerICalTests/Golden), without holding every event's tree and the whole text
    // at once (issue 27: memory per event, 51,000 events).
    let whole = try calendar.serialized()
    let end = "END:VCALENDAR\r\n"
    guard whole.hasSuffix(end) else {
      throw .libical(operation: "serialise the calendar", reason: "the calendar does not end with END:VCALENDAR")
    }
    var out = String(whole.dropLast(end.count))
    for event in document.events { out += try component(for: event).serialized() }
    for todo in document.todos { out += try component(for: todo).serialized() }
    out += end
    return out
  }

  private static func component(for event: ICalEvent) throws(CalendarError) -> OwnedComponent {
    let vevent = try OwnedComponent(adopting: icalcomponent_new_vevent(), operation: "create VEVENT")
    try vevent.add(icalproperty_new_uid(text(event.uid)), "UID")
    try vevent.add(icalproperty_new_dtstamp(utc(event.dtstamp)), "DTSTAMP")
    try vevent.add(icalproperty_new_dtstart(try date(event.start)), "DTSTART")
    try vevent.add(icalproperty_new_dtend(try date(event.end)), "DTEND")
    try vevent.add(icalproperty_new_summary(text(event.summary)), "SUMMARY")
    if !event.description.isEmpty {
      try vevent.add(icalproperty_new_description(text(event.description)), "DESCRIPTION")
    }
    try addCategories(event.categories, to: vevent)
    try vevent.add(icalproperty_new_status(status(event.status)), "STATUS")
    try vevent.add(
      icalproperty_new_transp(event.transparent ? ICAL_TRANSP_TRANSPARENT : ICAL_TRANSP_OPAQUE), "TRANSP")
    if let url = event.url { try vevent.add(icalproperty_new_url(text(url)), "URL") }
    try vevent.add(icalproperty_new_sequence(Int32(clamping: event.sequence)), "SEQUENCE")
    if let modified = event.lastModified {
      try vevent.add(icalproperty_new_lastmodified(utc(modified)), "LAST-MODIFIED")
    }
    // libical writes subcomponents after all properties, which is where Apple wants VALARM.
    for alarm in event.alarms { vevent.add(child: try component(for: alarm)) }
    return vevent
  }

  private static func component(for alarm: ICalAlarm) throws(CalendarError) -> OwnedComponent {
    let valarm = try OwnedComponent(adopting: icalcomponent_new_valarm(), operation: "create VALARM")
    try valarm.add(icalproperty_new_action(ICAL_ACTION_DISPLAY), "ACTION")
    var trigger = icaltriggertype()
    trigger.time = icaltime_null_time()
    trigger.duration = days(alarm.daysBefore)
    trigger.duration.is_neg = alarm.daysBefore > 0 ? 1 : 0
    try valarm.add(icalproperty_new_trigger(trigger), "TRIGGER")
    try valarm.add(icalproperty_new_description(text(alarm.description)), "DESCRIPTION")
    return valarm
  }

  private static func component(for todo: ICalTodo) throws(CalendarError) -> OwnedComponent {
    let vtodo = try OwnedComponent(adopting: icalcomponent_new_vtodo(), operation: "create VTODO")
    try vtodo.add(icalproperty_new_uid(text(todo.uid)), "UID")
    try vtodo.add(icalproperty_new_dtstamp(utc(todo.dtstamp)), "DTSTAMP")
    if let start = todo.start { try vtodo.add(icalproperty_new_dtstart(try date(start)), "DTSTART") }
    try vtodo.add(icalproperty_new_due(try date(todo.due)), "DUE")
    try vtodo.add(icalproperty_new_summary(text(todo.summary)), "SUMMARY")
    if !todo.description.isEmpty {
      try vtodo.add(icalproperty_new_description(text(todo.description)), "DESCRIPTION")
    }
    try addCategories(todo.categories, to: vtodo)
    let status: icalproperty_status =
      switch todo.status {
      case .needsAction: ICAL_STATUS_NEEDSACTION
      case .completed: ICAL_STATUS_COMPLETED
      case .cancelled: ICAL_STATUS_CANCELLED
      }
    try vtodo.add(icalproperty_new_status(status), "STATUS")
    try vtodo.add(icalproperty_new_sequence(Int32(clamping: todo.sequence)), "SEQUENCE")
    if let modified = todo.lastModified {
      try vtodo.add(icalproperty_new_lastmodified(utc(modified)), "LAST-MODIFIED")
    }
    return vtodo
  }

  /// One CATEGORIES property per category: libical writes a CATEGORIES value verbatim, so a
  /// joined list could not carry a comma, and its parser splits lists into one property each.
  private static func addCategories(
    _ categories: [String], to component: borrowing OwnedComponent
  ) throws(CalendarError) {
    for category in categories {
      let clean = String(text(category).map { $0 == "," || $0 == "\n" ? " " : $0 })
      try component.add(icalproperty_new_categories(clean), "CATEGORIES")
    }
  }

  private static func status(_ status: ICalEvent.Status) -> icalproperty_status {
    switch status {
    case .tentative: ICAL_STATUS_TENTATIVE
    case .confirmed: ICAL_STATUS_CONFIRMED
    case .cancelled: ICAL_STATUS_CANCELLED
    }
  }

  /// An X- property (libical has no typed constructor for these).
  /// The corresponding libical functions are `icalproperty_new_x` and `icalproperty_set_x_name`.
  private static func xProperty(_ name: String, _ value: String) -> OpaquePointer? {
    guard let property = icalproperty_new_x(value) else { return nil }
    icalproperty_set_x_name(property, name)
    return property
  }

  /// Years whose dates libical writes as they are: outside them a date would come out invalid
  /// (such as `00000000`), so the writer refuses instead. Plans stay far inside this range
  /// (`PlannableDates`); this is the last guard.
  public static let supportedYears = 1...2999

  /// An all-day value (`VALUE=DATE`), built from fields with `is_date` set.
  private static func date(_ day: Day) throws(CalendarError) -> icaltimetype {
    guard supportedYears.contains(day.year) else {
      throw .libical(operation: "write the date \(day)", reason: "years outside \(supportedYears.lowerBound)–\(supportedYears.upperBound) cannot be written")
    }
    var time = icaltime_null_date()
    time.year = Int32(day.year)
    time.month = Int32(day.month)
    time.day = Int32(day.day)
    time.is_date = 1
    return time
  }

  /// A UTC date-time (written with `Z`): never floating, whatever the machine's zone.
  private static func utc(_ seconds: Int) -> icaltimetype {
    icaltime_from_timet_with_zone(time_t(seconds), 0, icaltimezone_get_utc_timezone())
  }

  /// A duration in whole days, as `P14D`: filling the fields directly keeps libical from
  /// rewriting 14 days as `P2W`, as `icaldurationtype_from_int` would.
  private static func days(_ count: Int) -> icaldurationtype {
    var duration = icaldurationtype_null_duration()
    duration.days = UInt32(clamping: abs(count))
    duration.is_neg = count < 0 ? 1 : 0
    return duration
  }

  /// TEXT as RFC 5545 allows it: line breaks as LF (libical escapes them as `\n`; it would
  /// drop a bare CR), so text stays inside its property; and no other control characters (C0,
  /// DEL, C1), which TEXT may not contain and C strings cannot carry (NUL).
  /// The invisible marks that reorder text (U+061C, U+200E/F, U+202A–E, U+2066–9): a name
  /// must read in a calendar as it was written, so they are dropped (issue 26, point 11; README
  /// "Names and notes never reach the terminal raw").
  static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// A text value as written: control characters and bidi controls dropped, every kind of line
  /// break (CR, LF, CRLF, U+2028, U+2029) one LF, which libical escapes as `\n`.
  static func text(_ value: String) -> String {
    // Most values keep every scalar: return them as they are rather than rebuilding them one
    // scalar at a time (the calendar column of `planner-bench pipeline`).
    if value.unicodeScalars.allSatisfy(passesUnchanged) { return value }
    var scalars = String.UnicodeScalarView()
    var afterCR = false
    for scalar in value.unicodeScalars {
      defer { afterCR = scalar == "\r" }
      if scalar == "\n" && afterCR { continue }
      if scalar == "\r" || scalar == "\n" || scalar == "\u{2028}" || scalar == "\u{2029}" {
        scalars.append("\n")
      } else if scalar == "\t" || !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || isBidiControl(scalar)) {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// A scalar `text` copies as it is: not a line break, and not a control or bidi character it drops.
  /// A lone LF is one too: `text` writes it as LF, so descriptions (which all have line breaks)
  /// need not be rebuilt scalar by scalar (issue 26's fuzz run: 10% of a 24,000-task calendar).
  private static func passesUnchanged(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == "\n" { return true }
    if scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" { return false }
    return scalar == "\t" || !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || isBidiControl(scalar))
  }
}
