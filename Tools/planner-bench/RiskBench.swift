import Foundation
import PlannerCore
import PlannerPathway
import PlannerRisk
import PlannerRules
import PlannerRulesData

/// The "risk" rows: simulated worlds per second for each bundled example (no sensitivity
/// table, so one simulation of `runs` worlds), on every core, best of a few repetitions.
enum RiskBench {
  static func run(runs: Int = 100_000, repetitions: Int = 3) async {
    guard let pack = try? RulesPackDecoder.decode(EmbeddedRules.text, file: EmbeddedRules.fileName) else {
      fatalError("the bundled rules pack does not decode")
    }
    let today = Day(iso: "2026-12-01")!
    let cores = ProcessInfo.processInfo.activeProcessorCount
    print("")
    print(pad("risk example", 24), pad("worlds", 8), pad("cores", 6), pad("best ms", 10), pad("worlds/s", 10), pad("P(ready)", 9))
    for name in ["fresh-graduate", "h1b-track", "legacy-cs", "step1-passed-ck-booked"] {
      guard let text = try? String(contentsOfFile: "Examples/\(name).yaml", encoding: .utf8),
        let profile = try? ProfileParser.parse(text, file: name, rules: pack),
        let plan = try? PathwayPlanner.plan(profile: profile, rules: pack, matchYear: profile.match, today: today)
      else { fatalError("cannot plan Examples/\(name).yaml (run from the package root)") }
      let first = PathwayPlanner.firstOpenYear(pack, today: today) ?? plan.matchYear
      var best = Double.infinity
      var p = 0.0
      for _ in 0..<repetitions {
        let start = ContinuousClock.now
        let a = await RiskAnalysis.analyze(profile: profile, pack: pack, today: today, targetYear: plan.matchYear, firstYear: first, options: RiskRun(runs: runs, seed: 1, workers: cores), sensitivity: false)
        best = min(best, milliseconds(ContinuousClock.now - start))
        p = a.pReady
      }
      print(pad(name, 24), pad(String(runs), 8), pad(String(cores), 6), pad(format(best, decimals: 1), 10), pad(String(Int(Double(runs) / (best / 1000))), 10), pad(format(p, decimals: 3), 9))
    }
  }
}
