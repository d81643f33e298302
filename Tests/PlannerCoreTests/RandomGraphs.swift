import PlannerCore

/// Seeded random task graphs and an independent reference for their early dates.
struct RandomGraph {
  var graph: TaskGraph
  var seed: UInt64

  struct Options {
    var maxTasks = 60
    /// Share of tasks that need the applicant (preparation blocks).
    var applicantShare = 0.0
    /// How many booked applicant blocks to add; they never overlap one another.
    var bookedBlocks = 0
    /// Share of tasks given one or two annual start blackouts (windows within one month).
    var blackoutShare = 0.0
  }

  /// Links always run from a lower to a higher generation index, so the graph is acyclic;
  /// the task list is then shuffled so input order does not mirror the topology.
  init(seed: UInt64, options: Options = Options()) {
    self.seed = seed
    var rng = SplitMix64(seed: seed)
    let n = Int.random(in: 1...options.maxTasks, using: &rng)
    var tasks: [PlanTask] = []
    var links: [Dependency] = []
    for i in 0..<n {
      let duration = Double.random(in: 0..<1, using: &rng) < 0.15 ? 0 : Int.random(in: 1...30, using: &rng)
      var t = task(
        "t\(i)", duration, applicant: Double.random(in: 0..<1, using: &rng) < options.applicantShare,
        notBefore: Bool.random(using: &rng) ? nil : Int.random(in: -10...80, using: &rng))
      if Double.random(in: 0..<1, using: &rng) < 0.2 { t.deadline = day(Int.random(in: 0...200, using: &rng)) }
      if Double.random(in: 0..<1, using: &rng) < 0.1 { t.target = day(Int.random(in: 0...200, using: &rng)) }
      tasks.append(t)
      guard i > 0 else { continue }
      for _ in 0..<Int.random(in: 0...3, using: &rng) {
        let p = Int.random(in: 0..<i, using: &rng)
        links.append(
          Dependency(
            "t\(p)", "t\(i)", lag: Int.random(in: -5...20, using: &rng),
            kind: Bool.random(using: &rng) ? .finishToStart : .startToStart))
      }
    }
    for k in 0..<options.bookedBlocks {
      // Windows 40 days apart with blocks of at most 20 days keep bookings disjoint.
      let start = 40 * k + Int.random(in: 0...10, using: &rng)
      tasks.append(task("booked\(k)", Int.random(in: 1...20, using: &rng), applicant: true, fixed: start, state: .booked))
      if n > 1, Bool.random(using: &rng) {
        links.append(Dependency("booked\(k)", "t\(Int.random(in: 0..<n, using: &rng))", lag: Int.random(in: 0...5, using: &rng)))
      }
    }
    tasks.shuffle(using: &rng)
    // Drawn last, so graphs without blackouts stay what they were for every seed.
    if options.blackoutShare > 0 {
      for i in tasks.indices where Double.random(in: 0..<1, using: &rng) < options.blackoutShare {
        for _ in 0..<Int.random(in: 1...2, using: &rng) {
          // t0 is 2026-01-05 and dates run to about t0 + 300: windows in the months they cross.
          let month = [12, 1, 2, 3, 4, 5, 6, 7, 8, 9].randomElement(using: &rng)!
          let first = Int.random(in: 1...25, using: &rng)
          let last = min(28, first + Int.random(in: 0...14, using: &rng))
          tasks[i].startBlackouts.append(StartBlackout(month: month, firstDay: first, lastDay: last))
        }
      }
    }
    graph = TaskGraph(tasks: tasks, dependencies: links)
  }

  /// Early starts by relaxing every link until nothing changes (Bellman-Ford for longest
  /// paths). Valid only without applicant serialisation; fixed tasks keep their date.
  func referenceEarlyStarts(today: Day) -> [String: Int] {
    var es: [String: Int] = [:]
    var duration: [String: Int] = [:]
    for t in graph.tasks {
      duration[t.id] = t.duration
      es[t.id] = t.fixedStart?.ordinal ?? max(today.ordinal, t.notBefore?.ordinal ?? Int.min)
    }
    let fixed = Set(graph.tasks.filter { $0.fixedStart != nil }.map(\.id))
    var changed = true
    var rounds = 0
    while changed {
      changed = false
      rounds += 1
      precondition(rounds <= graph.tasks.count + 1, "relaxation did not converge: the graph has a cycle")
      for d in graph.dependencies where !fixed.contains(d.successor) {
        let bound = es[d.predecessor]! + d.lag + (d.kind == .finishToStart ? duration[d.predecessor]! : 0)
        if bound > es[d.successor]! {
          es[d.successor] = bound
          changed = true
        }
      }
    }
    return es
  }
}

extension ScheduledTask {
  /// The exclusive finish a deadline or target allows, recomputed here rather than borrowed.
  func finishBound(_ last: Day) -> Day { task.duration == 0 ? last : last + 1 }
}

extension Schedule {
  /// The earliest start a link allows its successor, from this schedule's early dates.
  func bound(_ d: Dependency) -> Day {
    let p = task(d.predecessor)!
    return (d.kind == .finishToStart ? p.earlyFinish : p.earlyStart) + d.lag
  }
}
