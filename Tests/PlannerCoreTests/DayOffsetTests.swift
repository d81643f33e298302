import PlannerCore
import Testing

/// The dates and distances people type.
struct DayOffsetTests {
  let today = Day(iso: "2027-01-31")!

  @Test(arguments: [
    ("today", "2027-01-31"), ("Tomorrow", "2027-02-01"), ("yesterday", "2027-01-30"), ("+3w", "2027-02-21"),
    ("-2d", "2027-01-29"), ("+1m", "2027-02-28"), ("-1m", "2026-12-31"), ("+0d", "2027-01-31"), ("2026-05-04", "2026-05-04"),
  ])
  func datesAreReadRelativeToToday(_ text: String, _ expected: String) {
    #expect(DayOffset.day(text, today: today) == Day(iso: expected))
  }

  @Test(arguments: ["3d", "+", "+3x", "2027-02-30", "next week", "+99999d", "+٣d", ""])
  func otherTextIsNoDate(_ text: String) {
    #expect(DayOffset.day(text, today: today) == nil)
  }

  @Test func offsetsForSlips() {
    #expect(DayOffset("+21d") == DayOffset(21, .days))
    #expect(DayOffset("21") == DayOffset(21, .days))
    #expect(DayOffset("-10d") == DayOffset(-10, .days))
    #expect(DayOffset("+2w")?.applied(to: today) == today + 14)
    #expect(DayOffset("+1m")?.description == "+1m")
    #expect(DayOffset("3d", signRequired: true) == nil)
  }
}
