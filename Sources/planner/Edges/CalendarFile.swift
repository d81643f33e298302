import Foundation
import PlannerCore
import PlannerICal
import PlannerRender
import PlannerPathway
import PlannerRules

/// Writes the plan's calendar: reads the previous export (to keep UIDs and bump SEQUENCE),
/// builds the new one through libical, and replaces the file atomically.
struct CalendarFile {
  var path: String
  var includeTodos: Bool
  var reminderDays: [Int]
  var dtstampOption: String?
  /// Replace a previous file planner wrote for someone else (or another program) instead of refusing.
  var force = false
  /// `--reminders alarms|events|both`.
  var reminderMode: CalendarOptions.ReminderMode = .alarms

  /// `--ics -`: the calendar goes to standard output.
  var toStandardOutput: Bool { path == "-" }

  /// Computes the file's new text without writing it, so a failure leaves nothing half-done.
  func render(_ result: PlanResult, profile: Profile) throws -> (text: String, changes: CalendarChanges) {
    let previous = !force && !toStandardOutput && Files.exists(path) ? try Files.read(path, limit: Files.ownOutputLimit) : nil
    let calendar = CalendarText(includeTodos: includeTodos, reminderDays: reminderDays, dtstamp: try dtstamp(), reminderMode: reminderMode)
    do {
      return try calendar.renderCounting(result, profile: profile, previous: previous, previousName: path)
    } catch {
      throw InputError(error.description)
    }
  }

  /// Writes the calendar; a file (not `-`) is then named with what changed, on standard error
  /// as `init`'s "Wrote planner.yaml." is, so the plan on standard output stays parseable.
  func write(_ text: String, changes: CalendarChanges) throws {
    if toStandardOutput {
      Console.outVerbatim(text)
    } else {
      try DurableFile.write(text, to: path)
      // Calendars are written without a lock: only leftovers a minute old are certainly stale.
      DurableFile.sweep(path, olderThan: 60)
      Console.error(CalendarText.wrote(path, changes))
    }
  }

  /// DTSTAMP: --dtstamp, else SOURCE_DATE_EPOCH (reproducible builds), else now.
  func dtstamp() throws -> Int { try Self.dtstamp(dtstampOption) }

  static func dtstamp(_ dtstampOption: String?) throws -> Int {
    if let text = dtstampOption {
      guard let seconds = Self.parseUTC(text) else {
        throw UsageError("--dtstamp: '\(text)' is not a UTC time (expected YYYY-MM-DDTHH:MM:SSZ)")
      }
      return seconds
    }
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
      guard let seconds = Int(epoch) else { throw InputError("SOURCE_DATE_EPOCH: '\(epoch)' is not a number of seconds") }
      return seconds
    }
    return Int(Date().timeIntervalSince1970)
  }

  static func parseUTC(_ text: String) -> Int? {
    let parts = text.split(separator: "T")
    guard parts.count == 2, parts[1].hasSuffix("Z"), let day = Day(iso: String(parts[0])) else { return nil }
    let clock = parts[1].dropLast().split(separator: ":").compactMap { Int($0) }
    guard clock.count == 3, (0..<24).contains(clock[0]), (0..<60).contains(clock[1]), (0..<60).contains(clock[2]) else { return nil }
    return day.ordinal * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]
  }
}
