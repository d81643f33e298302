/// A calendar day in the proleptic Gregorian calendar, with no time of day and no zone.
///
/// Plans are about days: an exam on a date, a deadline on a date. Keeping the model free of
/// clocks and time zones is what makes the scheduler pure and its output byte-stable.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01.
  public let ordinal: Int

  public init(ordinal: Int) { self.ordinal = ordinal }

  /// Returns nil for impossible dates such as 2027-02-30.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    ordinal = Day.ordinal(year: year, month: month, day: day)
  }

  /// Parses `YYYY-MM-DD` exactly; anything else (or an impossible date) is nil.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }
  public static func + (lhs: Day, days: Int) -> Day { Day(ordinal: lhs.ordinal + days) }
  public static func - (lhs: Day, days: Int) -> Day { Day(ordinal: lhs.ordinal - days) }
  /// The number of days from `rhs` to `lhs`.
  public static func - (lhs: Day, rhs: Day) -> Int { lhs.ordinal - rhs.ordinal }

  public var year: Int { civil.year }
  public var month: Int { civil.month }
  public var day: Int { civil.day }

  /// ISO weekday: 1 = Monday … 7 = Sunday.
  public var isoWeekday: Int {
    // 1970-01-01 was a Thursday (4).
    let r = (ordinal + 3) % 7
    return (r < 0 ? r + 7 : r) + 1
  }

  public var description: String {
    let c = civil
    return pad(c.year, 4) + "-" + pad(c.month, 2) + "-" + pad(c.day, 2)
  }

  /// The same calendar day `months` later, clamped to the month's last day.
  public func adding(months: Int) -> Day {
    let c = civil
    let total = c.year * 12 + (c.month - 1) + months
    let y = total / 12
    let m = total % 12 + 1
    let d = min(c.day, Day.daysIn(month: m, year: y))
    return Day(ordinal: Day.ordinal(year: y, month: m, day: d))
  }

  /// The `n`th (1-based) given ISO weekday of a month, e.g. the third Friday of March.
  public static func nth(_ n: Int, isoWeekday: Int, month: Int, year: Int) -> Day {
    let first = Day(ordinal: ordinal(year: year, month: month, day: 1))
    let offset = (isoWeekday - first.isoWeekday + 7) % 7
    return first + offset + 7 * (n - 1)
  }

  /// The last given ISO weekday of a month.
  public static func last(isoWeekday: Int, month: Int, year: Int) -> Day {
    let lastDay = Day(ordinal: ordinal(year: year, month: month, day: daysIn(month: month, year: year)))
    let back = (lastDay.isoWeekday - isoWeekday + 7) % 7
    return lastDay - back
  }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // Howard Hinnant's days_from_civil / civil_from_days: exact for every Gregorian date.
  static func ordinal(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  private var civil: (year: Int, month: Int, day: Int) {
    let z = ordinal + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}

private func pad(_ value: Int, _ width: Int) -> String {
  let s = String(value)
  return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

extension Day: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let day = Day(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not a date (YYYY-MM-DD)")
    }
    self = day
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
