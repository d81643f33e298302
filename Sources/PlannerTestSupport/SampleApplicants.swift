public import PlannerCore
public import PlannerPathway

/// Applicants the what-if and risk suites share (`WhatIfEquivalenceTests`, `RiskDegenerateTests`,
/// `RiskTimeLimitTests`): the bundled examples, one who must sit Step 2 CK before a seven-year
/// limit ends, and seeded generated ones across stages, visas, failures, bookings and lapsed or
/// running passes.
public enum SampleApplicants {
  /// The day `timeLimit` and the generated applicants are planned on.
  public static let today = Day(iso: "2026-12-07")!

  public static let examples = ["fresh-graduate", "h1b-track", "legacy-cs", "step1-passed-ck-booked"]

  /// Must sit Step 2 CK before the seven-year limit from a Step 1 pass of 2020-06-15 ends
  /// (2027-06-15); the plan puts it on 2027-05-31 (issue 20, contradiction 4).
  public static let timeLimit = """
    name: Dr. Time Limit
    match: 2028
    graduation: 2019-05-31
    visa: j1
    exams:
      step1:
        attempts:
          - {date: 2020-06-15, result: pass}
      step2ck:
        study_weeks: 25
      oet:
        attempts:
          - {date: 2026-09-05, result: pass}
    done:
      ecfmg.account: 2019-11-02
      ecfmg.application: 2019-11-20
      credentials.verify: 2020-01-30

    """

  /// `count` seeded profile texts: the same for the same count everywhere.
  public static func generated(_ count: Int) -> [(name: String, text: String)] {
    var rng = ProfileMutator.Random(seed: 0x2026_1207)
    func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
    return (0..<count).map { i in
      var lines = ["name: Generated \(i)", "graduation: \(pick(["2018-06-30", "2021-05-31", "2024-07-15"]))", "visa: \(pick(["j1", "h1b", "none"]))", "exams:"]
      let step1 = pick(["2019-08-01", "2020-03-10", "2020-07-20", "2023-05-02", "2025-11-03"])
      switch i % 6 {
      case 0: lines += ["  step1:", "    study_weeks: \(pick([8, 12, 20]))"]
      case 1: lines += ["  step1:", "    attempts:", "      - {date: \(step1), result: pass}", "  step2ck:", "    study_weeks: \(pick([10, 20, 26]))"]
      case 2: lines += ["  step1:", "    attempts:", "      - {date: \(step1), result: pass}", "  step2ck:", "    booked: \(pick(["2027-02-10", "2027-05-20", "2027-08-02"]))"]
      case 3: lines += ["  step1:", "    attempts:", "      - {date: 2026-02-10, result: fail}", "      - {date: 2026-06-22, result: pass}", "  step2ck:", "    attempts:", "      - {date: 2026-10-05, result: fail}"]
      case 4: lines += ["  step1:", "    attempts:", "      - {date: 2025-09-01, result: fail}", "      - {date: 2026-03-02, result: fail}"]
      default: lines += ["  step1:", "    attempts:", "      - {date: \(step1), result: pass}", "  step2ck:", "    attempts:", "      - {date: 2026-04-14, result: pass}", "  oet:", "    study_weeks: 6"]
      }
      return (name: "generated-\(i)", text: lines.joined(separator: "\n") + "\n")
    }
  }

  /// The time-limit applicant, the examples and 24 generated applicants, parsed (those that parse).
  public static func profiles() throws -> [(name: String, profile: Profile)] {
    var texts: [(name: String, text: String)] = [("time-limit", timeLimit)]
    for name in examples { texts.append((name, try Repository.text("Examples/\(name).yaml"))) }
    texts += generated(24)
    return texts.compactMap { item in (try? ProfileParser.parse(item.text, file: item.name, rules: bundledRules)).map { (name: item.name, profile: $0) } }
  }
}
