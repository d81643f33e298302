/// The `Schedule` assembled from the passes: floats, violations, target misses, the critical
/// path and the binding constraint named once.
extension Workspace {
  func result(today: Day, safe: (start: [Int], limit: [Limit])) -> Schedule {
    let n = tasks.count
    var totalFloat = (0..<n).map { ls[$0] - es[$0] }
    // A booked date its prerequisites cannot reach is late by that much, whatever room lies after it.
    for i in 0..<n where fixedTooEarlyBy[i] > 0 { totalFloat[i] = min(totalFloat[i], -fixedTooEarlyBy[i]) }
    let movable = (0..<n).filter { tasks[$0].state == .planned && tasks[$0].fixedStart == nil }
    let pool = movable.isEmpty ? Array(0..<n) : movable
    let minFloat = pool.map { totalFloat[$0] }.min() ?? 0

    var scheduled: [ScheduledTask] = []
    scheduled.reserveCapacity(n)
    for i in 0..<n {
      // A task in minutes shows the days its early dates took (`Workspace.span`).
      var task = tasks[i]
      task.duration = duration[i]
      let targetFloat = safe.start[i] - es[i]
      // The safe start is the tighter of the two passes, and never more room than the total
      // float (a booked date its prerequisites cannot reach is that late, and names itself).
      var safeStart = min(safe.start[i], ls[i])
      var safeLimit = safe.start[i] < ls[i] ? safe.limit[i] : limit[i]
      if es[i] + totalFloat[i] < safeStart {
        safeStart = es[i] + totalFloat[i]
        safeLimit = Limit(kind: .fixedDate, task: Int32(i), day: es[i])
      }
      scheduled.append(
        ScheduledTask(
          task: task, earlyStart: Day(ordinal: es[i]), earlyFinish: Day(ordinal: ef[i]),
          lateStart: Day(ordinal: ls[i]), lateFinish: Day(ordinal: lf[i]),
          totalFloat: totalFloat[i], freeFloat: min(freeFloat(i), totalFloat[i]),
          targetFloat: targetFloat < totalFloat[i] && tasks[i].state != .done ? targetFloat : nil,
          lateLimit: lateLimit(limit[i]), safeStart: Day(ordinal: safeStart), safeLimit: lateLimit(safeLimit),
          critical: isCritical(i, totalFloat: totalFloat[i], minFloat: minFloat), driver: driver[i]))
    }

    var found = violations
    for i in 0..<n {
      // Done is history: a deadline or target it missed is no longer something to plan around.
      if tasks[i].state != .done, let deadline = tasks[i].deadline, ef[i] > scheduled[i].task.finishBound(forLastDay: deadline) {
        found.append(
          ConstraintViolation(kind: .deadline, taskID: tasks[i].id, limit: deadline, actual: scheduled[i].lastDay))
      }
    }
    found.sort { ($0.limit, $0.taskID, $0.kind.rawValue) < ($1.limit, $1.taskID, $1.kind.rawValue) }
    var misses: [TargetMiss] = []
    for i in 0..<n {
      if tasks[i].state != .done, let target = tasks[i].target, ef[i] > scheduled[i].task.finishBound(forLastDay: target) {
        misses.append(TargetMiss(taskID: tasks[i].id, target: target, lastDay: scheduled[i].lastDay))
      }
    }

    let (path, binding) = criticalPath(pool: pool, totalFloat: totalFloat, minFloat: minFloat)
    return Schedule(
      today: today, tasks: scheduled, indexByID: indexByID, projectFinish: Day(ordinal: projectFinish), minTotalFloat: minFloat,
      criticalPath: path.map { tasks[$0].id }, binding: binding, violations: found, targetMisses: misses,
      applicantSequence: applicantSequence.map { tasks[$0].id })
  }
}
