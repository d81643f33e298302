import PlannerCore
import PlannerRender
import PlannerPathway
import PlannerRules
import PlannerRulesData

/// The whole `planner plan` pipeline as the executable runs it (PlanOutput and CalendarText are
/// the executable's own code): profile bytes → profile → plan → JSON, Gantt and calendar text,
/// for profiles with many own tasks. Time per task shows whether any step grows faster than
/// linearly.
enum PipelineBench {
  /// A profile with `n` own tasks in chains of 20 (two links each), so the plan stays within a
  /// few years whatever `n` is.
  static func profile(ownTasks n: Int) -> String {
    var lines = ["name: Scale Test", "graduation: 2025-05-31", "tasks:"]
    lines.reserveCapacity(n * 5 + 3)
    for i in 0..<n {
      lines.append("  - id: own.t\(i)")
      lines.append("    name: Own task \(i)")
      lines.append("    days: \(1 + i % 5)")
      var after: [String] = []
      if i % 20 > 0 { after.append("own.t\(i - 1)") }
      if i % 20 > 2 { after.append("own.t\(i - 3)") }
      if !after.isEmpty { lines.append("    after: [\(after.joined(separator: ", "))]") }
      if i % 20 == 0 { lines.append("    not_before: 2027-0\(1 + (i / 20) % 9)-01") }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func run(clock: ContinuousClock) -> Int {
    var checksum = 0
    print()
    print("pipeline (profile text → plan → JSON, Gantt, calendar text), ms; last column µs per own task")
    print(pad("own", 7), pad("parse", 9), pad("plan", 9), pad("json", 9), pad("gantt", 9), pad("ics", 9), pad("total", 9), pad("µs/task", 9))
    let today = Day(ordinal: Day(year: 2026, month: 11, day: 25)?.ordinal ?? 0)
    let rules = try! RulesPackDecoder.decode(EmbeddedRules.text, file: EmbeddedRules.fileName)
    for n in [1_000, 10_000, 50_000] {
      let bytes = Array(profile(ownTasks: n).utf8)
      var times: [Double] = []
      func timed<T>(_ body: () throws -> T) -> T {
        var value: T?
        var failure: (any Error)?
        let elapsed = clock.measure {
          do { value = try body() } catch { failure = error }
        }
        times.append(milliseconds(elapsed))
        if let failure { fatalError("benchmark pipeline failed: \(failure)") }
        guard let value else { fatalError("benchmark pipeline produced nothing") }
        return value
      }
      let parsed = timed { try ProfileParser.parse(bytes: bytes, file: "bench.yaml", rules: rules) }
      let result = timed { try PathwayPlanner.plan(profile: parsed, rules: rules, matchYear: nil, today: today, file: "bench.yaml") }
      let json = timed { TerminalText.sanitize(PlanOutput.render(result, profile: parsed, notice: nil, format: .json, width: 100, ascii: false, color: false).text) }
      let gantt = timed { TerminalText.sanitize(PlanOutput.render(result, profile: parsed, notice: nil, format: .gantt, width: 100, ascii: false, color: false).text) }
      let ics = timed { try CalendarText(includeTodos: false, reminderDays: [14, 2], dtstamp: 1_780_000_000).render(result, profile: parsed, previous: nil, previousName: "bench.ics") }
      checksum &+= json.utf8.count &+ gantt.utf8.count &+ ics.utf8.count
      let total = times.reduce(0, +)
      print(
        pad(String(n), 7), pad(format(times[0], decimals: 0), 9), pad(format(times[1], decimals: 0), 9),
        pad(format(times[2], decimals: 0), 9), pad(format(times[3], decimals: 0), 9), pad(format(times[4], decimals: 0), 9),
        pad(format(total, decimals: 0), 9), pad(format(total * 1000 / Double(n), decimals: 1), 9))
    }
    return checksum
  }
}
