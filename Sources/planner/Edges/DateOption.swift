import PlannerCore

/// Every date option (`--today`, `--date`, `--book EXAM=DATE`) reads the same words.
enum DateOption {
  static let accepted = "expected YYYY-MM-DD, today, tomorrow, yesterday, or an offset such as +3w or -2d"

  static func parse(_ text: String, option: String, today: Day) throws -> Day {
    guard let day = DayOffset.day(text, today: today) else {
      throw InputError("\(option): '\(text)' is not a date (\(accepted))")
    }
    return day
  }
}
