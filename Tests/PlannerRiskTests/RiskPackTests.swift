import Foundation
import PlannerCore
import PlannerRules
import PlannerRulesData
import PlannerTestSupport
import Testing

@testable import PlannerPathway
@testable import PlannerRisk

/// The `risk:` section of the rules pack: read with positions, refused when a value cannot be a
/// probability or a distribution, and the simulation's only source of numbers.
struct RiskPackTests {
  let text = EmbeddedRules.text

  /// The one diagnostic for the bundled pack with `old` replaced by `new` (exactly once), and
  /// the line and column of `at` (the first occurrence of it at or after the replacement).
  func problem(replacing old: String, with new: String, at marker: String) -> (got: String, want: (line: Int, column: Int))? {
    #expect(text.components(separatedBy: old).count == 2, "fixture '\(old)' must occur once in the bundled pack")
    let edited = text.replacingOccurrences(of: old, with: new)
    let start = edited.range(of: new)!.lowerBound
    let hit = edited.range(of: marker, range: start..<edited.endIndex)!.lowerBound
    let before = edited[..<hit]
    let line = before.filter { $0 == "\n" }.count + 1
    let column = before.distance(from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex, to: hit) + 1
    do {
      _ = try RulesPackDecoder.decode(edited, file: "rules.yaml")
      return nil
    } catch {
      #expect(error.diagnostics.count == 1, "\(error.diagnostics)")
      return (error.description, (line, column))
    }
  }

  static let cases: [(old: String, new: String, at: String, message: String)] = [
    ("value: 0.72\n        low: 0.68", "value: 1.72\n        low: 0.68", "1.72",
     "risk.pass_rates.step1.first.value must be a probability from 0 to 1, got '1.72'"),
    ("low: 0.45\n        high: 0.62", "low: 0.7\n        high: 0.62", "0.7",
     "risk.pass_rates.step1.repeat: low 0.7 is above high 0.62"),
    ("value: 0.82\n        low: 0.75", "value: 0.70\n        low: 0.75", "0.70",
     "risk.pass_rates.step2ck.first: the value 0.7 is outside its range 0.75–0.88"),
    ("[[0, 17], [0.88, 24], [0.94, 38]", "[[0, 17], [0.88, 24], [0.94, 20]", "20]",
     "risk.usmle_result_lag.quantiles[3]: 20 days is less than the 24 days before it; a later quantile is never shorter"),
    ("[[0, 4], [0.25, 14], [0.75, 22], [1, 26]]", "[[0, 4], [0.25, 14], [0.75, 22], [0.9, 26]]", "0.9",
     "risk.oet_result_lag.quantiles[4]: the last probability must be 1 (the longest time), got 0.9"),
    ("[[0, 21], [0.5, 75]", "[[0, 21], [0.5, 75], [0.4, 80]", "0.4",
     "risk.durations.credentials.quantiles[3]: probability 0.4 is not above the one before it (0.5); list them increasing"),
    ("[[0, 30], [1, 60]]", "[[0.1, 30], [1, 60]]", "0.1",
     "risk.administrative_processing_days.quantiles[1]: the first probability must be 0 (the shortest time), got 0.1"),
    ("probability: 0.05", "probability: 5%", "5%",
     "risk.administrative_processing.probability must be a probability from 0 to 1, got '5%'"),
    ("release: \"08-28\"", "release: \"08-32\"", "\"08-32\"",
     "risk.scheduled_delays[1].release must be a month and day as \"MM-DD\" (e.g. \"06-24\"), got '08-32'"),
    ("tests_from: \"05-15\"", "tests_from: \"07-15\"", "\"07-15\"",
     "risk.scheduled_delays[3]: tests_from is after tests_to (a window within one calendar year)"),
    ("  usmle_release_weekday:\n    value: 3", "  usmle_release_weekday:\n    value: 9", "9",
     "risk.usmle_release_weekday.value must be a whole number of ISO weekdays (1 Monday … 7 Sunday) from 1 to 7, got '9'"),
    ("    first_day: 24\n    last_day: 31", "    first_day: 30\n    last_day: 21", "30",
     "risk.holiday_freeze: first_day 30 is after last_day 21"),
    ("  oet_retake_study:\n    value: 14\n    confidence: estimated\n    source: https://abroadskill.com/how-often-is-the-oet-exam-held/\n",
     "  oet_retake_study:\n    value: 14\n    confidence: estimated\n", "value: 14",
     "risk.oet_retake_study: missing 'source' (every value needs the address a person can check)"),
  ]

