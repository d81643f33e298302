/// The applicant's days in both passes of `Scheduler` (issue 23): a task that needs the applicant
/// starts only where it may (`firstStart`, `lastStart`), and a task measured in minutes lasts as
/// long as its days take (`span`). Both are walks that only move one way, so the early and late
/// dates stay exact (`AvailabilityPropertyTests` checks them against a day-by-day oracle).
extension Workspace {
  /// The task's days depend on the calendar: it is movable and needs the applicant or has an effort.
  func shaped(_ i: Int) -> Bool { availability != nil && fixed[i] == Self.noDay && (attends[i] || effort[i] >= 0) }

  /// Its duration depends on where it starts.
  func variable(_ i: Int) -> Bool { availability != nil && effort[i] >= 0 && fixed[i] == Self.noDay }

  /// Days task `i` lasts when it starts on `start`.
  func span(_ i: Int, from start: Int) -> Int {
    guard variable(i), let availability else { return duration[i] }
    return availability.finish(effort: effort[i], from: start) - start
  }

  /// The exclusive finish a successor's late start allows task `i` through a link of `kind`.
  func lateFinish(_ i: Int, successorStart start: Int, kind: Dependency.Kind) -> Int {
    kind == .finishToStart ? start : start + span(i, from: start)
  }

  /// Whether task `i` may start on `start` as far as the calendar goes: work in minutes on a day
  /// with some, anything else on days the applicant is there for all of it.
  func fits(_ i: Int, _ start: Int) -> Bool { conflict(i, start) == nil }

  /// A day that stops task `i` starting on `start` (`Availability.conflict`).
  private func conflict(_ i: Int, _ start: Int, last: Bool = true) -> Int? {
    availability?.conflict(effort: effort[i], days: duration[i], start: start, last: last)
  }

  /// The first start on or after `ordinal` that neither a start blackout nor the calendar forbids.
  func firstStart(_ i: Int, onOrAfter ordinal: Int) -> Int {
    guard shaped(i), let availability else {
      return blackedOut[i] ? StartBlackout.firstAllowed(onOrAfter: ordinal, in: tasks[i].startBlackouts) : ordinal
    }
    return availability.firstStart(onOrAfter: ordinal, effort: effort[i], days: duration[i], blackouts: blackedOut[i] ? tasks[i].startBlackouts : [])
  }

  /// The last start on or before `ordinal` that neither a start blackout nor the calendar forbids.
  func lastStart(_ i: Int, onOrBefore ordinal: Int) -> Int {
    var s = blackedOut[i] ? StartBlackout.lastAllowed(onOrBefore: ordinal, in: tasks[i].startBlackouts) : ordinal
    guard shaped(i) else { return s }
    while let day = conflict(i, s, last: false) {
      s = effort[i] > 0 ? day - 1 : day - max(1, duration[i])
      if blackedOut[i] { s = StartBlackout.lastAllowed(onOrBefore: s, in: tasks[i].startBlackouts) }
    }
    return s
  }

  /// The latest start of task `i` that finishes by `finish` and starts by `startBound`, before
  /// blackouts and the calendar: for work in minutes, where the minutes back from `finish` add up.
  func latestStart(_ i: Int, finishingBy finish: Int, startingBy startBound: Int) -> Int {
    guard variable(i), let availability else { return min(startBound, finish - duration[i]) }
    return min(startBound, availability.latestStart(effort: effort[i], finishingBy: finish))
  }

  /// Why an early start moved from `candidate` to `start`: the blackout when it alone gives that day.
  func moveDriver(_ i: Int, from candidate: Int, to start: Int) -> StartDriver {
    let byBlackout = blackedOut[i] && StartBlackout.firstAllowed(onOrAfter: candidate, in: tasks[i].startBlackouts) == start
    return byBlackout || !shaped(i) ? .blackout(Day(ordinal: start)) : .unavailable(Day(ordinal: start))
  }
}
