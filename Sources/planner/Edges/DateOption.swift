import PlannerCore
import PlannerPathway
import PlannerRules

/// Every date option (`--today`, `--date`, `--book EXAM=DATE`) reads the same words.
enum DateOption {
  static let accepted = "expected YYYY-MM-DD, today, tomorrow, yesterday, or an offset such as +3w or -2d"

  static func parse(_ text: String, option: String, today: Day) throws -> Day {
    guard let day = DayOffset.day(text, today: today) else {
      throw UsageError("\(option): \(quoted(text)) is not a date (\(accepted))")
    }
    return try plannable(day, option: option)
  }

  /// A day inside the dates planner can plan (`PlannableDates`), or the error saying so.
  static func plannable(_ day: Day, option: String) throws -> Day {
    guard PlannableDates.contains(day) else {
      throw UsageError("\(option): '\(day)' is outside the dates planner can plan (\(PlannableDates.summary))")
    }
    return day
  }
}

/// A command-line value quoted in a message: on one line, and never a screenful.
func quoted(_ text: String) -> String {
  let line = TerminalText.sanitize(text, keepingNewlines: false)
  return "'" + (line.count > 60 ? line.prefix(60) + "…" : line) + "'"
}
