import CLibical
import PlannerCore
@testable import PlannerICal
import Testing

/// Escaping, folding and line structure, checked on the octets clients receive.
struct TextEncodingTests {
  static let names = [
    "Hôpital Lariboisière, Paris; résidence \\ «été»",
    "東京大学医学部附属病院での臨床実習と国際医学教育認定の書類提出期限のお知らせ",
    "🩺🧑‍⚕️🏥✈️🇺🇸 Match Day 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉",
    "Zürich → Boston: Ärztin Ñúñez ✓ " + String(repeating: "é", count: 90),
    "line one\nline two\r\nline three, with; all \\ specials",
  ]

  func document(_ summary: String) -> ICalDocument {
    ICalDocument(
      name: summary, description: summary,
      events: [
        ICalEvent(
          uid: "u1@planner.invalid", dtstamp: Sample.stamp, start: Sample.d("2027-03-05"), end: Sample.d("2027-03-06"),
          summary: summary, description: summary + "\n" + summary, categories: ["exam"],
          alarms: [ICalAlarm(daysBefore: 14, description: summary)])
      ])
  }

  @Test func specialsAreEscaped() throws {
    let text = try ICalWriter.write(document("a,b;c\\d\ne"))
    #expect(ICS.values(text, "SUMMARY:") == ["a\\,b\\;c\\\\d\\ne"])
  }

  @Test(arguments: names)
  func foldingKeepsUTF8AndLineLimits(_ name: String) throws {
    let text = try ICalWriter.write(document(name))
    let lines = ICS.physicalLines(text)
    for line in lines {
      #expect(line.count <= 75, "line of \(line.count) octets")
      #expect(!line.isEmpty, "blank line")
      // Each physical line alone must be valid UTF-8: a fold never splits a sequence.
      #expect(String(validating: line, as: UTF8.self) != nil, "fold split a UTF-8 sequence")
      #expect(!line.contains(13) && !line.contains(10), "stray CR or LF")
    }
    #expect(text.utf8.count == lines.reduce(0) { $0 + $1.count + 2 })
    #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
    #expect(lines.contains { $0.first == 32 }, "long values are folded")
  }

  @Test(arguments: names)
  func nonASCIISurvivesTheRoundTrip(_ name: String) throws {
    let original = document(name)
    let back = try ICalReader.read(try ICalWriter.write(original))
    let expected = ICalWriter.text(name)
    #expect(back.name == expected)
    #expect(back.description == expected)
    #expect(back.events.first?.summary == expected)
    #expect(back.events.first?.description == expected + "\n" + expected)
    #expect(back.events.first?.alarms.first?.description == expected)
    #expect(Array((back.events.first?.summary ?? "").utf8) == Array(expected.utf8))
  }

  @Test func controlCharactersAreCleanedNotWritten() throws {
    #expect(ICalWriter.text("a\u{0}b\u{1}c\r\nd\re\tf\u{7F}") == "abc\nd\ne\tf")
    let text = try ICalWriter.write(document("x\u{1}y\rz"))
    #expect(ICS.values(text, "SUMMARY:") == ["xy\\nz"])
  }

  @Test func commasInCategoriesCannotSplitThem() throws {
    var doc = document("x")
    doc.events[0].categories = ["exam", "a, b"]
    let back = try ICalReader.read(try ICalWriter.write(doc))
    #expect(back.events[0].categories == ["exam", "a  b"])
  }

  /// libical's own RFC 5546 restriction checker finds nothing to object to in an export
  /// apart from the ORGANIZER that PUBLISH formally wants and we deliberately omit
  /// (ORGANIZER makes Outlook treat a file as an invitation).
  @Test func libicalRestrictionCheckPasses() throws {
    let text = try CalendarExporter.export(Sample.schedule(), options: Sample.options(), previous: nil)
    // Straight into libical, so under the same lock as the library's own calls.
    let problems = try LibicalLock.run { () throws -> [String] in
      let root = try #require(icalparser_parse_string(text))
      defer { icalcomponent_free(root) }
      _ = icalrestriction_check(root)
      var problems: [String] = []
      collectErrors(root, into: &problems)
      return problems
    }
    #expect(problems.filter { !$0.contains("ORGANIZER") } == [])
  }

  private func collectErrors(_ component: OpaquePointer, into problems: inout [String]) {
    var property = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY)
    while let current = property {
      problems.append(icalproperty_get_xlicerror(current).map { String(cString: $0) } ?? "?")
      property = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)
    }
    var child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT)
    while let inner = child {
      collectErrors(inner, into: &problems)
      child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)
    }
  }
}

/// Dates and text that libical would write wrongly are refused or dropped (issue 11).
struct CalendarLimitTests {
  func event(_ start: String, summary: String = "Task") -> ICalDocument {
    ICalDocument(
      name: "n", description: "",
      events: [ICalEvent(uid: "u1@planner.invalid", dtstamp: Sample.stamp, start: Sample.d(start), end: Sample.d(start) + 1, summary: summary)])
  }

  @Test func theLastSupportedYearIsWrittenAsItIs() throws {
    let text = try ICalWriter.write(event("2999-12-30"))
    #expect(text.contains("DTSTART;VALUE=DATE:29991230\r\n"))
    #expect(!text.contains("00000000"))
  }

  @Test(arguments: ["3000-01-01", "9999-12-31"])
  func laterYearsAreRefusedNotWrittenAsZeros(_ day: String) {
    #expect(throws: CalendarError.self) { try ICalWriter.write(event(day)) }
  }

  @Test func c1ControlsAreDroppedAndTextStaysInItsProperty() throws {
    let text = try ICalWriter.write(event("2027-03-05", summary: "a\u{9B}31mb\u{1B}]0;x\u{07}c\rDTSTART:19700101"))
    #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0.value == 0x1B || $0.value == 0x07 })
    #expect(ICS.values(text, "SUMMARY:") == ["a31mb]0\\;xc\\nDTSTART:19700101"])
    #expect(ICS.values(text, "DTSTART;VALUE=DATE:") == ["20270305"])
  }
}
