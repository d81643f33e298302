import Foundation
import PlannerRulesData
import Testing

@testable import PlannerRules

/// The bundled pack with one passage replaced, and the messages `rules --check` gives for it:
/// shared by the tests of what the decoder refuses (CycleOrderAndSourceTests, FeeSectionTests).
enum PackEdit {
  static func problems(replacing old: String, with new: String) -> [String] {
    let text = EmbeddedRules.text
    #expect(text.components(separatedBy: old).count == 2, "fixture '\(old)' must occur once in the bundled pack")
    do {
      _ = try RulesPackDecoder.decode(text.replacingOccurrences(of: old, with: new), file: "p.yaml")
      return []
    } catch {
      return error.diagnostics.map(\.message)
    }
  }
}
