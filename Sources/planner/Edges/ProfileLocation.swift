import Foundation
import PlannerPathway

/// Which profile a command uses and how it was found, so it need not be typed every time
/// (issue 25, point 3): `--profile`, else `PLANNER_PROFILE`, else the search `ProfileSearch`
/// makes from this folder up, as git finds its repository.
struct ProfileLocation: Equatable {
  enum Source: Equatable {
    case option, environment
    /// `planner.yaml`, or the one profile, in this folder.
    case folder
    /// Found in a folder above this one.
    case above
  }

  static let environmentVariable = "PLANNER_PROFILE"
  static let folderFile = "planner.yaml"

  var path: String
  var source: Source

  /// The profile in use, nil when there is none (the built-in example is then planned, and says
  /// so). Several profiles side by side are a question only the user can answer: an error.
  static func find(_ option: String?, from folder: String = FileManager.default.currentDirectoryPath, home: String? = ProcessInfo.processInfo.environment["HOME"]) throws -> ProfileLocation? {
    if let option { return ProfileLocation(path: option, source: .option) }
    if let env = ProcessInfo.processInfo.environment[environmentVariable], !env.isEmpty {
      return ProfileLocation(path: env, source: .environment)
    }
    return try ProfileSearch(start: folder, home: home).find()
  }

  /// The same, for the places that only want a path and report no errors of their own (the
  /// time zone of `history`, `init`'s closing hint): an ambiguous folder counts as none.
  static func findQuietly(_ option: String?) -> ProfileLocation? { (try? find(option)) ?? nil }

  /// The header's line naming the profile in use.
  var line: String {
    switch source {
    case .option: return "Profile: \(path)"
    case .environment: return "Profile: \(path) (from \(Self.environmentVariable))"
    case .folder: return "Profile: \(path) (found in this folder)"
    case .above: return "Profile: \(path) (found in a folder above this one)"
    }
  }

  /// What commands printed for the user should add so that they find the same profile, quoted
  /// for the shell when the path has a space or another character the shell would read. A
  /// profile found by the search is found again by the same search.
  var argument: String? { source == .option && path != Self.folderFile ? Self.shellWord(path) : nil }

  static func shellWord(_ s: String) -> String { ShellWord.quoted(s) }
}
