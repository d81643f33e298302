import CLibical
import Foundation
import PlannerCore

/// One read of a busy calendar (`BusyReader`): libical parses, this walks the events, expands
/// each over the horizon and adds up the days. Runs under `LibicalLock`.
struct BusyExpansion {
  let text: String
  let file: String
  let from: Day
  let to: Day
  /// The applicant's zone: UTC and zoned times become their local days in it.
  let zone: TimeZone
  private var daysAway: Set<Day> = []
  /// Busy stretches as epoch seconds, merged before they are counted so double-booked hours count once.
  private var stretches: [(start: Int, end: Int)] = []
  private var occurrences = 0
  private var skipped = 0

  init(text: String, file: String, from: Day, to: Day, zone: TimeZone) {
    self.text = text
    self.file = file
    self.from = from
    self.to = to
    self.zone = zone
  }

  mutating func read() throws(BusyCalendarError) -> BusyCalendar {
    icalerror_clear_errno()
    guard let parsed = icalparser_parse_string(text) else {
      throw fail(1, "not an iCalendar file (libical found no VCALENDAR); export the calendar again as .ics")
    }
    let root: OwnedComponent
    do { root = try OwnedComponent(adopting: parsed, operation: "parse") } catch { throw fail(1, error.description) }
    guard icalcomponent_isa(root.raw) == ICAL_VCALENDAR_COMPONENT else {
      throw fail(1, "expected one VCALENDAR (BEGIN:VCALENDAR … END:VCALENDAR); export the calendar again as .ics")
    }
    // libical keeps going past a bad line and leaves an X-LIC-ERROR property where it was.
    if let problem = Self.firstError(in: root.raw) {
      throw fail(line(mentioning: problem.fragment), "libical cannot read this: \(problem.message); fix or remove that line, or export the calendar again")
    }
    var events: [OpaquePointer] = []
    var child = icalcomponent_get_first_component(root.raw, ICAL_ANY_COMPONENT)
    while let component = child {
      switch icalcomponent_isa(component) {
      case ICAL_VEVENT_COMPONENT: events.append(component)
      case ICAL_VTODO_COMPONENT, ICAL_VJOURNAL_COMPONENT: skipped += 1
      default: break
      }
      child = icalcomponent_get_next_component(root.raw, ICAL_ANY_COMPONENT)
    }
    // An override (RECURRENCE-ID) replaces its occurrence of the series, cancelled or not.
    var overridden: [String: Set<Int>] = [:]
    for event in events {
      guard let property = icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY) else { continue }
      let id = try resolved(property, icalproperty_get_recurrenceid(property), root: root.raw)
      overridden[uid(event), default: []].insert(Self.key(id))
    }
    for event in events { try expand(event, overridden: overridden[uid(event)] ?? [], root: root.raw) }
    return BusyCalendar(file: file, daysAway: daysAway.sorted(), busyTimes: busyTimes(), skipped: skipped)
  }

  private func uid(_ event: OpaquePointer) -> String {
    icalcomponent_get_uid(event).map { String(cString: $0) } ?? ""
  }

  private mutating func expand(_ event: OpaquePointer, overridden: Set<Int>, root: OpaquePointer) throws(BusyCalendarError) {
    if let p = icalcomponent_get_first_property(event, ICAL_STATUS_PROPERTY), icalproperty_get_status(p) == ICAL_STATUS_CANCELLED { return }
    if let p = icalcomponent_get_first_property(event, ICAL_TRANSP_PROPERTY), icalproperty_get_transp(p) == ICAL_TRANSP_TRANSPARENT { return }
    let id = uid(event)
    guard let startProperty = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY) else {
      throw fail(line(mentioning: "UID:" + id), "the event \(id) has no DTSTART; give it a start or remove it")
    }
    let start = try resolved(startProperty, icalproperty_get_dtstart(startProperty), root: root)
    let length = try seconds(event, start: start, root: root)
    if icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY) != nil {
      try add(start, length: length, event: id)
      return
    }
    var excluded = overridden
    var p = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY)
    while let property = p {
      excluded.insert(Self.key(try resolved(property, icalproperty_get_exdate(property), root: root)))
      p = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)
    }
    var starts: [icaltimetype] = []
    if let rule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY) {
      try recur(icalproperty_get_rrule(rule), from: start, event: id, into: &starts)
    } else {
      starts.append(start)
    }
    p = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY)
    while let property = p {
      let value = icalproperty_get_rdate(property)
      let time = icaltime_is_null_time(value.time) == 0 ? value.time : value.period.start
      starts.append(try resolved(property, time, root: root))
      p = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)
    }
    for s in starts where !excluded.contains(Self.key(s)) { try add(s, length: length, event: id) }
  }

  /// The occurrences of an RRULE from `start` until the horizon ends, through libical's iterator.
  private mutating func recur(_ rule: icalrecurrencetype, from start: icaltimetype, event: String, into starts: inout [icaltimetype]) throws(BusyCalendarError) {
    guard let iterator = icalrecur_iterator_new(rule, start) else {
      throw fail(line(mentioning: "RRULE"), "the event \(event) has an RRULE libical cannot expand (\(libicalErrorText())); fix its RRULE")
    }
    defer { icalrecur_iterator_free(iterator) }
    var count = 0
    while true {
      var next = icalrecur_iterator_next(iterator)
      if icaltime_is_null_time(next) != 0 { break }
      next = icaltime_set_timezone(&next, start.zone)
      // A day of slack: a wall-clock date in another zone can be the horizon's last local day.
      if let day = Day(year: Int(next.year), month: Int(next.month), day: Int(next.day)), day > to + 1 { break }
      count += 1
      if count > BusyReader.occurrenceLimit {
        throw fail(line(mentioning: "UID:" + event), "the event \(event) repeats more than \(BusyReader.occurrenceLimit) times before \(to) (its RRULE has no end near the plan); give the RRULE an UNTIL or COUNT, or a coarser FREQ")
      }
      starts.append(next)
    }
  }

  /// An event's length: DTEND − DTSTART, else its DURATION, else a day (a date) or nothing (a time).
  private func seconds(_ event: OpaquePointer, start: icaltimetype, root: OpaquePointer) throws(BusyCalendarError) -> Int {
    var length: Int
    if let end = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY) {
      let finish = try resolved(end, icalproperty_get_dtend(end), root: root)
      length = Int(icaltime_as_timet_with_zone(finish, finish.zone)) - Int(icaltime_as_timet_with_zone(start, start.zone))
    } else if let duration = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY) {
      length = Int(icaldurationtype_as_int(icalproperty_get_duration(duration)))
    } else {
      length = icaltime_is_date(start) != 0 ? 86_400 : 0
    }
    if length < 0 {
      throw fail(line(mentioning: "UID:" + uid(event)), "the event \(uid(event)) ends before it starts; fix its DTEND or DURATION")
    }
    return length
  }

  /// A time with the zone its TZID names: the file's VTIMEZONE first, else libical's built-in one.
  private func resolved(_ property: OpaquePointer, _ value: icaltimetype, root: OpaquePointer) throws(BusyCalendarError) -> icaltimetype {
    var t = value
    if icaltime_is_null_time(t) != 0 {
      let name = icalproperty_get_property_name(property).map { String(cString: $0) } ?? "a date"
      throw fail(line(mentioning: name), "\(name) has no date libical can read; write it as YYYYMMDD or YYYYMMDDTHHMMSS")
    }
    guard icaltime_is_utc(t) == 0, icaltime_is_date(t) == 0,
      let parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER),
      let raw = icalparameter_get_tzid(parameter)
    else { return t }
    let tzid = String(cString: raw)
    guard let zone = icalcomponent_get_timezone(root, raw) ?? icaltimezone_get_builtin_timezone(raw) ?? icaltimezone_get_builtin_timezone_from_tzid(raw) else {
      throw fail(line(mentioning: "TZID=" + tzid), "unknown time zone TZID=\(tzid): the file has no VTIMEZONE for it and it is not an IANA zone; export the calendar with its time zones, or use an IANA name such as Europe/Berlin")
    }
    return icaltime_set_timezone(&t, zone)
  }

  /// One occurrence: its days away (a date) or its busy stretch (a time), if it meets the horizon.
  private mutating func add(_ start: icaltimetype, length: Int, event: String) throws(BusyCalendarError) {
    occurrences += 1
    if occurrences > BusyReader.fileOccurrenceLimit {
      throw fail(line(mentioning: "UID:" + event), "more than \(BusyReader.fileOccurrenceLimit) busy times before \(to); split the calendar or export a shorter range")
    }
    guard let first = Day(year: Int(start.year), month: Int(start.month), day: Int(start.day)) else { return }
    if icaltime_is_date(start) != 0 {
      let days = max(1, (length + 86_399) / 86_400)
      for k in 0..<days where first + k >= from && first + k < to { daysAway.insert(first + k) }
      return
    }
    guard first + length / 86_400 + 1 >= from - 1, first <= to + 1 else { return }
    var begin = Int(icaltime_as_timet_with_zone(start, start.zone))
    // A floating time is on the applicant's own clock: libical read it as UTC.
    if start.zone == nil && icaltime_is_utc(start) == 0 {
      begin -= zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(begin)))
    }
    if length > 0 { stretches.append((begin, begin + length)) }
  }

  /// Busy stretches by local day, as seconds from its midnight: overlapping stretches merged,
  /// each split at local midnights (`BusyCalendar.busyTimes`).
  private func busyTimes() -> [Day: [Range<Int>]] {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    var times: [Day: [Range<Int>]] = [:]
    var merged: [(start: Int, end: Int)] = []
    for s in stretches.sorted(by: { $0.start < $1.start }) {
      if let last = merged.last, s.start <= last.end {
        merged[merged.count - 1].end = max(last.end, s.end)
      } else {
        merged.append(s)
      }
    }
    for s in merged {
      var t = s.start
      while t < s.end {
        let date = Date(timeIntervalSince1970: TimeInterval(t))
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let dayStart = Int(calendar.startOfDay(for: date).timeIntervalSince1970)
        let midnight = calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: date)).map { Int($0.timeIntervalSince1970) } ?? s.end
        let upTo = min(s.end, max(midnight, t + 1))
        if let day = Day(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0), day >= from, day < to, !daysAway.contains(day) {
          times[day, default: []].append((t - dayStart)..<(upTo - dayStart))
        }
        t = upTo
      }
    }
    return times
  }

  /// The instant a date or time names, to match EXDATE and RECURRENCE-ID against occurrences.
  private static func key(_ t: icaltimetype) -> Int { Int(icaltime_as_timet_with_zone(t, t.zone)) }

  /// The first X-LIC-ERROR libical left anywhere in the tree, with the text it quotes.
  private static func firstError(in component: OpaquePointer) -> (message: String, fragment: String)? {
    if let property = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY) {
      let message = icalproperty_get_xlicerror(property).map { String(cString: $0) } ?? "unknown error"
      // libical ends its messages with what it could not read ("…: BEGIN:VEVENTX").
      let fragment = message.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? message
      return (message, fragment)
    }
    var child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT)
    while let inner = child {
      if let found = firstError(in: inner) { return found }
      child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)
    }
    return nil
  }

  /// The 1-based line of the first line containing `fragment` (1 when none does).
  private func line(mentioning fragment: String) -> Int {
    guard !fragment.isEmpty else { return 1 }
    var number = 1
    // "\r\n" is one Character in Swift: split on any line break, as exports end lines with CRLF.
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      if line.contains(fragment) { return number }
      number += 1
    }
    return 1
  }

  private func fail(_ line: Int, _ message: String) -> BusyCalendarError {
    BusyCalendarError(file: file, line: line, message: message)
  }
}
