/// What one busy calendar says about the applicant's days over the plan's horizon (issue 23):
/// the days they are away (all-day busy events) and the stretches of the other days timed busy
/// events take. Read from an iCalendar file by PlannerICal (`BusyReader`); the planner turns the
/// calendars into an `Availability`. Only days and times of day are kept: no event's text ever
/// reaches the plan or its calendar.
public struct BusyCalendar: Hashable, Sendable {
  /// The file as the applicant named it (`--busy` or the profile's `busy:`), for the plan's words.
  public var file: String
  /// Days away, ascending.
  public var daysAway: [Day]
  /// Busy stretches on each day that has any, as seconds from that day's local midnight,
  /// disjoint and ascending (a day away is in `daysAway` instead). Times, not totals, so that
  /// an hour two calendars both hold counts once (`busyMinutes(merging:)`).
  public var busyTimes: [Day: [Range<Int>]]
  /// To-dos and journal entries the file holds: not busy time, said once in a note.
  public var skipped: Int

  public init(file: String, daysAway: [Day] = [], busyTimes: [Day: [Range<Int>]] = [:], skipped: Int = 0) {
    self.file = file
    self.daysAway = daysAway
    self.busyTimes = busyTimes
    self.skipped = skipped
  }

  /// A calendar known only by its day totals: each day's minutes as one stretch from midnight.
  public init(file: String, daysAway: [Day] = [], busyMinutes: [Day: Int], skipped: Int = 0) {
    self.init(file: file, daysAway: daysAway, busyTimes: busyMinutes.mapValues { [0..<max(0, $0) * 60] }, skipped: skipped)
  }

  /// Busy minutes on each day that has any: its seconds rounded up, at most a day.
  public var busyMinutes: [Day: Int] { busyTimes.mapValues(Self.minutes) }

  /// Busy minutes a day over every calendar together: each day's stretches from all the files
  /// merged first, so the same shift in two files, or two overlapping events, count once
  /// (issue 23; `BusyMergeTests`).
  public static func busyMinutes(merging calendars: [BusyCalendar]) -> [Day: Int] {
    guard calendars.count > 1 else { return calendars.first?.busyMinutes ?? [:] }
    var times: [Day: [Range<Int>]] = [:]
    for calendar in calendars {
      for (day, stretches) in calendar.busyTimes { times[day, default: []].append(contentsOf: stretches) }
    }
    return times.mapValues { minutes(merged($0)) }
  }

  /// `stretches` sorted and joined where they overlap or touch.
  public static func merged(_ stretches: [Range<Int>]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    for s in stretches.sorted(by: { $0.lowerBound < $1.lowerBound }) where !s.isEmpty {
      if let last = out.last, s.lowerBound <= last.upperBound {
        out[out.count - 1] = last.lowerBound..<max(last.upperBound, s.upperBound)
      } else {
        out.append(s)
      }
    }
    return out
  }

  /// Minutes disjoint stretches of seconds take, rounded up, at most a day.
  static func minutes(_ stretches: [Range<Int>]) -> Int {
    min(24 * 60, (stretches.reduce(0) { $0 + $1.count } + 59) / 60)
  }
}
