import Foundation
import PlannerPathway

/// Which profile a command uses and how it was found, so it need not be typed every time:
/// `--profile`, else `PLANNER_PROFILE`, else `planner.yaml` in the current folder.
struct ProfileLocation: Equatable {
  enum Source: Equatable { case option, environment, folder }

  static let environmentVariable = "PLANNER_PROFILE"
  static let folderFile = "planner.yaml"

  var path: String
  var source: Source

  static func find(_ option: String?) -> ProfileLocation? {
    if let option { return ProfileLocation(path: option, source: .option) }
    if let env = ProcessInfo.processInfo.environment[environmentVariable], !env.isEmpty {
      return ProfileLocation(path: env, source: .environment)
    }
    if FileManager.default.fileExists(atPath: folderFile) { return ProfileLocation(path: folderFile, source: .folder) }
    return nil
  }

  /// The header's line naming the profile in use.
  var line: String {
    switch source {
    case .option: return "Profile: \(path)"
    case .environment: return "Profile: \(path) (from \(Self.environmentVariable))"
    case .folder: return "Profile: \(path) (found in this folder)"
    }
  }

  /// What commands printed for the user should add so that they find the same profile, quoted
  /// for the shell when the path has a space or another character the shell would read.
  var argument: String? { source == .option && path != Self.folderFile ? Self.shellWord(path) : nil }

  static func shellWord(_ s: String) -> String { ShellWord.quoted(s) }
}
