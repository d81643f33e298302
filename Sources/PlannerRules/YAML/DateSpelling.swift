import PlannerCore

/// What to say about a date written another way (issue 25, point 6): 06/30/2024, 30.06.2024,
/// 30/06/2024, 2024/06/30, 1-Oct-27, "1 October 2027". A form that can mean only one day is
/// converted in the message; one that could be either day-month or month-day is named as
/// ambiguous with both readings. Pure; `DateSpellingTests`.
public enum DateSpelling {
  static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

  /// The message for a value that is not a date. Written YYYY-MM-DD but no such day
  /// (2027-02-30): the form was right, so only that is said. Otherwise it says how to write
  /// dates, converting what can mean one day only.
  public static func notADate(_ text: String) -> String {
    let shape = text.map { $0.isNumber ? "9" : $0 }
    if String(shape) == "9999-99-99" { return "is not a valid date (expected YYYY-MM-DD)" }
    return "is not a valid date; " + advice(text)
  }

  static func advice(_ text: String) -> String {
    conversion(text) ?? "write dates as YYYY-MM-DD, e.g. 2024-06-30"
  }

  /// What a date written another way means, when it means a day at all.
  public static func conversion(_ text: String) -> String? {
    let rule = "write dates as YYYY-MM-DD"
    switch reading(text) {
    case .one(let day): return "\(rule): that is \(day)"
    case .two(let dayFirst, let monthFirst):
      return "\(rule): '\(text)' could be \(dayFirst) (day first) or \(monthFirst) (month first)"
    case nil: return nil
    }
  }

  enum Reading: Equatable {
    case one(Day)
    case two(dayFirst: Day, monthFirst: Day)
  }

  static func reading(_ text: String) -> Reading? {
    let trimmed = text.trimmingSpaces
    let parts = trimmed.split(whereSeparator: { "/.-, ".contains($0) }).map(String.init)
    guard parts.count == 3 else { return nil }
    // 1-Oct-27, 1 October 2027, Oct 1 2027
    if let month = monthNumber(parts[1]), let d = Int(parts[0]), let y = year(parts[2]) { return day(y, month, d).map(Reading.one) }
    if let month = monthNumber(parts[0]), let d = Int(parts[1]), let y = year(parts[2]) { return day(y, month, d).map(Reading.one) }
    let numbers = parts.compactMap { Int($0) }
    guard numbers.count == 3 else { return nil }
    // 2024/06/30, 2024.06.30
    if parts[0].count == 4 { return day(numbers[0], numbers[1], numbers[2]).map(Reading.one) }
    guard parts[2].count == 4 || parts[2].count == 2, let y = year(parts[2]) else { return nil }
    let dayFirst = day(y, numbers[1], numbers[0])
    let monthFirst = day(y, numbers[0], numbers[1])
    switch (dayFirst, monthFirst) {
    case (let a?, let b?): return a == b ? .one(a) : .two(dayFirst: a, monthFirst: b)
    case (let a?, nil): return .one(a)
    case (nil, let b?): return .one(b)
    case (nil, nil): return nil
    }
  }

  static func monthNumber(_ word: String) -> Int? {
    let lower = word.lowercased()
    guard lower.count >= 3, lower.allSatisfy(\.isLetter) else { return nil }
    return months.firstIndex { lower.hasPrefix($0) }.map { $0 + 1 }
  }

  /// A four-digit year, or a two-digit one read as 20YY (the planner's years).
  static func year(_ text: String) -> Int? {
    guard let n = Int(text), text.allSatisfy(\.isNumber) else { return nil }
    if text.count == 4 { return n }
    return text.count == 2 ? 2000 + n : nil
  }

  static func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> Day? {
    guard (1...12).contains(month), (1...31).contains(dayOfMonth), (1950...2100).contains(year) else { return nil }
    let iso = "\(year)-\(month < 10 ? "0" : "")\(month)-\(dayOfMonth < 10 ? "0" : "")\(dayOfMonth)"
    return Day(iso: iso)
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
