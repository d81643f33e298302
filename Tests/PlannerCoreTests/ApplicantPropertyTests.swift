import PlannerCore
import Testing

/// Random graphs with preparation blocks and bookings: serialisation must never break
/// a dependency or double-book the applicant.
@Suite struct ApplicantPropertyTests {
  static let seeds: [UInt64] = Array(1001...1300)

  private func graph(_ seed: UInt64) -> RandomGraph {
    RandomGraph(seed: seed, options: .init(applicantShare: 0.4, bookedBlocks: Int(seed % 4)))
  }

  @Test func applicantBlocksNeverOverlap() throws {
    for seed in Self.seeds {
      let r = graph(seed)
      let s = try Scheduler.schedule(r.graph, today: t0)
      let blocks = s.tasks.filter { $0.task.usesApplicant && $0.task.duration > 0 }.sorted { $0.earlyStart < $1.earlyStart }
      for (a, b) in zip(blocks, blocks.dropFirst()) {
        #expect(a.earlyFinish <= b.earlyStart, "seed \(seed): \(a.id) overlaps \(b.id)")
      }
      // The reported sequence is every block, in time order.
      #expect(s.applicantSequence == blocks.map(\.id), "seed \(seed)")
    }
  }

  @Test func dependenciesAndWindowsStillHold() throws {
    for seed in Self.seeds {
      let r = graph(seed)
      let s = try Scheduler.schedule(r.graph, today: t0)
      for d in r.graph.dependencies {
        let succ = s.task(d.successor)!
        // A booked date may come too early; that is reported as a violation, not moved.
        if succ.task.fixedStart != nil {
          let tooEarly = s.violations.contains { $0.kind == .fixedTooEarly && $0.taskID == succ.id }
          #expect(succ.earlyStart >= s.bound(d) || tooEarly, "seed \(seed) link \(d.predecessor) → \(d.successor)")
        } else {
          #expect(succ.earlyStart >= s.bound(d), "seed \(seed) link \(d.predecessor) → \(d.successor)")
        }
      }
      for t in s.tasks where t.task.fixedStart == nil {
        #expect(t.earlyStart >= max(t0, t.task.notBefore ?? t0), "seed \(seed) task \(t.id)")
      }
      for t in s.tasks {
        if let fixed = t.task.fixedStart { #expect(t.earlyStart == fixed, "seed \(seed) task \(t.id)") }
      }
    }
  }

  @Test func withoutApplicantConflictsDatesMatchTheReference() throws {
    // Serialisation only ever delays blocks; anything else still starts at its reference
    // date computed from the scheduled predecessors.
    for seed in Self.seeds {
      let r = graph(seed)
      let s = try Scheduler.schedule(r.graph, today: t0)
      for t in s.tasks where !(t.task.usesApplicant && t.task.duration > 0) && t.task.fixedStart == nil {
        let bounds = r.graph.dependencies.filter { $0.successor == t.id }.map { s.bound($0) }
        let expected = ([t0, t.task.notBefore ?? t0] + bounds).max()!
        #expect(t.earlyStart == expected, "seed \(seed) task \(t.id)")
      }
    }
  }

  @Test func feasibleSchedulesHaveNoNegativeFloat() throws {
    var feasible = 0
    for seed in Self.seeds {
      let r = graph(seed)
      let s = try Scheduler.schedule(r.graph, today: t0)
      guard s.isFeasible else { continue }
      feasible += 1
      for t in s.tasks where t.task.fixedStart == nil {
        #expect(t.totalFloat >= 0, "seed \(seed) task \(t.id)")
      }
    }
    #expect(feasible > 20, "only \(feasible) feasible graphs")
  }
}
