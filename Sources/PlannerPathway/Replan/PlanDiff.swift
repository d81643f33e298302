public import PlannerCore
import PlannerRules

/// What changed between a saved plan and a new one, and whether the Match year still holds.
public struct PlanDiff: Sendable {
  public struct Move: Hashable, Sendable {
    public var id: String
    public var name: String
    /// nil for a task done on a day nobody gave.
    public var from: Day?
    public var to: Day?
    public var fromStatus: TaskStatus
    public var toStatus: TaskStatus
    public var fromFloat: Int
    public var toFloat: Int
    /// nil when either end has no date.
    public var days: Int? { from.flatMap { f in to.map { $0 - f } } }
  }

  /// The milestones people plan their lives around, in the order of the road.
  public static let milestones = [
    "step1.exam", "step1.result", "step2ck.exam", "step2ck.result", "oet.exam", "oet.result", "pathway.review",
    "ecfmg.verified", "ecfmg.certificate", "step3.exam", "step3.result", "eras.submit", "residencycas.submit", "interviews", "match.day",
    "visa.j1.son", "visa.j1.ds2019", "visa.j1.interview", "visa.h1b.petition", "visa.h1b.stamping", "residency.start",
  ]

  public var before: PlanSnapshot
  public var after: PlanResult
  /// Milestones whose last day or status changed.
  public var moved: [Move]
  /// The other tasks whose last day moved, in plan order (`--all` lists them).
  public var others: [Move]
  public var otherMoved: Int { others.count }
  public var added: [PlanSnapshot.Task]
  public var removed: [PlanSnapshot.Task]

  public init(before: PlanSnapshot, after: PlanResult) {
    self.before = before
    self.after = after
    let now = PlanSnapshot(after)
    var moved: [Move] = []
    var others: [Move] = []
    for new in now.tasks {
      guard let old = before.task(new.id), old.finish != new.finish || old.status != new.status else { continue }
      let move = Move(id: new.id, name: new.name, from: old.finish, to: new.finish, fromStatus: old.status, toStatus: new.status, fromFloat: old.totalFloat, toFloat: new.totalFloat)
      if Self.milestones.contains(new.id) {
        moved.append(move)
      } else {
        others.append(move)
      }
    }
    self.moved = moved.sorted { (Self.milestones.firstIndex(of: $0.id) ?? 0) < (Self.milestones.firstIndex(of: $1.id) ?? 0) }
    self.others = others
    added = now.tasks.filter { before.task($0.id) == nil }
    removed = before.tasks.filter { now.task($0.id) == nil }
  }

  /// The requested Match year is still met (on track or at risk: `Verdict.holds`).
  public var holds: Bool { after.verdict.holds }
}
