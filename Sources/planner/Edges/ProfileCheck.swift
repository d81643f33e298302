import Foundation
import PlannerCore
import PlannerPathway
import PlannerRules

/// Reads a profile and reports every problem in it in one round: what the parser finds, an
/// unknown time zone (only the edge can ask the system), and what only planning finds (a `done:`
/// task that does not exist, a task depending on an unknown one), each on its own line, in line order.
enum ProfileCheck {
  static func read(_ path: String, today: Day, rules: RulesPack, matchYear: Int?) throws -> Profile {
    try read(bytes: try Files.readBytes(path), path, today: today, rules: rules, matchYear: matchYear)
  }

  /// Checks a profile already read (`ApplicantLoader` reads each file once).
  static func read(bytes: [UInt8], _ path: String, today: Day, rules: RulesPack, matchYear: Int?) throws -> Profile {
    let read = ProfileParser.read(bytes: bytes, file: path, rules: rules)
    var diagnostics = read.diagnostics
    guard let profile = read.profile else { throw InputError(DiagnosticError(diagnostics).description) }
    if TimeZone(identifier: profile.timezone) == nil {
      diagnostics.append(Diagnostic(
        file: path, line: profile.lines["timezone"] ?? 1, column: profile.columns["timezone"] ?? 1,
        message: "timezone: \(quoted(profile.timezone)) is not an IANA time zone (e.g. Asia/Kolkata, America/Bogota, UTC)"))
    }
    guard !diagnostics.isEmpty else { return profile }
    // The rest of the round: planning the profile as far as it was read (the journal is not
    // merged: its own errors name the journal). Lines already reported are not reported twice.
    let reported = Set(diagnostics.map(\.line))
    do {
      _ = try PathwayPlanner.plan(profile: profile, rules: rules, matchYear: matchYear, today: today, file: path)
    } catch {
      if case .profile(let more) = error { diagnostics += more.diagnostics.filter { !reported.contains($0.line) } }
    }
    let sorted = diagnostics.enumerated().sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }.map(\.element)
    throw InputError(DiagnosticError(sorted).description)
  }
}
