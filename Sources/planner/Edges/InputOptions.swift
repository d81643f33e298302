import ArgumentParser
import Foundation
import PlannerCore
import PlannerPathway

/// The options every planning command shares: whose plan, which year, which day is today.
struct InputOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("The profile (YAML). Without it: a fresh graduate, nothing done, J-1 visa.", valueName: "file"))
  var profile: String?

  @Option(name: .long, help: ArgumentHelp("Plan as if today were this day (default: the local date).", valueName: "YYYY-MM-DD"))
  var today: String?

  @Option(name: .long, help: ArgumentHelp("Target Match year (default: the profile's, else the earliest feasible).", valueName: "year"))
  var match: Int?

  /// What a command works from, resolved once at the edge.
  struct Context {
    var profile: Profile
    var fileLabel: String
    var isDefaultProfile: Bool
    var today: Day
    var matchYear: Int?
    /// The rules pack every step plans with.
    var rules: RulesPack
  }

  func resolve() throws -> Context {
    let day = try resolveToday()
    let rules = try RulesFiles.load()
    if let match, !rules.supportedYears.contains(match) {
      throw InputError("--match \(match): outside the Match years planner knows (\(rules.supportedYearsText))")
    }
    guard let path = profile else {
      var fresh = Profile()
      fresh.name = "a fresh graduate (default profile)"
      return Context(profile: fresh, fileLabel: "(default profile)", isDefaultProfile: true, today: day, matchYear: match, rules: rules)
    }
    let bytes = try Files.readBytes(path)
    do {
      // What `planner record` kept in the journal beside the profile (me.journal) is merged in.
      let parsed = try JournalFiles.merged(into: ProfileParser.parse(bytes: bytes, file: path, rules: rules), profilePath: path, rules: rules, today: day)
      if TimeZone(identifier: parsed.timezone) == nil {
        throw InputError("\(path):\(parsed.lines["timezone"] ?? 1):1: error: timezone: \(quoted(parsed.timezone)) is not an IANA time zone (e.g. Asia/Kolkata, America/Bogota, UTC)")
      }
      return Context(profile: parsed, fileLabel: path, isDefaultProfile: false, today: day, matchYear: match ?? parsed.match, rules: rules)
    } catch let error as InputError {
      throw error
    } catch {
      throw InputError(String(describing: error))
    }
  }

  func resolveToday() throws -> Day {
    if let today {
      return try Self.day(today, option: "--today")
    }
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    guard let y = parts.year, let m = parts.month, let d = parts.day, let day = Day(year: y, month: m, day: d) else {
      throw InputError("cannot read today's date from the system clock; pass --today YYYY-MM-DD")
    }
    return day
  }

  /// A date given on the command line: a real day inside the dates planner can plan.
  static func day(_ text: String, option: String) throws -> Day {
    guard let day = Day(iso: text) else {
      throw InputError("\(option): \(quoted(text)) is not a valid date (expected YYYY-MM-DD)")
    }
    guard PlannableDates.contains(day) else {
      throw InputError("\(option): '\(day)' is outside the dates planner can plan (\(PlannableDates.summary))")
    }
    return day
  }
}

/// A command-line value quoted in a message: on one line, and never a screenful.
func quoted(_ text: String) -> String {
  let line = TerminalText.sanitize(text, keepingNewlines: false)
  return "'" + (line.count > 60 ? line.prefix(60) + "…" : line) + "'"
}

/// Runs a command body, turning input errors into one clear message and exit code 2.
func reportingInputErrors<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as InputError {
    Console.error(diagnostics(error.description))
    throw Exit.badInput
  } catch let error as PlanningError {
    Console.error(diagnostics(error.description))
    throw Exit.badInput
  }
}

/// One line per problem. A line that names its file (`me.yaml:2:1: error: …`) starts with it,
/// as editors and CI matchers expect; only a message with no file gets the `planner:` prefix.
func diagnostics(_ text: String) -> String {
  text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
    line.contains(": error: ") ? String(line) : "planner: " + line
  }.joined(separator: "\n")
}
