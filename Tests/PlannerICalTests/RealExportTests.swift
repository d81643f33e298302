import Foundation
import PlannerCore
import PlannerICal
import PlannerTestSupport
import Testing

/// Busy calendars as real clients export them (issue 23, tests: "real calendars exported by khal,
/// calcurse and Radicale (and a Google-style export with VTIMEZONE)"); how each file was made is
/// in `Fixtures/busy/README.md`. Each is read over the first half of 2027 in the applicant's zone.
@Suite struct RealExportTests {
  static let from = Day(iso: "2027-01-01")!
  static let to = Day(iso: "2027-07-01")!

  static func read(_ name: String, zone: String) throws -> BusyCalendar {
    let text = try Repository.text("Tests/PlannerICalTests/Fixtures/busy/\(name)")
    return try BusyReader.read(text, file: name, from: from, to: to, zone: zone)
  }

  static func day(_ iso: String) -> Day { Day(iso: iso)! }

  /// khal: a weekly shift in America/New_York with khal's own VTIMEZONE, an all-day trip whose
  /// DTEND is the day after, and a night on call across the change to summer time (01:00 EST to
  /// 05:00 EDT is three hours).
  @Test func khal() throws {
    let monday = try Self.read("khal-ward-monday.ics", zone: "America/New_York")
    #expect(monday.busyMinutes[Self.day("2027-01-04")] == 720)
    #expect(monday.busyMinutes[Self.day("2027-06-28")] == 720)
    #expect(monday.busyMinutes.count == 26 && monday.daysAway.isEmpty)
    let wednesday = try Self.read("khal-ward-wednesday.ics", zone: "America/New_York")
    #expect(wednesday.busyMinutes[Self.day("2027-01-06")] == 720 && wednesday.busyMinutes[Self.day("2027-01-04")] == nil)
    let trip = try Self.read("khal-home-visit.ics", zone: "America/New_York")
    #expect(trip.daysAway == (8...12).map { Self.day("2027-03-\(String(format: "%02d", $0))") })
    let night = try Self.read("khal-night-dst.ics", zone: "America/New_York")
    #expect(night.busyMinutes == [Self.day("2027-03-14"): 180])
  }

  /// calcurse: floating times (the applicant's own clock, whatever the zone), no UIDs, DURATION
  /// instead of DTEND, an EXDATE, a night over midnight, and day events repeated daily.
  @Test func calcurse() throws {
    for zone in ["UTC", "Asia/Kolkata"] {
      let busy = try Self.read("calcurse.ics", zone: zone)
      #expect(busy.busyMinutes[Self.day("2027-01-04")] == 540, "\(zone)")
      #expect(busy.busyMinutes[Self.day("2027-02-15")] == nil, "\(zone): EXDATE")
      #expect(busy.busyMinutes[Self.day("2027-01-08")] == 300, "\(zone): the half day")
      #expect(busy.busyMinutes[Self.day("2027-01-16")] == 300 && busy.busyMinutes[Self.day("2027-01-17")] == 420, "\(zone): the night call")
      #expect(busy.busyMinutes[Self.day("2027-01-23")] == nil, "\(zone): every other Saturday")
      #expect(busy.daysAway == [Self.day("2027-02-20")] + (22...26).map { Self.day("2027-03-\($0)") }, "\(zone)")
    }
  }

  /// Radicale: the collection as one file, with a VTIMEZONE, an EXDATE, a RECURRENCE-ID moved to
  /// another day, a cancelled event (free) and a to-do (skipped, said once).
  @Test func radicale() throws {
    let busy = try Self.read("radicale.ics", zone: "Europe/Berlin")
    #expect(busy.busyMinutes[Self.day("2027-01-11")] == 480)
    #expect(busy.busyMinutes[Self.day("2027-02-01")] == nil, "EXDATE")
    #expect(busy.busyMinutes[Self.day("2027-02-04")] == nil && busy.busyMinutes[Self.day("2027-02-05")] == 360, "RECURRENCE-ID")
    #expect(busy.busyMinutes[Self.day("2027-03-29")] == 480, "after the change to summer time")
    #expect(busy.busyMinutes[Self.day("2027-01-15")] == nil, "cancelled")
    #expect(busy.daysAway == (5...9).map { Self.day("2027-04-0\($0)") })
    #expect(busy.skipped == 1)
  }

  /// Google's shape: X-WR-TIMEZONE and a VTIMEZONE for Asia/Kolkata, a weekday rota with an
  /// EXDATE and a shift swapped to a Saturday, a wedding, and a free holiday.
  @Test func googleStyleWithVTimezone() throws {
    let busy = try Self.read("google-vtimezone.ics", zone: "Asia/Kolkata")
    #expect(busy.busyMinutes[Self.day("2027-01-04")] == 480)
    #expect(busy.busyMinutes[Self.day("2027-01-26")] == nil, "EXDATE")
    #expect(busy.busyMinutes[Self.day("2027-02-12")] == nil && busy.busyMinutes[Self.day("2027-02-13")] == 720, "RECURRENCE-ID")
    #expect(busy.daysAway == (1...5).map { Self.day("2027-03-0\($0)") })
    #expect(busy.busyMinutes[Self.day("2027-03-15")] == 480, "the free holiday is not a day away; the rota still runs")
    // Read in another zone, the same shifts fall on the same hours of UTC.
    let utc = try Self.read("google-vtimezone.ics", zone: "UTC")
    #expect(utc.busyMinutes[Self.day("2027-01-04")] == 480)
  }
}
