import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 26's generator class "key × wrong type": every key a profile knows, top-level and
/// nested, with every shape of wrong value, read and planned in process. Each is either planned
/// or refused with positioned errors (a bounded number of lines), never a trap.
struct WrongTypeMatrixTests {
  @Test func theCorpusKnowsEveryKeyTheParserKnows() {
    #expect(HostileCorpus.topKeys == ProfileParser.topKeys)
  }

  @Test func everyKeyWithEveryWrongValueIsPlannedOrRefusedWithAPosition() {
    let today = Day(iso: "2026-12-07")!
    let cases = HostileCorpus.wrongTypeMatrix()
    #expect(cases.count == HostileCorpus.wrongValues.count * (HostileCorpus.topKeys.count + HostileCorpus.nestedKeys.count))
    var refused = 0
    for c in cases {
      let lines: [String]
      do {
        let profile = try ProfileParser.parse(c.profile, file: "me.yaml", rules: bundledRules)
        do {
          _ = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: nil, today: today, file: "me.yaml")
          continue
        } catch {
          guard case .profile(let e) = error else { continue }  // a planning verdict, not an input error
          lines = e.description.split(separator: "\n").map(String.init)
        }
      } catch {
        lines = error.description.split(separator: "\n").map(String.init)
      }
      refused += 1
      #expect(!lines.isEmpty && lines.count <= 110, "\(c.label): \(lines.count) lines")
      for line in lines where !line.contains(": and ") {
        #expect(line.hasPrefix("me.yaml:") && line.contains(": error: ") && line.count < 600, "\(c.label): \(line.prefix(200))")
      }
    }
    // Most wrong values are refused; a few are values some key accepts (`~`, an empty name).
    #expect(refused > cases.count / 2, "\(refused) of \(cases.count) refused")
  }
}
