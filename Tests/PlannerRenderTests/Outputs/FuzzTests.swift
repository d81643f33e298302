import Foundation
import PlannerCore
import PlannerRender
import PlannerPathway
import PlannerRules
import PlannerRulesData
import PlannerTestSupport
import Testing

/// Seeded mutations of the examples through the whole `planner plan` pipeline, in process
/// (issue 11): every input ends as the executable would end it, exit 0, 2 or 3, within a time
/// bound; every refusal is positioned (`FILE:LINE:COL: error:`), one line each. A crash would
/// end the suite. `Tests/fuzz/run.sh` does the same with the real binary, for many more inputs.
struct FuzzTests {
  static let root = Repository.root
  static let examples = ["fresh-graduate", "h1b-track", "legacy-cs", "step1-passed-ck-booked"].compactMap {
    FileManager.default.contents(atPath: root.appendingPathComponent("Examples/\($0).yaml").path).map { [UInt8]($0) }
  }
  static let count = Int(ProcessInfo.processInfo.environment["PLANNER_FUZZ_COUNT"] ?? "") ?? 2_000

  /// `fuzz.yaml:LINE:COL: error: message`, on one line.
  static func isPositioned(_ line: String) -> Bool {
    guard line.hasPrefix("fuzz.yaml:"), !line.contains("\n") else { return false }
    let parts = line.dropFirst("fuzz.yaml:".count).split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
    return parts.count == 3 && parts[0].allSatisfy(\.isNumber) && !parts[0].isEmpty && parts[1].allSatisfy(\.isNumber)
      && !parts[1].isEmpty && parts[2].hasPrefix(" error: ") && parts[2].count > " error: ".count
  }

  enum Outcome: Equatable { case exit(Int32), unpositioned(String) }

  /// What `planner plan --format json` (and the chart and calendar) would do with the bytes.
  static func run(_ bytes: [UInt8], rules: RulesPack, today: Day, everyOutput: Bool = true) -> Outcome {
    func refused(_ diagnostics: [Diagnostic]) -> Outcome {
      for d in diagnostics where !isPositioned(d.description) || d.description.count > 600 {
        return .unpositioned(d.description)
      }
      return diagnostics.isEmpty ? .unpositioned("an empty profile error") : .exit(2)
    }
    let profile: Profile
    do {
      profile = try ProfileParser.parse(bytes: bytes, file: "fuzz.yaml", rules: rules)
    } catch {
      return refused(error.diagnostics)
    }
    let result: PlanResult
    do throws(PlanningError) {
      result = try PathwayPlanner.plan(profile: profile, rules: rules, matchYear: profile.match, today: today, file: "fuzz.yaml")
    } catch {
      if case .profile(let e) = error { return refused(e.diagnostics) }
      return .unpositioned(error.description)
    }
    for format in everyOutput ? PlanOutput.Format.allCases : [.json, .gantt] {
      let text = PlanOutput.render(result, profile: profile, notice: nil, format: format, width: 100, ascii: false, color: false).text
      if text.isEmpty { return .unpositioned("empty \(format) output") }
    }
    if everyOutput {
      do {
        _ = try CalendarText(includeTodos: true, reminderDays: [14, 2], dtstamp: 1_780_000_000).render(result, profile: profile, previous: nil, previousName: "fuzz.ics")
      } catch {
        return .unpositioned("calendar: \(error)")
      }
    }
    return .exit(result.requestedYearOver != nil || !result.feasible ? 3 : 0)
  }

  @Test func mutatedExamplesEndCleanly() {
    #expect(Self.examples.count == 4)
    var mutator = ProfileMutator(examples: Self.examples, seed: 20_261_201)
    let rules = try! RulesPackDecoder.decode(EmbeddedRules.text, file: EmbeddedRules.fileName)
    let today = Day(ordinal: 20_782)  // 2026-11-25
    let clock = ContinuousClock()
    var exits: [Int32: Int] = [:]
    var slowest = Duration.zero
    for i in 0..<Self.count {
      let input = mutator.next()
      var outcome = Outcome.exit(-1)
      let elapsed = clock.measure { outcome = Self.run(input, rules: rules, today: today, everyOutput: i % 2 == 0) }
      slowest = max(slowest, elapsed)
      // A hang detector in wall time, generous because the suite shares 2 cores with builds
      // (5 s failed at 5.1 s under load); the per-input CPU budget is judged by
      // Tests/fuzz/run.sh, and speed by the benchmarks (docs/BENCHMARKS.md).
      #expect(elapsed < .seconds(30), "input \(i) took \(elapsed)")
      switch outcome {
      case .exit(let code): exits[code, default: 0] += 1
      case .unpositioned(let message):
        Issue.record("input \(i): exit 2 without a position: \(message.prefix(300))")
      }
    }
    // Most mutations must still be refused or planned: a mutator that breaks nothing tests nothing.
    #expect((exits[2] ?? 0) > Self.count / 10)
    #expect((exits[0] ?? 0) + (exits[3] ?? 0) > Self.count / 20)
    print("fuzz: \(Self.count) inputs, exits \(exits.sorted { $0.key < $1.key }), slowest \(slowest)")
  }
}
