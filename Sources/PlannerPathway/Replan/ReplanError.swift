import PlannerRules

/// Why a replanning command changed nothing, sorted by what the user should do about it: fix the
/// input (a damaged journal, a profile error), retype a name, or accept the rules' refusal (a
/// result in the future, a retake too soon). The executable gives each its own exit code.
public struct ReplanError: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Kind: Hashable, Sendable {
    case badInput
    case refused
    /// A name typed on the command line that planner does not know (`record eras.submt done`):
    /// a usage error, with the near name when there is one.
    case unknownName
  }

  public var kind: Kind
  public var description: String

  public init(_ kind: Kind, _ description: String) {
    self.kind = kind
    self.description = description
  }

  static func input(_ error: JournalError) -> ReplanError { ReplanError(.badInput, error.description) }
  static func input(_ error: PlanningError) -> ReplanError { ReplanError(.badInput, error.description) }
}
