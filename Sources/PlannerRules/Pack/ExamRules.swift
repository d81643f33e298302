public import PlannerCore

/// The USMLE rules the planner enforces, as data with sources (part of the rules pack).
public struct ExamRules: Hashable, Sendable {
  /// Attempts per Step, incomplete attempts included.
  public var attemptLimit: Sourced<Int>
  /// Applications from this day on fall under `attemptLimit`.
  public var attemptLimitFrom: Sourced<Day>
  public var maxAttemptsIn12Months: Sourced<Int>
  /// A fourth or later attempt: at least this many months after the first…
  public var laterAttemptMonthsAfterFirst: Sourced<Int>
  /// …and this many after the latest.
  public var laterAttemptMonthsAfterLatest: Sourced<Int>
  public var step1PassFailFrom: Sourced<Day>
  /// The last day Step 2 CS can have been taken (testing stopped in March 2020).
  public var step2csLastTest: Sourced<Day>
  /// Step 2 CK minimum passing score by test date (newest first). Standards before the oldest
  /// entry are not in the pack, so older passes are taken as recorded.
  public var step2ckPassing: [Dated<Int>]
  /// The eligibility period chosen at application, and its one contiguous extension, in months.
  public var eligibilityPeriodMonths: Sourced<Int>
  public var eligibilityExtensionMonths: Sourced<Int>
  /// No USMLE testing in the first this-many days of January.
  public var januaryBlackoutDays: Sourced<Int>

  /// The passing score in force on a test date, nil before the oldest standard in the pack.
  public func step2ckPassingScore(on day: Day) -> Sourced<Int>? {
    step2ckPassing.inForce(on: day)
  }

  /// The standard in force on a test date, with the day it took effect.
  public func step2ckPassingStandard(on day: Day) -> Dated<Int>? {
    step2ckPassing.first { day >= $0.from }
  }

  /// The days no USMLE exam can start on, as the scheduler's start blackouts.
  public var testingBreaks: [StartBlackout] {
    januaryBlackoutDays.value > 0 ? [StartBlackout(month: 1, firstDay: 1, lastDay: januaryBlackoutDays.value)] : []
  }

  /// The first day in or after `day` that is not in the January blackout.
  public func firstTestingDay(onOrAfter day: Day) -> Day {
    let blackoutEnd = Day(year: day.year, month: 1, day: januaryBlackoutDays.value)!
    return day.month == 1 && day <= blackoutEnd ? blackoutEnd + 1 : day
  }

  /// The earliest day the next attempt at a Step may be taken, given earlier attempt dates
  /// (any result). Nil when the attempt limit is used up.
  public func earliestNextAttempt(after attempts: [Day]) -> Day? {
    let sorted = attempts.sorted()
    guard sorted.count < attemptLimit.value else { return nil }
    var earliest = (sorted.last ?? Day(ordinal: Int.min / 2)) + 1
    for floor in spacingFloors(after: sorted) {
      earliest = max(earliest, floor.after.adding(months: floor.months))
    }
    return earliest
  }

  /// The floors the attempt spacing puts on the next attempt, as (earlier attempt, calendar
  /// months after it), given the earlier attempts in date order. One rule for the plan's dates
  /// (`earliestNextAttempt`) and the risk layer's simulated ones (`RiskModel.compile`, where an
  /// attempt is a task whose date each world draws).
  public func spacingFloors<Sitting>(after attempts: [Sitting]) -> [(after: Sitting, months: Int)] {
    // At most N in any 12-month period: the new one falls at least 12 months after the
    // Nth-latest (a period that starts on that day ends the day before its anniversary), as
    // "a 4th attempt at least 12 months after the first" reads.
    let window = maxAttemptsIn12Months.value
    guard attempts.count >= window, let first = attempts.first, let latest = attempts.last else { return [] }
    // The attempts after the window's worth: so long after the first, and after the latest.
    return [(attempts[attempts.count - window], 12), (first, laterAttemptMonthsAfterFirst.value), (latest, laterAttemptMonthsAfterLatest.value)]
  }

  /// "at most 3 attempts in 12 months; a 4th at least 12 months after the first and 6 after the latest".
  public func spacingSummary(orLater: Bool = false) -> String {
    "at most \(maxAttemptsIn12Months.value) attempts in 12 months; a \(ordinal(maxAttemptsIn12Months.value + 1))\(orLater ? " or later" : "") at least \(laterAttemptMonthsAfterFirst.value) months after the first and \(laterAttemptMonthsAfterLatest.value) after the latest"
  }
}

/// 1st, 2nd, 3rd, 4th…
public func ordinal(_ n: Int) -> String {
  let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
  return "\(n)\(suffix)"
}
