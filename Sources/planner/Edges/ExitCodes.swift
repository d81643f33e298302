import ArgumentParser
import Foundation
import PlannerPathway
import PlannerRules

/// The documented exit codes (README: Exit codes).
enum Exit {
  static let notFeasible = ExitCode(3)
  static let badInput = ExitCode(2)
  /// The exam rules refuse the record (nothing is written).
  static let refused = ExitCode(4)
  /// `sync`: the calendar server refused, could not be reached, or holds events changed there
  /// since the last sync; what was sent is in the sync state, and the next run finishes it.
  static let notSynced = ExitCode(5)
  /// Another planner holds the journal's lock (EX_TEMPFAIL: try again).
  static let busy = ExitCode(75)
  /// The command line itself is wrong (EX_USAGE), as the argument parser's own errors are.
  static let usage = ExitCode.validationFailure
}

/// A command-line mistake found while running (a missing --date, a date that does not resolve,
/// an unknown exam or task): one line to standard error, exit code 64, like the parser's own.
struct UsageError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// A bad-input error: printed as one line to standard error, exit code 2.
struct InputError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// The journal is locked by another planner: exit code 75.
struct BusyError: Error, CustomStringConvertible {
  var description: String
}

/// Runs a command body, turning errors into one clear message each and their exit code.
func reportingInputErrors<T>(_ body: () throws -> T) throws -> T {
  func fail(_ text: String, _ code: ExitCode) -> ExitCode {
    Console.error(diagnostics(text))
    return code
  }
  do {
    return try body()
  } catch let error as InputError {
    throw fail(error.description, Exit.badInput)
  } catch let error as UsageError {
    throw fail(error.description, Exit.usage)
  } catch let error as PlanningError {
    throw fail(error.description, Exit.badInput)
  } catch let error as DurableFile.Failure {
    throw fail(error.description, Exit.badInput)
  } catch let error as BusyError {
    throw fail(error.description, Exit.busy)
  } catch let error as ReplanError {
    switch error.kind {
    case .refused: throw fail(error.description, Exit.refused)
    case .unknownName: throw fail(error.description, Exit.usage)
    case .badInput: throw fail(error.description, Exit.badInput)
    }
  }
}

/// One line per problem. A line that names its file (`me.yaml:2:1: error: …`) starts with it,
/// as editors and CI matchers expect; only a message with no file gets the `planner:` prefix.
func diagnostics(_ text: String) -> String {
  text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
    line.contains(": error: ") ? String(line) : "planner: " + line
  }.joined(separator: "\n")
}