  @Test(arguments: cases.indices)
  func aBadRiskValueIsOneLineWithItsPosition(_ i: Int) throws {
    let c = Self.cases[i]
    let found = try #require(problem(replacing: c.old, with: c.new, at: c.at), "case \(i) decoded")
    // A missing key is reported at its mapping, which starts at its first key.
    #expect(found.got == "rules.yaml:\(found.want.line):\(found.want.column): error: \(c.message)")
  }

  @Test func theRiskSectionIsReadWithItsSources() throws {
    let risk = bundledRules.risk
    #expect(risk.passRates[.step1]?.first.value == 0.72)
    #expect(risk.passRates[.step1]?.firstRange == 0.68...0.82)
    #expect(risk.passRates[.step2ck]?.repeatAttempt.confidence == .estimated)
    #expect(risk.usmleResultLag.value.knots.map(\.days) == [17, 24, 38, 46, 50])
    #expect(risk.scheduledDelays.map(\.exam) == [.step2ck, .step3, .step1])
    #expect(risk.scheduledDelays[0].release == (8, 28))
    #expect(Set(risk.durations.keys) == Set(RiskRules.sampledKeys))
    #expect(risk.oetSittingsSimulated.value == 6 && risk.lapsedEligibilityWait.value == 28 && risk.retakeApplicationLead.value == 60)
    #expect(risk.sensitivity.passPoints.value == 10)
    let all: [Sourced<Double>] = risk.passRates.values.flatMap { [$0.first, $0.repeatAttempt] } + risk.scheduledDelays.map(\.probability) + [risk.administrativeProcessing]
    for s in all { #expect(!s.source.isEmpty && s.verified != nil) }
    for s in [risk.usmleResultLag, risk.oetResultLag, risk.administrativeProcessingDays] + Array(risk.durations.values) {
      #expect(!s.source.isEmpty && s.verified != nil)
      if s.confidence != .estimated { #expect(s.source.hasPrefix("http")) }
    }
  }

  @Test func theRiskSectionRoundTripsThroughItsOwnText() throws {
    // `rules --format yaml` prints the pack text: decoding that again gives the same risk rules.
    let again = try RulesPackDecoder.decode(text, file: "printed.yaml")
    #expect(again.risk == bundledRules.risk)
    #expect(again.valueCount == bundledRules.valueCount)
  }

  @Test func theSimulationReadsThePack() async throws {
    let name = "step1-passed-ck-booked"
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let profileText = try String(contentsOf: root.appendingPathComponent("Examples/\(name).yaml"), encoding: .utf8)
    let profile = try ProfileParser.parse(profileText, file: name, rules: bundledRules)
    let weaker = try RulesPackDecoder.decode(
      text.replacingOccurrences(of: "value: 0.82\n        low: 0.75", with: "value: 0.40\n        low: 0.30")
        .replacingOccurrences(of: "    pass_points:\n      value: 10", with: "    pass_points:\n      value: 5"),
      file: "weaker.yaml")
    let today = Day(iso: "2026-12-01")!
    func run(_ pack: RulesPack) async -> RiskAnalysis {
      await RiskAnalysis.analyze(profile: profile, pack: pack, today: today, targetYear: 2028, firstYear: 2027, options: RiskRun(runs: 2000, seed: 3, workers: 2), sensitivity: true)
    }
    let base = await run(bundledRules)
    let weak = await run(weaker)
    // Far beyond the noise: six standard errors of the difference.
    let noise = (base.standardError * base.standardError + weak.standardError * weak.standardError).squareRoot()
    #expect(base.pReady - weak.pReady > 6 * noise, "P(ready) \(base.pReady) with the bundled pack, \(weak.pReady) with Step 2 CK at 40%")
    #expect(weak.inputs.contains { $0.name == "Step 2 CK pass, first attempt" && $0.value.hasPrefix("40%") })
    #expect(base.sensitivity.contains { $0.change == "pass probability +10 points (every exam)" })
    #expect(weak.sensitivity.contains { $0.change == "pass probability +5 points (every exam)" })
  }
}
