import PlannerCore
import PlannerICal
import Testing

/// Busy calendars read through libical (issue 23): recurrence, exceptions, zones, and the
/// one-line errors for files planner cannot use.
@Suite struct BusyReaderTests {
  static let from = Day(iso: "2026-03-01")!
  static let to = Day(iso: "2026-05-01")!

  /// Outlook names its zones itself: this TZID resolves only through the file's VTIMEZONE.
  static let eastern = """
    BEGIN:VTIMEZONE
    TZID:Eastern Standard Time
    BEGIN:DAYLIGHT
    TZOFFSETFROM:-0500
    TZOFFSETTO:-0400
    TZNAME:EDT
    DTSTART:19700308T020000
    RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
    END:DAYLIGHT
    BEGIN:STANDARD
    TZOFFSETFROM:-0400
    TZOFFSETTO:-0500
    TZNAME:EST
    DTSTART:19701101T020000
    RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
    END:STANDARD
    END:VTIMEZONE
    """

  static func calendar(_ body: String) -> String {
    ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\n" + body + "\nEND:VCALENDAR\n")
      .split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
  }

  static func read(_ body: String, zone: String = "UTC") throws -> BusyCalendar {
    try BusyReader.read(calendar(body), file: "work.ics", from: from, to: to, zone: zone)
  }

  static func day(_ text: String) -> Day { Day(iso: text)! }

  /// An evening shift in New York, Mondays and Wednesdays: 19:00–23:00 EST is 00:00–04:00 UTC the
  /// next day; after the change to summer time on 8 March it is 23:00–03:00, split over two days.
  @Test func aWeeklyShiftAcrossTheDaylightSavingChange() throws {
    let busy = try Self.read(
      Self.eastern + """

        BEGIN:VEVENT
        UID:shift@example.com
        DTSTART;TZID=Eastern Standard Time:20260302T190000
        DTEND;TZID=Eastern Standard Time:20260302T230000
        RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6
        EXDATE;TZID=Eastern Standard Time:20260304T190000
        END:VEVENT
        BEGIN:VEVENT
        UID:shift@example.com
        RECURRENCE-ID;TZID=Eastern Standard Time:20260309T190000
        DTSTART;TZID=Eastern Standard Time:20260310T100000
        DTEND;TZID=Eastern Standard Time:20260310T120000
        END:VEVENT
        """)
    // 2 Mar (EST): 00:00–04:00 UTC on 3 Mar. 4 Mar: EXDATE. 9 Mar: moved to 10 Mar 10:00 EDT
    // (14:00–16:00 UTC). 11 Mar (EDT): 23:00 UTC on 11 Mar to 03:00 on 12 Mar.
    #expect(busy.busyMinutes[Self.day("2026-03-03")] == 240)
    #expect(busy.busyMinutes[Self.day("2026-03-05")] == nil)
    #expect(busy.busyMinutes[Self.day("2026-03-10")] == 120)
    #expect(busy.busyMinutes[Self.day("2026-03-11")] == 60)
    #expect(busy.busyMinutes[Self.day("2026-03-12")] == 180)
    #expect(busy.daysAway.isEmpty)
    // COUNT=6: 2, 4 (excluded), 9 (moved), 11, 16, 18 March.
    #expect(busy.busyMinutes.keys.sorted().last == Self.day("2026-03-19"))
  }

  @Test func allDayEventsAreDaysAwayAndFreeOnesAreNot() throws {
    let busy = try Self.read(
      """
      BEGIN:VEVENT
      UID:wedding
      DTSTART;VALUE=DATE:20260320
      DTEND;VALUE=DATE:20260323
      END:VEVENT
      BEGIN:VEVENT
      UID:holiday
      DTSTART;VALUE=DATE:20260401
      TRANSP:TRANSPARENT
      END:VEVENT
      BEGIN:VEVENT
      UID:called-off
      DTSTART;VALUE=DATE:20260402
      STATUS:CANCELLED
      END:VEVENT
      BEGIN:VTODO
      UID:todo
      SUMMARY:Buy a suit
      END:VTODO
      BEGIN:VJOURNAL
      UID:journal
      END:VJOURNAL
      """)
    #expect(busy.daysAway == [Self.day("2026-03-20"), Self.day("2026-03-21"), Self.day("2026-03-22")])
    #expect(busy.busyMinutes.isEmpty)
    #expect(busy.skipped == 2)
  }

  /// A floating time is on the applicant's clock; a UTC one becomes their local day.
  @Test func floatingAndUTCTimes() throws {
    let busy = try Self.read(
      """
      BEGIN:VEVENT
      UID:floating
      DTSTART:20260325T080000
      DTEND:20260325T100000
      END:VEVENT
      BEGIN:VEVENT
      UID:utc
      DTSTART:20260326T230000Z
      DURATION:PT2H
      END:VEVENT
      """, zone: "Europe/Berlin")
    #expect(busy.busyMinutes == [Self.day("2026-03-25"): 120, Self.day("2026-03-27"): 120])
  }

  /// A rule with no end is expanded up to the horizon and no further; overlapping events count once.
  @Test func anEndlessRuleStopsAtTheHorizon() throws {
    let busy = try Self.read(
      """
      BEGIN:VEVENT
      UID:rotation
      DTSTART;VALUE=DATE:20260415
      RRULE:FREQ=DAILY
      END:VEVENT
      BEGIN:VEVENT
      UID:a
      DTSTART:20260310T090000Z
      DTEND:20260310T120000Z
      END:VEVENT
      BEGIN:VEVENT
      UID:b
      DTSTART:20260310T110000Z
      DTEND:20260310T130000Z
      END:VEVENT
      """)
    #expect(busy.daysAway.count == 16)
    #expect(busy.daysAway.last == Self.day("2026-04-30"))
    #expect(busy.busyMinutes == [Self.day("2026-03-10"): 240])
  }

  @Test func anUnknownZoneIsAnErrorNamingItsLine() throws {
    let e = try #require(throws: BusyCalendarError.self) {
      try Self.read(
        """
        BEGIN:VEVENT
        UID:x
        DTSTART;TZID=Mars/Olympus:20260310T090000
        DTEND;TZID=Mars/Olympus:20260310T100000
        END:VEVENT
        """)
    }
    #expect(e.description.hasPrefix("work.ics:6: error: unknown time zone TZID=Mars/Olympus"))
  }

  @Test func aRuleRepeatingEveryMinuteIsRefused() throws {
    let e = try #require(throws: BusyCalendarError.self) {
      try Self.read(
        """
        BEGIN:VEVENT
        UID:spam
        DTSTART:20260310T090000Z
        DURATION:PT1M
        RRULE:FREQ=MINUTELY
        END:VEVENT
        """)
    }
    #expect(e.description.hasPrefix("work.ics:5: error: the event spam repeats more than 20000 times"))
  }

  @Test func textThatIsNoCalendarIsAnError() throws {
    let e = try #require(throws: BusyCalendarError.self) {
      try BusyReader.read("hello\n", file: "notes.ics", from: Self.from, to: Self.to, zone: "UTC")
    }
    #expect(e.description.hasPrefix("notes.ics:1: error:"))
  }
}
