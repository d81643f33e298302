import ArgumentParser
import Foundation
import PlannerCore
import PlannerPathway
import PlannerRules

/// What the shell completes after `why`, `record` and `what-if --slip`: the task ids of the plan
/// for the profile in use (`--profile` on the line typed so far, else PLANNER_PROFILE, else
/// planner.yaml here). The completion script calls back into planner for them; any problem
/// simply means no suggestions.
enum CompletionSources {
  static let exams = Exam.allCases.map(\.rawValue)

  static func taskIDs(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
    ids(words).filter { $0.hasPrefix(prefix) }
  }

  /// `record`: an exam or a task id.
  static func recordSubjects(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
    (exams + ids(words)).filter { $0.hasPrefix(prefix) }
  }

  /// `what-if --slip TASK=+Nd`: an exam or task id, with its `=`.
  static func slips(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
    (exams + ids(words)).map { $0 + "=" }.filter { $0.hasPrefix(prefix) }
  }

  static func ids(_ words: [String]) -> [String] {
    let option = words.firstIndex(of: "--profile").flatMap { words.indices.contains($0 + 1) ? words[$0 + 1] : nil }
    let rules = words.firstIndex(of: "--rules").flatMap { words.indices.contains($0 + 1) ? words[$0 + 1] : nil }
    guard let loaded = try? RulesFiles.read(rules) else { return [] }
    let today = LocalDay.day(at: Date(), zone: "UTC") ?? Day(year: 2026, month: 1, day: 1)!
    var profile = Profile()
    if let path = ProfileLocation.findQuietly(option)?.path {
      guard let bytes = try? Files.readBytes(path), let read = try? ProfileParser.parse(bytes: bytes, file: path, rules: loaded.pack) else { return [] }
      profile = read
    }
    guard let plan = try? PathwayPlanner.plan(profile: profile, rules: loaded.pack, matchYear: profile.match, today: today, file: "completion") else { return [] }
    return plan.schedule.tasks.map(\.id)
  }
}
