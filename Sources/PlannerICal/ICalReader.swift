import PlannerCore
import CLibical

/// Parses iCalendar text with libical back into an ``ICalDocument``: used to read the
/// previous export before a re-export, and by tests to check a round trip.
public enum ICalReader {
  /// Reads one VCALENDAR.
  ///
  /// - Parameter fileName: names the file in errors.
  /// - Throws: ``CalendarError/unreadable(file:reason:)`` with libical's own error text when
  ///   the text is not one well-formed VCALENDAR, or an event lacks UID or DTSTART.
  public static func read(_ text: String, fileName: String = "the calendar file") throws(CalendarError) -> ICalDocument {
    try LibicalLock.run { () throws(CalendarError) -> ICalDocument in try unlockedRead(text, fileName: fileName) }
  }

  private static func unlockedRead(_ text: String, fileName: String) throws(CalendarError) -> ICalDocument {
    func fail(_ reason: String) -> CalendarError { .unreadable(file: fileName, reason: reason) }
    icalerror_clear_errno()
    guard let parsed = icalparser_parse_string(text) else {
      let code = icalerrno_return().pointee
      throw fail(libicalErrorText(code == ICAL_NO_ERROR ? ICAL_PARSE_ERROR : code) + " (no component found)")
    }
    let root = try OwnedComponent(adopting: parsed, operation: "parse")
    guard icalcomponent_isa(root.raw) == ICAL_VCALENDAR_COMPONENT else {
      throw fail(libicalErrorText(ICAL_MALFORMEDDATA_ERROR) + " (expected exactly one VCALENDAR)")
    }
    // libical does not fail on bad lines: it keeps going and leaves X-LIC-ERROR properties.
    if let problem = firstError(in: root.raw) {
      throw fail(libicalErrorText(ICAL_PARSE_ERROR) + " (" + problem + ")")
    }
    var document = ICalDocument(
      prodID: string(root.raw, ICAL_PRODID_PROPERTY, icalproperty_get_prodid) ?? "",
      name: string(root.raw, ICAL_NAME_PROPERTY, icalproperty_get_name) ?? xString(root.raw, "X-WR-CALNAME") ?? "",
      description: string(root.raw, ICAL_DESCRIPTION_PROPERTY, icalproperty_get_description)
        ?? xString(root.raw, "X-WR-CALDESC") ?? "",
      plan: xString(root.raw, "X-PLANNER-PLAN"))
    if let refresh = icalcomponent_get_first_property(root.raw, ICAL_REFRESHINTERVAL_PROPERTY) {
      document.refreshDays = Int(icaldurationtype_as_int(icalproperty_get_refreshinterval(refresh))) / 86_400
    }
    var child = icalcomponent_get_first_component(root.raw, ICAL_ANY_COMPONENT)
    while let component = child {
      let kind = icalcomponent_isa(component)
      if kind == ICAL_VEVENT_COMPONENT {
        document.events.append(try event(component, fail))
      } else if kind == ICAL_VTODO_COMPONENT {
        document.todos.append(try todo(component, fail))
      }
      child = icalcomponent_get_next_component(root.raw, ICAL_ANY_COMPONENT)
    }
    return document
  }

  private static func event(
    _ component: OpaquePointer, _ fail: (String) -> CalendarError
  ) throws(CalendarError) -> ICalEvent {
    guard let uid = string(component, ICAL_UID_PROPERTY, icalproperty_get_uid) else {
      throw fail("an event has no UID")
    }
    guard let start = day(component, ICAL_DTSTART_PROPERTY, icalproperty_get_dtstart) else {
      throw fail("event \(uid) has no DTSTART")
    }
    var event = ICalEvent(
      uid: uid, dtstamp: timestamp(component, ICAL_DTSTAMP_PROPERTY, icalproperty_get_dtstamp) ?? 0,
      start: start, end: day(component, ICAL_DTEND_PROPERTY, icalproperty_get_dtend) ?? start + 1,
      summary: string(component, ICAL_SUMMARY_PROPERTY, icalproperty_get_summary) ?? "",
      description: string(component, ICAL_DESCRIPTION_PROPERTY, icalproperty_get_description) ?? "",
      categories: categories(component),
      transparent: icalcomponent_get_first_property(component, ICAL_TRANSP_PROPERTY).map {
        icalproperty_get_transp($0) == ICAL_TRANSP_TRANSPARENT
      } ?? false,
      url: string(component, ICAL_URL_PROPERTY, icalproperty_get_url),
      sequence: sequence(component),
      lastModified: timestamp(component, ICAL_LASTMODIFIED_PROPERTY, icalproperty_get_lastmodified))
    switch status(component) {
    case ICAL_STATUS_CONFIRMED: event.status = .confirmed
    case ICAL_STATUS_CANCELLED: event.status = .cancelled
    default: event.status = .tentative
    }
    var child = icalcomponent_get_first_component(component, ICAL_VALARM_COMPONENT)
    while let alarm = child {
      event.alarms.append(self.alarm(alarm))
      child = icalcomponent_get_next_component(component, ICAL_VALARM_COMPONENT)
    }
    return event
  }

