public import PlannerRules
import PlannerRulesData

/// The pack the tests plan with: the one the executable ships, decoded the same way.
public let bundledRules: RulesPack = {
  do {
    return try RulesPackDecoder.decode(EmbeddedRules.text, file: EmbeddedRules.fileName)
  } catch {
    fatalError("the bundled rules pack does not decode:\n\(error)")
  }
}()
