import PlannerCore
import PlannerICal
import Testing

/// Parsing back through libical: the round trip is exact, and bad input fails with
/// libical's own words instead of crashing.
struct ReaderTests {
  @Test(arguments: [false, true])
  func roundTripIsExact(includeTodos: Bool) throws {
    var options = Sample.options()
    options.includeTodos = includeTodos
    let doc = CalendarExport.document(for: Sample.schedule(), options: options)
    let text = try ICalWriter.write(doc)
    let back = try ICalReader.read(text)
    #expect(back == doc)
    #expect(try ICalWriter.write(back) == text)
  }

  @Test func roundTripOfAReexportWithTombstones() throws {
    let first = try CalendarExporter.export(Sample.schedule(), options: Sample.options(), previous: nil)
    let second = try CalendarExporter.export(
      Sample.schedule(withOET: false), options: Sample.options(stamp: Sample.laterStamp), previous: first)
    #expect(try ICalWriter.write(try ICalReader.read(second)) == second)
  }

  @Test func garbageIsRefusedWithLibicalsMessage() {
    #expect {
      try ICalReader.read("this is not a calendar", fileName: "plan.ics")
    } throws: { error in
      guard case CalendarError.unreadable(let file, let reason) = error else { return false }
      return file == "plan.ics" && reason.hasPrefix("MALFORMEDDATA:") || reason.hasPrefix("PARSE:")
    }
  }

  @Test func badValuesAreRefused() throws {
    let text =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:notadate\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    #expect {
      try ICalReader.read(text, fileName: "old.ics")
    } throws: { error in
      let message = (error as? CalendarError)?.description ?? ""
      return message.hasPrefix("old.ics is not a readable iCalendar file: PARSE: Failed to parse")
        && message.contains("DTSTART")
    }
  }

  @Test func eventWithoutUIDIsRefused() {
    let text =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    #expect(throws: CalendarError.unreadable(file: "the calendar file", reason: "an event has no UID")) {
      try ICalReader.read(text)
    }
  }

  @Test func foreignButValidFilesAreReadThenRefusedByTheMerge() throws {
    let text = """
      BEGIN:VCALENDAR\r
      VERSION:2.0\r
      PRODID:-//Apple Inc.//macOS 15.0//EN\r
      X-WR-CALNAME:Home\r
      BEGIN:VEVENT\r
      UID:abc\r
      DTSTAMP:20260101T000000Z\r
      DTSTART:20270101T090000Z\r
      DTEND:20270101T100000Z\r
      SUMMARY:Dentist\r
      END:VEVENT\r
      END:VCALENDAR\r

      """
    let doc = try ICalReader.read(text)
    #expect(doc.name == "Home")
    #expect(doc.events.first?.start == Sample.d("2027-01-01"))
    #expect(throws: CalendarError.foreignFile(file: "home.ics", prodID: "-//Apple Inc.//macOS 15.0//EN")) {
      try CalendarMerge.merge(
        new: CalendarExport.document(for: Sample.schedule(), options: Sample.options()), previous: doc,
        previousName: "home.ics")
    }
  }
}
