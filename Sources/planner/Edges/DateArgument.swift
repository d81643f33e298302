import Foundation
import ArgumentParser
import PlannerCore
import PlannerPathway
import PlannerRules

/// A date typed on the command line: `YYYY-MM-DD`, `today`, `tomorrow`, `yesterday`, or an offset
/// from today (`+3w`, `-2d`, `+1m`). The argument parser reads it, so a bad one is a usage error
/// that names its option (exit 64) before anything runs; relative forms wait for today, which
/// depends on the profile's time zone.
struct DateArgument: ExpressibleByArgument, Equatable, CustomStringConvertible {
  enum Value: Equatable {
    case day(Day)
    case fromToday(DayOffset)
  }

  var value: Value
  var text: String

  /// Why a typed date was refused; the parser puts it after "The value 'x' is invalid for '--date <date>'",
  /// which `usageLine` turns into planner's one line.
  struct Invalid: Error, CustomStringConvertible {
    var description: String
  }

  init(value: Value, text: String) {
    self.value = value
    self.text = text
  }

  init?(argument: String) {
    guard let parsed = try? Self.parse(argument) else { return nil }
    self = parsed
  }

  /// The options' transform: the same reading, with the reason for a refusal.
  static func parse(_ argument: String) throws -> DateArgument {
    switch argument.lowercased() {
    case "today": return DateArgument(value: .fromToday(DayOffset(0, .days)), text: argument)
    case "tomorrow": return DateArgument(value: .fromToday(DayOffset(1, .days)), text: argument)
    case "yesterday": return DateArgument(value: .fromToday(DayOffset(-1, .days)), text: argument)
    default:
      if let day = Day(iso: argument) {
        guard PlannableDates.contains(day) else { throw Invalid(description: "outside the dates planner can plan (\(PlannableDates.summary))") }
        return DateArgument(value: .day(day), text: argument)
      }
      if let offset = DayOffset(argument, signRequired: true) {
        return DateArgument(value: .fromToday(offset), text: argument)
      }
      // 30/06/2024 or 1-Oct-27: converted in the message when it can mean one day only.
      throw Invalid(description: DateOption.accepted + (DateSpelling.conversion(argument).map { "; " + $0 } ?? ""))
    }
  }

  /// The parser's "The value 'x' is invalid for '--today <date>': why" as planner's one line,
  /// "planner: --today 'x' is not a date: why"; nil for any other message.
  static func usageLine(parserMessage: String) -> String? {
    let first = parserMessage.split(separator: "\n").first.map(String.init) ?? ""
    let head = first.hasPrefix("Error: ") ? String(first.dropFirst("Error: ".count)) : first
    guard head.hasPrefix("The value '"), let mid = head.range(of: "' is invalid for '--", options: .backwards),
      let end = head.range(of: " <date>': ", range: mid.upperBound..<head.endIndex)
    else { return nil }
    let value = head[head.index(head.startIndex, offsetBy: "The value '".count)..<mid.lowerBound]
    let option = "--" + head[mid.upperBound..<end.lowerBound]
    let why = head[end.upperBound...]
    return "planner: \(option) '\(value)' is " + (why.hasPrefix("outside") ? String(why) : "not a date: \(why)")
  }

  /// The ISO day, when one was typed (nil for the relative forms).
  var fixedDay: Day? {
    if case .day(let day) = value { return day }
    return nil
  }

  /// The day meant, counting relative forms from `today`; outside the plannable dates is a usage error.
  func day(today: Day, option: String) throws -> Day {
    switch value {
    case .day(let day): return day
    case .fromToday(let offset): return try DateOption.plannable(offset.applied(to: today), option: option)
    }
  }

  var description: String { text }

  static var defaultValueDescription: String { "date" }
}
