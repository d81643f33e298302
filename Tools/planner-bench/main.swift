// Scheduler benchmark: `swift run -c release planner-bench`.
//
// Seeded random DAGs of 1,000 / 10,000 / 100,000 tasks (about 2.5 links each, preparation
// blocks for the applicant, bookings, windows and deadlines), each scheduled several times,
// plus a booking-heavy 100,000-task graph; then the whole `planner plan` pipeline (Pipeline.swift)
// the risk simulation's worlds per second on the bundled examples (RiskBench.swift), and
// `planner cohort` on 10,000 generated profiles (CohortBench.swift).
// The seed is fixed so every run measures the same graphs.
import PlannerCore
import PlannerRules

func makeGraph(tasks n: Int, seed: UInt64, bookedShare: Double) -> TaskGraph {
  var rng = SplitMix64(seed: seed)
  let today = Day(iso: "2026-01-05")!
  var tasks: [PlanTask] = []
  var links: [Dependency] = []
  tasks.reserveCapacity(n)
  links.reserveCapacity(n * 3)
  for i in 0..<n {
    let roll = Double.random(in: 0..<1, using: &rng)
    var t = PlanTask(id: "t\(i)", name: "task \(i)", duration: roll < 0.1 ? 0 : Int.random(in: 1...30, using: &rng))
    // Applicant blocks: 10 % movable, some booked on a fixed date spread over the plan.
    if roll >= 0.1 && roll < 0.2 { t.usesApplicant = true }
    if roll >= 0.2 && roll < 0.2 + bookedShare {
      t.usesApplicant = true
      t.fixedStart = today + Int.random(in: 0...(n * 2), using: &rng)
      t.state = .booked
    }
    if Double.random(in: 0..<1, using: &rng) < 0.1 { t.notBefore = today + Int.random(in: 0...365, using: &rng) }
    if Double.random(in: 0..<1, using: &rng) < 0.05 { t.deadline = today + Int.random(in: 30...(n * 3), using: &rng) }
    tasks.append(t)
    guard i > 0 else { continue }
    // Predecessors from a recent window keep chains long, as real plans are.
    for _ in 0..<Int.random(in: 1...4, using: &rng) {
      let p = Int.random(in: max(0, i - 200)..<i, using: &rng)
      links.append(
        Dependency(
          "t\(p)", "t\(i)", lag: Int.random(in: -5...20, using: &rng),
          kind: Double.random(in: 0..<1, using: &rng) < 0.8 ? .finishToStart : .startToStart))
    }
  }
  return TaskGraph(tasks: tasks, dependencies: links)
}

func pad(_ s: String, _ width: Int) -> String {
  s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
}

func milliseconds(_ d: Duration) -> Double {
  let c = d.components
  return Double(c.seconds) * 1000 + Double(c.attoseconds) / 1e15
}

/// Fixed-point text without Foundation (values here are never negative).
func format(_ value: Double, decimals: Int) -> String {
  var scale = 1
  for _ in 0..<decimals { scale *= 10 }
  let units = Int(value * Double(scale) + 0.5)
  if decimals == 0 { return String(units) }
  let fraction = String(units % scale)
  return "\(units / scale)." + String(repeating: "0", count: decimals - fraction.count) + fraction
}

let clock = ContinuousClock()
let today = Day(iso: "2026-01-05")!
var checksum = 0
// `planner-bench cohort [PROFILES [JOBS [plan-only]]]` runs the cohort rows alone;
// `planner-bench scheduler` (with the availability rows), `planner-bench availability`,
// `planner-bench pipeline` and `planner-bench risk` run those rows
// alone (for profiling).
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "risk" {
  await RiskBench.run()
} else if arguments.first == "pipeline" {
  print("checksum \(PipelineBench.run(clock: clock))")
} else if arguments.first == "availability" {
  print("checksum \(AvailabilityBench.run(clock: clock, today: today))")
} else if arguments.first == "cohort" {
  await CohortBench.run(clock: clock, profiles: arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000, jobs: arguments.dropFirst(2).first.flatMap { Int($0) }, withRisk: arguments.dropFirst(3).first != "plan-only")
} else {
  print(
    pad("tasks", 8), pad("booked", 7), pad("deps", 9), pad("runs", 5), pad("best ms", 10), pad("median ms", 10), pad("tasks/s", 12),
    pad("violations", 11))
  // The last row books 5 % of tasks on fixed dates: it guards the cost of working around bookings.
  for (n, runs, booked) in [(1_000, 21, 0.005), (10_000, 11, 0.005), (100_000, 7, 0.005), (100_000, 7, 0.05)] {
    let graph = makeGraph(tasks: n, seed: UInt64(n), bookedShare: booked)
    var times: [Double] = []
    var violations = 0
    for _ in 0..<runs {
      var schedule: Schedule?
      let elapsed = clock.measure {
        do {
          schedule = try Scheduler.schedule(graph, today: today)
        } catch {
          fatalError("benchmark graph failed to schedule: \(error)")
        }
      }
      times.append(milliseconds(elapsed))
      // Using the result keeps the optimiser from discarding the work.
      checksum &+= schedule!.projectFinish.ordinal &+ schedule!.criticalPath.count
      violations = schedule!.violations.count
    }
    times.sort()
    let median = times[times.count / 2]
    print(
      pad(String(n), 8), pad(String(graph.tasks.count { $0.fixedStart != nil }), 7),
      pad(String(graph.dependencies.count), 9), pad(String(runs), 5),
      pad(format(times[0], decimals: 2), 10), pad(format(median, decimals: 2), 10),
      pad(String(Int(Double(n) / (median / 1000) + 0.5)), 12), pad(String(violations), 11))
  }
  checksum &+= AvailabilityBench.run(clock: clock, today: today)
  if arguments.first != "scheduler" {
    checksum &+= PipelineBench.run(clock: clock)
    print("checksum \(checksum)")
    await RiskBench.run()
    await CohortBench.run(clock: clock)
  }
}
