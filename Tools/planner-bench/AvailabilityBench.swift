import PlannerCore

/// The "availability" rows (issue 23): the scheduler's seeded graphs (`makeGraph`) planned as
/// they are and on the applicant's days: a calendar over the whole plan (3 hours on weekdays, 8 on
/// weekends, 3 % of days away), preparation blocks in minutes, a tenth of the other tasks needing
/// the applicant there. The cost per task should stay flat as the graphs grow (linear).
enum AvailabilityBench {
  static func withCalendar(_ plain: TaskGraph, today: Day, finish: Day, seed: UInt64) -> TaskGraph {
    var rng = SplitMix64(seed: seed)
    var g = plain
    let days = max(1, finish - today + 1)
    var minutes: [Int] = []
    var closed: [Bool] = []
    minutes.reserveCapacity(days)
    closed.reserveCapacity(days)
    for k in 0..<days {
      minutes.append((today + k).isoWeekday <= 5 ? 180 : 480)
      closed.append(Double.random(in: 0..<1, using: &rng) < 0.03)
    }
    g.availability = Availability(fullDay: 300, first: today, minutes: minutes, closed: closed)
    for i in g.tasks.indices {
      if g.tasks[i].usesApplicant && g.tasks[i].fixedStart == nil && g.tasks[i].duration > 0 {
        g.tasks[i].effort = g.tasks[i].duration * 300
      } else if Double.random(in: 0..<1, using: &rng) < 0.1 {
        g.tasks[i].needsApplicant = true
      }
    }
    return g
  }

  static func run(clock: ContinuousClock, today: Day) -> Int {
    var checksum = 0
    print("")
    print(pad("tasks", 8), pad("calendar", 9), pad("runs", 5), pad("best ms", 10), pad("median ms", 10), pad("tasks/s", 12), pad("µs/task", 9))
    for (n, runs) in [(1_000, 21), (10_000, 11), (100_000, 5)] {
      let plain = makeGraph(tasks: n, seed: UInt64(n), bookedShare: 0.005)
      guard let first = try? Scheduler.schedule(plain, today: today) else { fatalError("benchmark graph failed to schedule") }
      let timed = withCalendar(plain, today: today, finish: first.projectFinish + 365, seed: UInt64(n))
      for (label, graph) in [("no", plain), ("yes", timed)] {
        var times: [Double] = []
        for _ in 0..<runs {
          var schedule: Schedule?
          times.append(milliseconds(clock.measure { schedule = try? Scheduler.schedule(graph, today: today) }))
          guard let schedule else { fatalError("benchmark graph failed to schedule") }
          checksum &+= schedule.projectFinish.ordinal
        }
        times.sort()
        let median = times[times.count / 2]
        print(
          pad(String(n), 8), pad(label, 9), pad(String(runs), 5), pad(format(times[0], decimals: 2), 10), pad(format(median, decimals: 2), 10),
          pad(String(Int(Double(n) / (median / 1000) + 0.5)), 12), pad(format(median * 1000 / Double(n), decimals: 2), 9))
      }
    }
    return checksum
  }
}
