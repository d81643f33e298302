import Foundation
import PlannerCore
@testable import PlannerPathway
@testable import PlannerRisk
import PlannerTestSupport
import Testing

/// The sensitivity table claims only what the model links (issue 20, contradiction 7): pass
/// probabilities do not depend on preparation length, so no row changes the preparation.
@Suite struct RiskSensitivityTests {
  @Test(arguments: RiskTests.examples)
  func contradiction7NoPreparationRowsWhilePassRatesIgnoreIt(name: String) async throws {
    let profile = try RiskTests.example(name)
    let (analysis, _) = try await RiskTests.analyze(profile, runs: 300, sensitivity: true)
    #expect(!analysis.sensitivity.isEmpty || name == "legacy-cs", "\(name): the pass-probability rows stay")
    for row in analysis.sensitivity {
      #expect(!row.change.contains("preparation"), "\(name): '\(row.change)' changes an input the model does not link to P(pass)")
    }
  }
}
