import PlannerPathway
import PlannerRulesData

/// Where the executable gets its rules pack. The libraries never reach for one: it is handed down.
enum RulesFiles {
  static func load() throws -> RulesPack {
    do {
      return try RulesPackDecoder.decode(EmbeddedRules.text, file: EmbeddedRules.fileName)
    } catch {
      throw InputError(error.description)
    }
  }
}
