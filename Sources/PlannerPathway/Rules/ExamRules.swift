public import PlannerCore

/// The USMLE rules the planner enforces, as data with sources.
public enum ExamRules {
  public static let attemptLimit = Sourced(4, .official, "https://www.usmle.org/common-questions/attempt-limit", note: "per Step, incomplete attempts included; for applications from 2021-07-01 (6 before); reaching it without a pass ends eligibility for all Steps")
  public static let attemptLimitFrom = Sourced<Day>(iso: "2021-07-01", .official, "https://www.usmle.org/common-questions/attempt-limit")
  public static let maxAttemptsIn12Months = Sourced(3, .official, "https://ecfmg.org/2024ib/reexamination-and-reapplication.html")
  /// A fourth or later attempt: at least 12 months after the first and 6 after the latest.
  public static let laterAttemptMonthsAfterFirst = Sourced(12, .official, "https://ecfmg.org/2024ib/reexamination-and-reapplication.html")
  public static let laterAttemptMonthsAfterLatest = Sourced(6, .official, "https://ecfmg.org/2024ib/reexamination-and-reapplication.html")
  public static let step1PassFailFrom = Sourced<Day>(iso: "2022-01-26", .official, "https://www.usmle.org/usmle-step-1-transition-passfail-only-score-reporting")
  /// Step 2 CK minimum passing score by test date (newest first). The standard before
  /// 2014-07-01 is not in the pack, so older passes are taken as recorded.
  public static let step2ckPassing: [(from: Day, score: Sourced<Int>)] = [
    (Day(year: 2025, month: 7, day: 1)!, Sourced(218, .thirdParty, "https://medvily.com/?p=296", note: "third-party reports of the USMLE announcement")),
    (Day(year: 2022, month: 7, day: 1)!, Sourced(214, .thirdParty, "https://emedicoz.com/news-and-article/news/163", note: "third-party reports of the USMLE announcement")),
    (Day(year: 2014, month: 7, day: 1)!, Sourced(209, .thirdParty, "https://emedicoz.com/news-and-article/news/163", note: "third-party reports; earlier standards differ and are not in the pack")),
  ]
  /// No USMLE testing in the first 14 days of January.
  public static let januaryBlackoutDays = Sourced(14, .official, "https://iwa2.ecfmg.org/instruct.asp")

  /// The passing score in force on a test date, nil before the earliest standard in the pack.
  public static func step2ckPassingScore(on day: Day) -> Sourced<Int>? {
    step2ckPassingStandard(on: day)?.score
  }

  public static func step2ckPassingStandard(on day: Day) -> (from: Day, score: Sourced<Int>)? {
    step2ckPassing.first { day >= $0.from }
  }

  /// The first day in or after `day` that is not in the January blackout.
  public static func firstTestingDay(onOrAfter day: Day) -> Day {
    let blackoutEnd = Day(year: day.year, month: 1, day: januaryBlackoutDays.value)!
    return day.month == 1 && day <= blackoutEnd ? blackoutEnd + 1 : day
  }

  /// The earliest day the next attempt at a Step may be taken, given earlier attempt dates
  /// (any result). Nil when the attempt limit is used up.
  public static func earliestNextAttempt(after attempts: [Day]) -> Day? {
    let sorted = attempts.sorted()
    guard sorted.count < attemptLimit.value else { return nil }
    var earliest = (sorted.last ?? Day(ordinal: Int.min / 2)) + 1
    // At most 3 in any 12 months: the new one must fall more than 12 months after the third-latest.
    let window = maxAttemptsIn12Months.value
    if sorted.count >= window {
      earliest = max(earliest, sorted[sorted.count - window].adding(months: 12) + 1)
    }
    // The fourth and later attempts: 12 months after the first, 6 after the latest.
    if sorted.count >= 3, let first = sorted.first, let latest = sorted.last {
      earliest = max(earliest, first.adding(months: laterAttemptMonthsAfterFirst.value))
      earliest = max(earliest, latest.adding(months: laterAttemptMonthsAfterLatest.value))
    }
    return earliest
  }
}
