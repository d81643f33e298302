/// Where a task may start on the applicant's days: the one rule `Scheduler` (both passes) and the
/// compiled evaluator (`CompiledGraph.evaluate`, the risk layer's worlds) share, so the plan and
/// `risk` place work on the same days (issue 23, point 4; `CompiledAvailabilityTests`).
extension Availability {
  /// A day that stops a task starting on `start`: for work in minutes (`effort` > 0) the start
  /// itself when it has none, else a closed day among the `days` it runs (the last one, which the
  /// forward walk jumps past, or with `last` false the first, which the backward walk steps before).
  public func conflict(effort: Int, days: Int, start: Int, last: Bool = true) -> Int? {
    if effort > 0 { return minutes(on: start) > 0 ? nil : start }
    let days = max(1, days)
    for k in 0..<days {
      let day = last ? start + days - 1 - k : start + k
      if !isOpen(day) { return day }
    }
    return nil
  }

  /// The first start on or after `ordinal` that neither a start blackout nor the calendar forbids.
  /// Each step moves later, and past the calendar every day is open, so the walk ends.
  public func firstStart(onOrAfter ordinal: Int, effort: Int, days: Int, blackouts: [StartBlackout]) -> Int {
    var s = blackouts.isEmpty ? ordinal : StartBlackout.firstAllowed(onOrAfter: ordinal, in: blackouts)
    while let day = conflict(effort: effort, days: days, start: s) {
      s = day + 1
      if !blackouts.isEmpty { s = StartBlackout.firstAllowed(onOrAfter: s, in: blackouts) }
    }
    return s
  }
}
