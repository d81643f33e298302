/// A task graph compiled once into flat integer arrays, so that many sampled worlds can be
/// evaluated on it without touching a string or allocating.
///
/// Tasks keep the graph's input order (it breaks ties exactly as `Scheduler` does). A task's
/// duration and a dependency's lag can name a *slot*: an index into the per-world values the
/// caller samples; without one they keep the graph's value. Booked and done tasks are facts.
/// A class of constants, so a caller evaluating many worlds passes one reference: as a struct
/// it was copied (a retain and a release of each array) for every world (`planner-bench risk`).
public final class CompiledGraph: Sendable {
  public let count: Int
  public let ids: [String]
  let baseDuration: [Int32]
  let durationSlot: [Int32]
  let notBefore: [Int]
  @usableFromInline let fixedStart: [Int]
  let deadline: [Int]
  let isDone: [Bool]
  let movableBlock: [Bool]
  /// Each task's start blackouts (empty for a fixed date), as in `Scheduler`.
  let blackouts: [[StartBlackout]]
  let predOffset: [Int32]
  let predNode: [Int32]
  let predLag: [Int32]
  let predLagSlot: [Int32]
  let predStartToStart: [Bool]
  let succOffset: [Int32]
  let succNode: [Int32]
  let ruleOffset: [Int32]
  let rules: [ResolvedRule]
  /// Booked preparation blocks: (start, end, task), by start.
  let reserved: [(start: Int, end: Int, node: Int32)]
  let spans: [(nodes: [Int32], months: Int)]
  let indexByID: [String: Int]
  /// The applicant's days (`TaskGraph.availability`), honoured as `Scheduler` honours them;
  /// nil keeps the evaluator on its plain path (issue 23, point 4).
  let availability: Availability?
  /// Minutes of work (`PlanTask.effort`), or -1: days as given. Always -1 without a calendar.
  let effort: [Int]
  /// The task's start depends on the calendar (`Workspace.shaped`): movable, and it needs the
  /// applicant or is measured in minutes.
  let shaped: [Bool]

  public static let none = Int.min
  static let noDeadline = Int.max

  /// Which task id has which duration slot; which (predecessor, successor) link has which lag slot.
  public struct Slots: Sendable {
    public var durations: [String: Int]
    public var lags: [String: Int]

    public init(durations: [String: Int] = [:], lags: [String: Int] = [:]) {
      self.durations = durations
      self.lags = lags
    }

    /// The key a lag slot is filed under.
    public static func lagKey(_ predecessor: String, _ successor: String) -> String { predecessor + "\u{1F}" + successor }
  }

