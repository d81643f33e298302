import PlannerCore
import Testing

/// Invariants checked on hundreds of seeded random graphs. A failure names its seed:
/// `RandomGraph(seed:)` rebuilds the exact graph.
@Suite struct PropertyTests {
  static let seeds: [UInt64] = Array(1...400)

  private func scheduled(_ r: RandomGraph) -> Schedule? {
    do {
      return try Scheduler.schedule(r.graph, today: t0)
    } catch {
      Issue.record("seed \(r.seed): \(error)")
      return nil
    }
  }

  @Test func earlyStartsEqualTheLongestPathReference() {
    for seed in Self.seeds {
      let r = RandomGraph(seed: seed)
      guard let s = scheduled(r) else { continue }
      let reference = r.referenceEarlyStarts(today: t0)
      for t in s.tasks {
        #expect(t.earlyStart.ordinal == reference[t.id], "seed \(seed) task \(t.id)")
        #expect(t.earlyFinish - t.earlyStart == t.task.duration, "seed \(seed) task \(t.id)")
      }
      #expect(s.projectFinish == max(t0, s.tasks.map(\.earlyFinish).max() ?? t0), "seed \(seed)")
    }
  }

  @Test func floatsAreNonNegativeExactlyWhenNothingIsViolated() {
    var infeasible = 0
    for seed in Self.seeds {
      let r = RandomGraph(seed: seed)
      guard let s = scheduled(r) else { continue }
      // Violations recomputed independently: a last day after an inclusive deadline.
      let late = s.tasks.filter { t in t.task.deadline.map { t.earlyFinish > t.finishBound($0) } ?? false }
      #expect(s.violations.map(\.taskID).sorted() == late.map(\.id).sorted(), "seed \(seed)")
      for v in s.violations {
        #expect(v.kind == .deadline && v.daysOver > 0, "seed \(seed) task \(v.taskID)")
      }
      if s.isFeasible {
        for t in s.tasks {
          #expect(t.totalFloat >= 0 && t.freeFloat >= 0, "seed \(seed) task \(t.id)")
        }
      } else {
        infeasible += 1
        #expect(s.tasks.contains { $0.totalFloat < 0 }, "seed \(seed)")
        #expect(s.minTotalFloat < 0, "seed \(seed)")
      }
    }
    // Both branches must actually be exercised by the seeds.
    #expect(infeasible > 20 && infeasible < Self.seeds.count - 20, "\(infeasible) infeasible")
  }

  @Test func floatsAreConsistent() {
    for seed in Self.seeds {
      let r = RandomGraph(seed: seed)
      guard let s = scheduled(r) else { continue }
      #expect(s.minTotalFloat == s.tasks.map(\.totalFloat).min(), "seed \(seed)")
      for t in s.tasks {
        #expect(t.totalFloat == t.lateStart - t.earlyStart, "seed \(seed) task \(t.id)")
        #expect(t.lateFinish - t.lateStart == t.task.duration, "seed \(seed) task \(t.id)")
        #expect(t.freeFloat <= t.totalFloat, "seed \(seed) task \(t.id)")
        #expect(t.critical == (t.totalFloat == s.minTotalFloat), "seed \(seed) task \(t.id)")
        if let deadline = t.task.deadline {
          #expect(t.lateFinish <= t.finishBound(deadline), "seed \(seed) task \(t.id)")
        }
      }
    }
  }

  @Test func lateDatesSatisfyEveryDependency() {
    for seed in Self.seeds {
      let r = RandomGraph(seed: seed)
      guard let s = scheduled(r) else { continue }
      for d in r.graph.dependencies {
        let p = s.task(d.predecessor)!
        let succ = s.task(d.successor)!
        let bound = (d.kind == .finishToStart ? p.lateFinish : p.lateStart) + d.lag
        #expect(succ.lateStart >= bound, "seed \(seed) link \(d.predecessor) → \(d.successor)")
      }
      // And they are the latest such dates: each late finish is the tightest of its deadline
      // and its successors' needs, or the plan's end when nothing bounds it.
      for t in s.tasks {
        var limits = t.task.deadline.map { [t.finishBound($0)] } ?? []
        for d in r.graph.dependencies where d.predecessor == t.id {
          let succ = s.task(d.successor)!
          limits.append(d.kind == .finishToStart ? succ.lateStart - d.lag : succ.lateStart - d.lag + t.task.duration)
        }
        #expect(t.lateFinish == (limits.min() ?? s.projectFinish), "seed \(seed) task \(t.id)")
      }
    }
  }

  @Test func criticalPathIsATightChainOfLeastFloatTasks() {
    for seed in Self.seeds {
      let r = RandomGraph(seed: seed)
      guard let s = scheduled(r) else { continue }
      #expect(!s.criticalPath.isEmpty, "seed \(seed)")
      for id in s.criticalPath {
        #expect(s.task(id)?.totalFloat == s.minTotalFloat, "seed \(seed) task \(id)")
      }
      for (a, b) in zip(s.criticalPath, s.criticalPath.dropFirst()) {
        let tight = r.graph.dependencies.contains {
          $0.predecessor == a && $0.successor == b && s.bound($0) == s.task(b)!.earlyStart
        }
        #expect(tight, "seed \(seed): \(a) → \(b) is not a tight link")
      }
      // The path starts where nothing before it is tight: today, a window or a lagged start.
      if let first = s.criticalPath.first {
        let startsTight = r.graph.dependencies.contains {
          $0.successor == first && s.bound($0) == s.task(first)!.earlyStart
            && s.task($0.predecessor)!.totalFloat == s.minTotalFloat
        }
        #expect(!startsTight, "seed \(seed): path could extend before \(first)")
      }
    }
  }

  @Test func sameGraphInAnyInputOrderGivesTheSameDates() throws {
    for seed in Self.seeds.prefix(100) {
      let r = RandomGraph(seed: seed)
      guard let s = scheduled(r) else { continue }
      var rng = SplitMix64(seed: seed ^ 0xABCD)
      let shuffled = TaskGraph(
        tasks: r.graph.tasks.shuffled(using: &rng), dependencies: r.graph.dependencies.shuffled(using: &rng))
      let again = try Scheduler.schedule(shuffled, today: t0)
      for t in s.tasks {
        let u = again.task(t.id)!
        #expect(
          [u.earlyStart, u.earlyFinish, u.lateStart, u.lateFinish] == [t.earlyStart, t.earlyFinish, t.lateStart, t.lateFinish],
          "seed \(seed) task \(t.id)")
        #expect(u.freeFloat == t.freeFloat, "seed \(seed) task \(t.id)")
      }
      #expect(again.violations.map(\.taskID).sorted() == s.violations.map(\.taskID).sorted(), "seed \(seed)")
    }
  }
}
