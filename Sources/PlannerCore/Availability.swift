/// A calendar of day capacities: how many minutes of work each day leaves the applicant, and
/// which days they are away altogether (issue 23: busy calendars and study hours).
///
/// The calendar covers `first ..< first + minutes.count`; every day outside it is open with
/// `fullDay` minutes, so the scheduler's walks always end (`fullDay` is at least one minute).
/// A closed day (an all-day busy event) has no minutes and takes no task that needs the
/// applicant; an open day may still have no minutes (a long shift), which stops study on it
/// but not an exam.
public struct Availability: Hashable, Sendable {
  /// Minutes of a day the calendar says nothing about.
  public let fullDay: Int
  /// The ordinal of the calendar's first day.
  public let first: Int
  /// Minutes left on each day from `first` (0 on a closed day).
  public let minutes: [Int]
  /// Days away (all-day busy), from `first`.
  public let closed: [Bool]

  /// A calendar from `first` with these days; a closed day's minutes count as 0.
  public init(fullDay: Int, first: Day, minutes: [Int], closed: [Bool]) {
    precondition(fullDay > 0 && minutes.count == closed.count, "a calendar of day capacities needs a full day and one entry a day")
    self.fullDay = fullDay
    self.first = first.ordinal
    self.minutes = zip(minutes, closed).map { $1 ? 0 : max(0, $0) }
    self.closed = closed
  }

  /// Every day open with the same minutes: study hours a week and no busy calendar.
  public init(fullDay: Int) {
    self.init(fullDay: fullDay, first: Day(ordinal: 0), minutes: [], closed: [])
  }

  var end: Int { first + minutes.count }

  /// Minutes on day `ordinal`.
  public func minutes(on ordinal: Int) -> Int {
    ordinal >= first && ordinal < end ? minutes[ordinal - first] : fullDay
  }

  /// Whether the applicant is there on day `ordinal` at all.
  public func isOpen(_ ordinal: Int) -> Bool {
    ordinal < first || ordinal >= end || !closed[ordinal - first]
  }

  /// The exclusive finish of `effort` minutes started on `start`: the day after the one on
  /// which the minutes from `start` on first reach `effort` (the start itself for no effort).
  public func finish(effort: Int, from start: Int) -> Int {
    guard effort > 0 else { return start }
    var left = effort
    var d = start
    while left > 0 {
      // Past the calendar every day has `fullDay` minutes: the rest is a division.
      if d >= end || d < first && d + (left + fullDay - 1) / fullDay <= first {
        return d + (left + fullDay - 1) / fullDay
      }
      left -= minutes(on: d)
      d += 1
    }
    return d
  }

  /// The latest start whose `finish(effort:from:)` is at most `end`: walking back from `end`,
  /// the day on which the minutes up to `end` first reach `effort`. `finish` never decreases
  /// as the start moves later, so every earlier start finishes by `end` too.
  public func latestStart(effort: Int, finishingBy end: Int) -> Int {
    guard effort > 0 else { return end }
    var left = effort
    var d = end
    while true {
      let last = d - 1
      // Before the calendar (or after it, with enough full days) the rest is a division.
      if last < first || last >= self.end && last - (left + fullDay - 1) / fullDay + 1 >= self.end {
        return last - (left + fullDay - 1) / fullDay + 1
      }
      left -= minutes(on: last)
      d = last
      if left <= 0 { return d }
    }
  }
}
