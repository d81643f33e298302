public import PlannerCore

/// No one sits two exams on one day (each USMLE Step is a full testing day; OET takes most of
/// one). The January testing break can push two exams that are ready in early January to its
/// first open day; this finds such a pair so that the later one waits for the other.
public enum OneExamADay {
  /// The first two exams still to sit whose days overlap, as (the one that keeps its day, the one
  /// that moves): the movable one moves; of two movable ones, the later in the road's order.
  /// Nil when no two overlap, or when both are booked (the applicant's own bookings stand).
  public static func clash(in schedule: Schedule) -> (keeps: String, moves: String)? {
    let exams = schedule.tasks.indices.filter {
      schedule.tasks[$0].task.kind.contains(.exam) && schedule.tasks[$0].task.state != .done
    }
    for (k, a) in exams.enumerated() {
      for b in exams[(k + 1)...] {
        let x = schedule.tasks[a], y = schedule.tasks[b]
        guard x.start <= y.lastDay && y.start <= x.lastDay else { continue }
        if y.task.fixedStart == nil { return (x.id, y.id) }
        if x.task.fixedStart == nil { return (y.id, x.id) }
      }
    }
    return nil
  }
}
