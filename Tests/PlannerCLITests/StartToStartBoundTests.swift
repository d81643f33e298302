import PlannerCore
import PlannerPathway
import Testing

/// ConsistencyViews.hardGates(finishBound:) drops a gate only where a start-to-start link carries
/// it (Step 2 CK preparation → its registration, PathwayBuilder+Exams): the link bounds the
/// predecessor's start, so the gate still bounds the link's successor and the predecessor's start.
struct StartToStartBoundTests {
  @Test func aGateDroppedForItsFinishStillBoundsItsStart() {
    var dropped = 0
    for c in ConsistencyCaseload.cases {
      let r = c.result
      let every = ConsistencyViews.hardGates(r)
      let finish = ConsistencyViews.hardGates(r, finishBound: true)
      let startLinks = r.graph.dependencies.filter { $0.kind == .startToStart }
      for t in r.schedule.tasks {
        let all = Set((every[t.id] ?? []).map(\.0))
        let kept = Set((finish[t.id] ?? []).map(\.0))
        #expect(kept.isSubset(of: all), "\(c): \(t.id) gained a gate")
        for gate in all.subtracting(kept) {
          dropped += 1
          // Only the predecessor of a start-to-start link loses a gate, and a successor keeps it.
          let successors = startLinks.filter { $0.predecessor == t.id }.map(\.successor)
          #expect(successors.contains { s in s == gate || (finish[s] ?? []).contains { $0.0 == gate } },
                  "\(c): \(t.id) lost \(gate) though no start-to-start successor carries it")
          // Its start stays bound: it can start no later than the successor's latest start.
          let day = (every[t.id] ?? []).first { $0.0 == gate }!.1
          #expect(t.lateStart <= day, "\(c): \(t.id) may start \(t.lateStart), after \(gate) (\(day))")
        }
      }
    }
    // The caseload has such links (the test would prove nothing without them).
    #expect(dropped > 0)
  }
}