  /// Compiles `graph`. Rules and spans naming an unknown task are a programming error of the caller.
  public init(graph: TaskGraph, slots: Slots = Slots(), rules: [String: [StartRule]] = [:], spans: [SpanLimit] = []) throws(ScheduleError) {
    let tasks = graph.tasks
    let n = tasks.count
    var index: [String: Int] = [:]
    index.reserveCapacity(n)
    for (i, t) in tasks.enumerated() {
      if index.updateValue(i, forKey: t.id) != nil { throw .duplicateTask(t.id) }
      if t.duration < 0 { throw .negativeDuration(task: t.id, duration: t.duration) }
    }
    count = n
    ids = tasks.map(\.id)
    indexByID = index
    let availability = graph.availability
    self.availability = availability
    let effort = tasks.map { t in availability != nil ? t.effort.map { max(0, $0) } ?? -1 : -1 }
    self.effort = effort
    shaped = tasks.indices.map { availability != nil && tasks[$0].fixedStart == nil && (tasks[$0].needsApplicant || tasks[$0].usesApplicant || effort[$0] >= 0) }
    // A booked block measured in minutes lasts what its own start gives it, as in `Workspace`.
    let days = tasks.indices.map { i -> Int in
      guard let availability, effort[i] >= 0, let start = tasks[i].fixedStart?.ordinal else { return tasks[i].duration }
      return availability.finish(effort: effort[i], from: start) - start
    }
    baseDuration = days.map { Int32($0) }
    durationSlot = tasks.map { t in (t.state == .planned && t.fixedStart == nil) ? Int32(slots.durations[t.id] ?? -1) : -1 }
    notBefore = tasks.map { $0.notBefore?.ordinal ?? Self.none }
    fixedStart = tasks.map { $0.fixedStart?.ordinal ?? Self.none }
    deadline = tasks.map { $0.state == .done ? Self.noDeadline : ($0.deadline?.ordinal ?? Self.noDeadline) }
    isDone = tasks.map { $0.state == .done }
    movableBlock = tasks.map { $0.usesApplicant && $0.fixedStart == nil }
    blackouts = tasks.map(\.movableBlackouts)

    var preds: [[(Int32, Int32, Int32, Bool)]] = Array(repeating: [], count: n)
    var succs: [[Int32]] = Array(repeating: [], count: n)
    for d in graph.dependencies {
      guard let s = index[d.successor] else { throw .unknownSuccessor(task: d.successor, predecessor: d.predecessor) }
      guard let p = index[d.predecessor] else { throw .unknownTask(dependent: d.successor, missing: d.predecessor) }
      if p == s { throw .cycle([d.predecessor]) }
      let slot = Int32(slots.lags[Slots.lagKey(d.predecessor, d.successor)] ?? -1)
      preds[s].append((Int32(p), Int32(d.lag), slot, d.kind == .startToStart))
      succs[p].append(Int32(s))
    }
    var offsets: [Int32] = [0]
    var pn: [Int32] = [], pl: [Int32] = [], ps: [Int32] = [], pss: [Bool] = []
    for list in preds {
      for (node, lag, slot, ss) in list {
        pn.append(node)
        pl.append(lag)
        ps.append(slot)
        pss.append(ss)
      }
      offsets.append(Int32(pn.count))
    }
    predOffset = offsets
    predNode = pn
    predLag = pl
    predLagSlot = ps
    predStartToStart = pss
    var so: [Int32] = [0]
    var sn: [Int32] = []
    for list in succs {
      sn.append(contentsOf: list)
      so.append(Int32(sn.count))
    }
    succOffset = so
    succNode = sn

    func node(_ id: String) -> Int32 {
      guard let i = index[id] else { preconditionFailure("compiled rule names unknown task \(id)") }
      return Int32(i)
    }
    var ro: [Int32] = [0]
    var resolved: [ResolvedRule] = []
    for t in tasks {
      for rule in rules[t.id] ?? [] {
        switch rule {
        case .monthsAfter(let id, let months, let plus):
          resolved.append(.monthsAfter(node: node(id), months: Int32(months), plusDays: Int32(plus)))
        case .annualBlackout(let month, let first, let last, let slot):
          resolved.append(.annualBlackout(month: Int32(month), firstDay: Int32(first), lastDay: Int32(last), slot: Int32(slot ?? -1)))
        case .weekday(let w, let slot):
          resolved.append(.weekday(Int32(w), slot: Int32(slot ?? -1)))
        case .floorWhenStartIn(let id, let from, let to, let floor, let slot):
          resolved.append(.floorWhenStartIn(node: node(id), from: from.ordinal, to: to.ordinal, floor: floor.ordinal, slot: Int32(slot ?? -1)))
        case .within(let id, let days, let penalty):
          resolved.append(.within(node: node(id), days: Int32(days), penalty: Int32(penalty)))
        case .annualFloorWhenStartIn(let id, let from, let to, let floor, let firstYear, let lastYear, let firstSlot):
          resolved.append(.annualFloor(node: node(id), from: Int32(from.month * 100 + from.day), to: Int32(to.month * 100 + to.day), floor: Int32(floor.month * 100 + floor.day), firstYear: Int32(firstYear), lastYear: Int32(lastYear), firstSlot: Int32(firstSlot)))
        }
      }
      ro.append(Int32(resolved.count))
    }
    ruleOffset = ro
    self.rules = resolved
    reserved = (0..<n)
      .filter { tasks[$0].usesApplicant && tasks[$0].fixedStart != nil && days[$0] > 0 }
      .sorted { (tasks[$0].fixedStart!.ordinal, $0) < (tasks[$1].fixedStart!.ordinal, $1) }
      .map { (start: tasks[$0].fixedStart!.ordinal, end: tasks[$0].fixedStart!.ordinal + days[$0], node: Int32($0)) }
    self.spans = spans.map { span in (nodes: span.taskIDs.compactMap { index[$0].map(Int32.init) }, months: span.months) }
  }

  /// Booked or done: its date does not move, whatever its predecessors do. Inlinable, so the
  /// risk simulation's critical-chain walk reads one array element instead of copying the graph.
  @inlinable public func isFixed(_ i: Int) -> Bool { fixedStart[i] != Self.none }

  /// The index of a task, or nil.
  public func index(of id: String) -> Int? { indexByID[id] }
}
