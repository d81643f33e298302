public import PlannerCore
import PlannerRules

/// An estimated duration the verdict rests on (issue 21, point 3; FACTS.md §10 "Pathway review
/// and Mini-CEX durations": when a verdict turns on them, say so and give the threshold). It is
/// on the chain to the deciding gate, and somewhere in its range from the pack the year would
/// turn: a year that holds would be lost at the range's high end, a year that fails would be
/// made at its low end. `RestingEstimateTests` checks both sides.
public struct RestingEstimate: Hashable, Sendable {
  /// The lead-time key (`lead_times` and `risk.durations` in the pack): "minicex".
  public var key: String
  public var taskID: String
  /// The plan's figure, and the range `risk` samples it over.
  public var days: Int
  public var low: Int
  public var high: Int
  /// The planned last day of the task.
  public var plannedFinish: Day
  /// The last day it may end for the year to hold, the plan's other dates unchanged.
  public var latestFinish: Day
  /// Days from today to `latestFinish`.
  public var daysFromToday: Int

  /// The estimates on the deciding chain whose range could turn the year, root first. Only
  /// the durations `risk` samples (`RiskRules.sampledKeys`), so the plan and `risk` name the
  /// same ones; a duration from the profile is the applicant's own, not an estimate.
  public static func find(_ r: PlanResult, gate: GateRoom?, path: [String]) -> [RestingEstimate] {
    guard gate != nil else { return [] }
    var out: [RestingEstimate] = []
    for id in path {
      guard let t = r.schedule.task(id), t.task.state == .planned, t.task.fixedStart == nil,
        let key = PathwayTasks.task(id)?.leadTimeKey, RiskRules.sampledKeys.contains(key),
        t.task.provenance.basis != .applicant,
        let lead = r.rules.leadTimes.all.first(where: { $0.key == key }), lead.confidence.isEstimated, t.task.duration == lead.days
      else { continue }
      // The task's own room: the latest day it may end without breaking a hard gate it feeds
      // (its own deadline too: the Mini-CEX forms are due at the Pathways deadline).
      let latest = t.lateLastDay
      let room = latest - t.lastDay
      let turns = room >= 0 ? room < lead.high - lead.days : -room <= lead.days - lead.low
      guard turns, latest >= r.today else { continue }
      out.append(
        RestingEstimate(
          key: key, taskID: id, days: lead.days, low: lead.low, high: lead.high, plannedFinish: t.lastDay, latestFinish: latest,
          daysFromToday: latest - r.today))
    }
    return out
  }
}
