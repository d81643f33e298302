/// A signed distance people type: `+3w`, `-10d`, `+1m` (calendar months), `21` (days).
public struct DayOffset: Hashable, Sendable, CustomStringConvertible {
  public enum Unit: String, Hashable, Sendable {
    case days = "d", weeks = "w", months = "m"
  }

  public var amount: Int
  public var unit: Unit

  public init(_ amount: Int, _ unit: Unit) {
    self.amount = amount
    self.unit = unit
  }

  /// Parses `[+|-]N[d|w|m]`; with `signRequired`, a bare `3d` is refused (as a date it would be
  /// ambiguous). N is at most 3650 days' worth.
  public init?(_ text: String, signRequired: Bool = false) {
    var rest = Substring(text)
    var sign = 1
    if rest.hasPrefix("+") {
      rest = rest.dropFirst()
    } else if rest.hasPrefix("-") {
      rest = rest.dropFirst()
      sign = -1
    } else if signRequired {
      return nil
    }
    var unit = Unit.days
    if let last = rest.last, let u = Unit(rawValue: String(last)) {
      unit = u
      rest = rest.dropLast()
    }
    guard !rest.isEmpty, rest.allSatisfy(\.isASCII), rest.allSatisfy(\.isNumber), let n = Int(rest) else { return nil }
    let limit = unit == .days ? 3650 : unit == .weeks ? 522 : 120
    guard n <= limit else { return nil }
    self.init(sign * n, unit)
  }

  /// The day this far from `day` (a month from Jan 31 is the last day of February).
  public func applied(to day: Day) -> Day {
    switch unit {
    case .days: return day + amount
    case .weeks: return day + amount * 7
    case .months: return day.adding(months: amount)
    }
  }

  public var description: String {
    (amount >= 0 ? "+" : "") + "\(amount)\(unit.rawValue)"
  }

  /// A date typed on the command line: `YYYY-MM-DD`, `today`, `tomorrow`, `yesterday`, or a
  /// signed offset from `today` (`+3w`, `-2d`, `+1m`).
  public static func day(_ text: String, today: Day) -> Day? {
    switch text.lowercased() {
    case "today": return today
    case "tomorrow": return today + 1
    case "yesterday": return today - 1
    default: return Day(iso: text) ?? DayOffset(text, signRequired: true)?.applied(to: today)
    }
  }
}
