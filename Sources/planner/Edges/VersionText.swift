import PlannerRules
import PlannerRulesData

/// `planner --version`: the program's version and the bundled rules pack's, with the day its
/// rules were last checked against their sources (a pack named by --rules is not read here).
enum VersionText {
  static let program = "0.1.0"

  static var text: String {
    "\(program) (rules pack \(EmbeddedRules.packVersion), last verified \(EmbeddedRules.lastVerified))"
  }
}