  private static func alarm(_ component: OpaquePointer) -> ICalAlarm {
    var daysBefore = 0
    if let trigger = icalcomponent_get_first_property(component, ICAL_TRIGGER_PROPERTY) {
      let seconds = Int(icaldurationtype_as_int(icalproperty_get_trigger(trigger).duration))
      daysBefore = -seconds / 86_400
    }
    return ICalAlarm(
      daysBefore: daysBefore,
      description: string(component, ICAL_DESCRIPTION_PROPERTY, icalproperty_get_description) ?? "")
  }

  private static func todo(
    _ component: OpaquePointer, _ fail: (String) -> CalendarError
  ) throws(CalendarError) -> ICalTodo {
    guard let uid = string(component, ICAL_UID_PROPERTY, icalproperty_get_uid) else { throw fail("a to-do has no UID") }
    let start = day(component, ICAL_DTSTART_PROPERTY, icalproperty_get_dtstart)
    guard let due = day(component, ICAL_DUE_PROPERTY, icalproperty_get_due) ?? start else {
      throw fail("to-do \(uid) has neither DUE nor DTSTART")
    }
    var todo = ICalTodo(
      uid: uid, dtstamp: timestamp(component, ICAL_DTSTAMP_PROPERTY, icalproperty_get_dtstamp) ?? 0,
      start: start, due: due, summary: string(component, ICAL_SUMMARY_PROPERTY, icalproperty_get_summary) ?? "",
      description: string(component, ICAL_DESCRIPTION_PROPERTY, icalproperty_get_description) ?? "",
      categories: categories(component), sequence: sequence(component),
      lastModified: timestamp(component, ICAL_LASTMODIFIED_PROPERTY, icalproperty_get_lastmodified))
    switch status(component) {
    case ICAL_STATUS_COMPLETED: todo.status = .completed
    case ICAL_STATUS_CANCELLED: todo.status = .cancelled
    default: todo.status = .needsAction
    }
    return todo
  }

  /// The first X-LIC-ERROR libical left anywhere in the tree.
  private static func firstError(in component: OpaquePointer) -> String? {
    if let property = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY) {
      return icalproperty_get_xlicerror(property).map { String(cString: $0) } ?? "unknown error"
    }
    var child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT)
    while let inner = child {
      if let found = firstError(in: inner) { return found }
      child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)
    }
    return nil
  }

  // Getters return pointers into the property (not libical's ring buffer): copied, never freed.
  private static func string(
    _ component: OpaquePointer, _ kind: icalproperty_kind,
    _ get: (OpaquePointer?) -> UnsafePointer<CChar>?
  ) -> String? {
    guard let property = icalcomponent_get_first_property(component, kind), let value = get(property) else {
      return nil
    }
    return String(cString: value)
  }

  private static func xString(_ component: OpaquePointer, _ name: String) -> String? {
    var property = icalcomponent_get_first_property(component, ICAL_X_PROPERTY)
    while let current = property {
      if let xName = icalproperty_get_x_name(current), String(cString: xName) == name,
        let value = icalproperty_get_x(current)
      {
        return String(cString: value)
      }
      property = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)
    }
    return nil
  }

  private static func categories(_ component: OpaquePointer) -> [String] {
    var result: [String] = []
    var property = icalcomponent_get_first_property(component, ICAL_CATEGORIES_PROPERTY)
    while let current = property {
      if let value = icalproperty_get_categories(current) { result.append(String(cString: value)) }
      property = icalcomponent_get_next_property(component, ICAL_CATEGORIES_PROPERTY)
    }
    return result
  }

  private static func sequence(_ component: OpaquePointer) -> Int {
    icalcomponent_get_first_property(component, ICAL_SEQUENCE_PROPERTY).map {
      Int(icalproperty_get_sequence($0))
    } ?? 0
  }

  private static func status(_ component: OpaquePointer) -> icalproperty_status? {
    icalcomponent_get_first_property(component, ICAL_STATUS_PROPERTY).map { icalproperty_get_status($0) }
  }

  /// The calendar day of a DATE or DATE-TIME value (a foreign file may use either).
  private static func day(
    _ component: OpaquePointer, _ kind: icalproperty_kind, _ get: (OpaquePointer?) -> icaltimetype
  ) -> Day? {
    guard let property = icalcomponent_get_first_property(component, kind) else { return nil }
    let time = get(property)
    return Day(year: Int(time.year), month: Int(time.month), day: Int(time.day))
  }

  private static func timestamp(
    _ component: OpaquePointer, _ kind: icalproperty_kind, _ get: (OpaquePointer?) -> icaltimetype
  ) -> Int? {
    guard let property = icalcomponent_get_first_property(component, kind) else { return nil }
    return Int(icaltime_as_timet_with_zone(get(property), icaltimezone_get_utc_timezone()))
  }
}
