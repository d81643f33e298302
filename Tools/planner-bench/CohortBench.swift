import Foundation
import PlannerCohort
import PlannerRender
import PlannerCore
import PlannerPathway
import PlannerRules
import PlannerRulesData

/// `planner cohort` at scale: generated profiles (stages from nothing done to a Match year
/// recorded, failed attempts, every visa track) planned through the same code as the command,
/// `Cohort.plan`, from profile text to sorted rows.
enum CohortBench {
  /// Profile text for applicant `i`: the same for the same `i` on every run.
  static func profile(_ i: Int) -> String {
    var rng = SplitMix64(seed: 0xC0_4017 &+ UInt64(i))
    func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
    let graduation = Day(year: pick([2018, 2020, 2022, 2023, 2024, 2025]), month: pick([5, 6, 7, 12]), day: pick([1, 15, 30])) ?? Day(ordinal: 0)
    var lines = ["name: Applicant \(i)", "graduation: \(graduation)", "visa: \(pick(["j1", "j1", "j1", "h1b", "none"]))"]
    if let match = pick([nil, 2027, 2028, 2029] as [Int?]) { lines.append("match: \(match)") }
    lines.append("exams:")
    // Sittings seven months apart from mid-2022, so even four end before today (2026-11-25).
    var day = (Day(year: 2022, month: 6, day: 1) ?? graduation) + Int.random(in: 0...300, using: &rng)
    func sitting(_ result: String) -> String {
      defer { day = day + 214 }
      return "      - {date: \(day), result: \(result)}"
    }
    switch Int.random(in: 0..<8, using: &rng) {
    case 0: lines += ["  step1:", "    study_weeks: \(pick([8, 12, 16, 20]))"]
    case 1: lines += ["  step1:", "    attempts:", sitting("pass"), "  step2ck:", "    study_weeks: \(pick([10, 14]))"]
    case 2: lines += ["  step1:", "    attempts:", sitting("fail"), sitting("pass")]
    case 3: lines += ["  step1:", "    attempts:", sitting("pass"), "  step2ck:", "    booked: 2027-0\(pick([2, 4, 6]))-1\(pick([0, 5]))"]
    case 4: lines += ["  step1:", "    attempts:", sitting("pass"), "  step2ck:", "    attempts:", sitting("pass"), "  oet:", "    attempts:", sitting("pass")]
    case 5: lines += ["  step1:", "    attempts:", sitting("fail"), sitting("fail"), "    study_weeks: 12"]
    case 6: lines += ["  step1:", "    attempts:", sitting("fail"), sitting("fail"), sitting("fail"), sitting("fail")]
    default: lines += ["  step1:", "    attempts:", sitting("pass"), "  step2ck:", "    attempts:", sitting("fail")]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// User + system CPU time of the process: on a shared machine, the work done regardless of
  /// how much of the cores the benchmark got.
  /// FNV-1a of the cohort's JSON: equal digests mean a change left every row as it was.
  static func digest(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return String(hash, radix: 16)
  }

  static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
  }

  /// - Parameters: `profiles` and `jobs` (default 10,000 and one per core): `planner-bench cohort 2000 1`;
  ///   `withRisk` false skips the risk row (for profiling the planning alone).
  static func run(clock: ContinuousClock, profiles: Int = 10_000, jobs: Int? = nil, withRisk: Bool = true) async {
    let rules = try! RulesPackDecoder.decode(EmbeddedRules.text, file: EmbeddedRules.fileName)
    let today = Day(year: 2026, month: 11, day: 25) ?? Day(ordinal: 0)
    let cores = jobs ?? ProcessInfo.processInfo.activeProcessorCount
    print()
    print("cohort (generated profiles → parse → journal merge → plan → next actions → sorted rows), \(ProcessInfo.processInfo.activeProcessorCount) cores")
    print(pad("profiles", 9), pad("risk runs", 10), pad("jobs", 5), pad("seconds", 9), pad("cpu s", 8), pad("profiles/s", 11), pad("per cpu s", 10), pad("digest", 17), "  groups")
    for (n, riskRuns) in [(profiles, 0), (max(1, profiles / 50), 2_000)] where withRisk || riskRuns == 0 {
      let inputs = (0..<n).map { i in CohortInput(file: "gen/\(i).yaml", profile: .success(Array(profile(i).utf8))) }
      let options = CohortOptions(today: today, rules: rules, riskRuns: riskRuns, jobs: cores)
      var cohort: Cohort?
      let cpu = cpuSeconds()
      let elapsed = await clock.measure { cohort = await Cohort.plan(inputs, options: options) }
      let seconds = milliseconds(elapsed) / 1000
      let used = cpuSeconds() - cpu
      let groups = CohortRow.Group.allCases.map { "\($0.rawValue) \(cohort?.count($0) ?? 0)" }.joined(separator: ", ")
      print(pad(String(n), 9), pad(String(riskRuns), 10), pad(String(cores), 5), pad(format(seconds, decimals: 2), 9), pad(format(used, decimals: 2), 8),
        pad(format(Double(n) / seconds, decimals: 0), 11), pad(format(Double(n) / used, decimals: 0), 10), pad(digest(cohort?.json() ?? ""), 17), "  " + groups)
    }
    if let load = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) {
      print("load average (1, 5, 15 min): " + load.split(separator: " ").prefix(3).joined(separator: " "))
    }
  }
}
