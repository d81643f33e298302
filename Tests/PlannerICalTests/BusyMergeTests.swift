import PlannerCore
import PlannerICal
import Testing

/// Busy times from several calendars are merged per day before they are counted (issue 23): the
/// same shift exported into two files, or two files' overlapping events, take their hours once.
@Suite struct BusyMergeTests {
  static let from = Day(iso: "2026-03-01")!
  static let to = Day(iso: "2026-05-01")!

  static func read(_ file: String, _ events: [(String, String, String)]) throws -> BusyCalendar {
    let body = events.map { uid, start, end in
      "BEGIN:VEVENT\nUID:\(uid)\nDTSTAMP:20260101T000000Z\nDTSTART:\(start)\nDTEND:\(end)\nEND:VEVENT"
    }.joined(separator: "\n")
    return try BusyReader.read(BusyReaderTests.calendar(body), file: file, from: from, to: to, zone: "UTC")
  }

  @Test func theSameEventInTwoFilesCountsOnce() throws {
    let shift = [("shift@example.com", "20260310T090000Z", "20260310T170000Z")]
    let a = try Self.read("work.ics", shift)
    let b = try Self.read("work-copy.ics", shift)
    #expect(a.busyMinutes == [Day(iso: "2026-03-10")!: 480])
    #expect(BusyCalendar.busyMinutes(merging: [a, b]) == a.busyMinutes)
  }

  @Test func overlappingEventsInTwoFilesCountTheirUnion() throws {
    let a = try Self.read("work.ics", [("a@x", "20260310T090000Z", "20260310T130000Z"), ("c@x", "20260311T220000Z", "20260312T020000Z")])
    let b = try Self.read("family.ics", [("b@x", "20260310T110000Z", "20260310T150000Z"), ("d@x", "20260310T160000Z", "20260310T170000Z"), ("e@x", "20260312T010000Z", "20260312T030000Z")])
    let merged = BusyCalendar.busyMinutes(merging: [a, b])
    // 09–15 and 16–17 on the 10th; 22–24 on the 11th; 00–03 on the 12th (00–02 and 01–03 joined).
    #expect(merged == [Day(iso: "2026-03-10")!: 420, Day(iso: "2026-03-11")!: 120, Day(iso: "2026-03-12")!: 180])
    // Each file alone still counts its own hours (the plan's per-file figures).
    #expect(b.busyMinutes[Day(iso: "2026-03-10")!] == 300)
  }

  @Test func stretchesJoinWhereTheyOverlapOrTouch() {
    #expect(BusyCalendar.merged([30..<40, 0..<10, 10..<20, 35..<50, 5..<5]) == [0..<20, 30..<50])
  }
}
