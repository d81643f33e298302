import Foundation
import PlannerRulesData
import Testing

@testable import PlannerRules

/// Issue 26, point 8: a value missing a required key beside a valid key of a near name (`note`
/// beside a missing `date`) was taken for a misspelling already reported, so nothing was said:
/// `rules --check` printed an empty error, or passed the pack. The missing key is now named.
struct MissingKeyBesideNearKeyTests {
  let text = EmbeddedRules.text

  func messages(_ pack: String) -> [String] {
    do {
      _ = try RulesPackDecoder.decode(pack, file: "p.yaml")
      return []
    } catch {
      return error.diagnostics.map(\.description)
    }
  }

  @Test func aNoteBesideAMissingDateIsReportedAsAMissingDate() {
    let old = "eras_opens:\n      date: 2019-06-06\n"
    #expect(text.components(separatedBy: old).count == 2)
    let found = messages(text.replacingOccurrences(of: old, with: "eras_opens:\n      note: moved\n"))
    #expect(found.count == 1 && found[0].contains("cycles.2020.eras_opens: missing 'date'"), "\(found)")
    #expect(found.allSatisfy { !$0.hasSuffix("error: ") })
  }

  @Test func aMisspeltKeyIsStillReportedOnceWithItsSuggestion() {
    let old = "eras_opens:\n      date: 2019-06-06\n"
    let found = messages(text.replacingOccurrences(of: old, with: "eras_opens:\n      dat: 2019-06-06\n"))
    #expect(found.count == 1 && found[0].contains("unknown key 'dat'") && found[0].contains("did you mean 'date'?"), "\(found)")
  }
}
