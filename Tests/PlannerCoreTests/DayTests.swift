import Foundation
import PlannerCore
import Testing

@Suite struct DayTests {
  // An independent calendar: the day count is accumulated month by month from 1900-01-01
  // (ordinal -25567, a Monday), so no shared formula with Day's civil conversion.
  private static func monthLengths(_ year: Int) -> [Int] {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  }

  private static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return "\(y)-\(two(m))-\(two(d))"
  }

  @Test func everyDayFrom1900To2100RoundTrips() {
    var ordinal = -25_567
    var weekday = 1
    var mismatches: [String] = []
    for year in 1900...2100 {
      for (m, length) in Self.monthLengths(year).enumerated() {
        for d in 1...length {
          let text = Self.iso(year, m + 1, d)
          let day = Day(ordinal: ordinal)
          if day.description != text || Day(iso: text) != day || Day(year: year, month: m + 1, day: d) != day
            || day.year != year || day.month != m + 1 || day.day != d || day.isoWeekday != weekday
          {
            mismatches.append(text)
          }
          ordinal += 1
          weekday = weekday % 7 + 1
        }
      }
    }
    #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(5))")
    // 2101-01-01 is 47847 days after the epoch, which checks the walk itself.
    #expect(ordinal == 47_847)
  }

  @Test func epochAndNegativeOrdinals() {
    #expect(Day(iso: "1970-01-01")?.ordinal == 0)
    #expect(Day(ordinal: -1).description == "1969-12-31")
    #expect(Day(ordinal: -1).isoWeekday == 3)
    #expect(Day(ordinal: 0).isoWeekday == 4)
  }

  @Test(arguments: [
    "2027-02-30", "2026-13-01", "2026-00-10", "2026-01-00", "2026-04-31", "2026-1-5", "", "2026-02-29",
    "1900-02-29", "0000-01-01", "2026-01-05 ", " 2026-01-05", "2026/01/05", "20260105", "2026-01-5",
    "+026-01-05", "2026-01--5", "2026-01-05-", "２０２６-01-05", "2026-0a-05",
  ])
  func impossibleOrMalformedDatesAreNil(text: String) {
    #expect(Day(iso: text) == nil)
  }

  @Test func impossibleComponentsAreNil() {
    #expect(Day(year: 2027, month: 2, day: 30) == nil)
    #expect(Day(year: 2026, month: 13, day: 1) == nil)
    #expect(Day(year: 2026, month: 6, day: 31) == nil)
    #expect(Day(year: 0, month: 1, day: 1) == nil)
    #expect(Day(year: 10_000, month: 1, day: 1) == nil)
  }

  @Test(arguments: [
    (2000, true), (1900, false), (2100, false), (2024, true), (2026, false), (2028, true), (1600, true),
  ])
  func leapYears(year: Int, leap: Bool) {
    #expect(Day.isLeap(year) == leap)
    #expect(Day.daysIn(month: 2, year: year) == (leap ? 29 : 28))
    #expect((Day(year: year, month: 2, day: 29) != nil) == leap)
    let length = Day(year: year + 1, month: 1, day: 1)! - Day(year: year, month: 1, day: 1)!
    #expect(length == (leap ? 366 : 365))
  }

  @Test(arguments: [
    ("2026-11-25", 3), ("2026-01-01", 4), ("2000-01-01", 6), ("1900-01-01", 1), ("2026-03-22", 7),
    ("2024-02-29", 4), ("2027-09-01", 3),
  ])
  func isoWeekdayKnownValues(text: String, weekday: Int) {
    #expect(Day(iso: text)?.isoWeekday == weekday)
  }

  // Third Friday of March (Match Week's Friday), checked against a published calendar.
  @Test(arguments: [
    (2020, 20), (2021, 19), (2022, 18), (2023, 17), (2024, 15), (2025, 21), (2026, 20), (2027, 19),
    (2028, 17), (2029, 16), (2030, 15),
  ])
  func thirdFridayOfMarch(year: Int, day: Int) {
    let friday = Day.nth(3, isoWeekday: 5, month: 3, year: year)
    #expect(friday == Day(year: year, month: 3, day: day))
    #expect(friday.isoWeekday == 5)
  }

  // Covers offset 0 (2027 starts on a Wednesday) and the largest offset (2022: 1st is a Thursday).
  @Test(arguments: [(2022, 7), (2025, 3), (2026, 2), (2027, 1), (2028, 6)])
  func firstWednesdayOfSeptember(year: Int, day: Int) {
    #expect(Day.nth(1, isoWeekday: 3, month: 9, year: year) == Day(year: year, month: 9, day: day))
  }

  @Test func lastWeekdayOfMonth() {
    // Memorial Day: the last Monday of May.
    #expect(Day.last(isoWeekday: 1, month: 5, year: 2026) == Day(iso: "2026-05-25"))
    // The month's last day is itself the weekday asked for.
    #expect(Day.last(isoWeekday: 6, month: 1, year: 2026) == Day(iso: "2026-01-31"))
    #expect(Day.last(isoWeekday: 4, month: 2, year: 2024) == Day(iso: "2024-02-29"))
  }

  @Test(arguments: [
    ("2026-01-31", 1, "2026-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2026-03-31", -1, "2026-02-28"),
    ("2026-05-31", 1, "2026-06-30"), ("2026-12-15", 1, "2027-01-15"), ("2026-01-15", -1, "2025-12-15"),
    ("2026-01-15", -13, "2024-12-15"), ("2024-02-29", 12, "2025-02-28"), ("2026-08-31", 0, "2026-08-31"),
    ("2026-07-10", 30, "2029-01-10"),
  ])
  func addingMonthsClampsToMonthEnd(from: String, months: Int, expected: String) {
    #expect(Day(iso: from)!.adding(months: months).description == expected)
  }

  @Test func codableAsISOText() throws {
    let days = [Day(iso: "2026-03-20")!, Day(iso: "1999-12-31")!]
    let data = try JSONEncoder().encode(days)
    #expect(String(decoding: data, as: UTF8.self) == #"["2026-03-20","1999-12-31"]"#)
    #expect(try JSONDecoder().decode([Day].self, from: data) == days)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode([Day].self, from: Data(#"["2027-02-30"]"#.utf8)) }
  }

  @Test func arithmeticAndOrdering() {
    let a = Day(iso: "2026-02-27")!
    #expect((a + 2).description == "2026-03-01")
    #expect((a - 58).description == "2025-12-31")
    #expect(Day(iso: "2026-03-01")! - a == 2)
    #expect(a < a + 1)
    #expect([a + 3, a, a + 1].sorted() == [a, a + 1, a + 3])
  }
}
