import PlannerTestSupport
import Testing

@testable import PlannerRules

/// `non_eras_specialties` in Rules/rules.yaml: one matching rule, asked by the eligibility check
/// and the cost ledger alike.
struct NonERASSpecialtyTests {
  let residencyCAS = bundledRules.nonERASSpecialties

  func service(_ specialty: String) -> String? {
    residencyCAS.first { $0.matches(specialty: specialty) }?.service.value
  }

  @Test(arguments: ["Emergency Medicine", "emergency medicine", "Pediatric EMERGENCY medicine", "OB/GYN", "Obstetrics and Gynecology", "obgyn", "Ob-Gyn"])
  func theKeywordsMatchAnywhereWhateverTheCase(specialty: String) {
    #expect(service(specialty) == "ResidencyCAS")
  }

  @Test(arguments: ["Internal Medicine", "family medicine", "Urgence (médecine d'urgence)", "", "emergenc"])
  func otherSpecialtiesApplyThroughERAS(specialty: String) {
    #expect(service(specialty) == nil)
  }

  /// Issue 26's fuzz run: a 70 KB specialty took seconds through `String.contains`. The answer is
  /// what it is for a short one (the time is in the fuzz run's figures, not asserted here).
  @Test func aLongSpecialtyIsMatchedAsAShortOne() {
    let filler = String(repeating: "a b ", count: 17_500)
    #expect(service(filler) == nil)
    #expect(service(filler + "Emergency") == "ResidencyCAS")
    #expect(service("Gynecology " + filler) == "ResidencyCAS")
  }
}
