import PlannerCore
import PlannerPathway
import PlannerRules

/// What each run leaves behind, indexed by run.
struct RunRecords: Sendable {
  var outcome: [Int16]
  /// bit 0 ready for the target year, bit 1 Step 2 CK visible in time, bit 2 visa by July 1.
  var flags: [UInt8]
  /// runs × milestones day ordinals (Int32.max: never reached in that world).
  var milestoneDays: [Int32]
  /// Per report key: runs in which it was on the deciding chain.
  var critical: [Int]
  /// runs × uncertain exams: attempts failed before the pass (every attempt but one when all
  /// fail), for the cost of the retakes drawn (`RiskCost`).
  var extraAttempts: [UInt8] = []
}

/// One worker's state: its compiled graphs, buffers and counters. Evaluating a world after
/// warm-up allocates nothing.
final class RiskWorker {
  let model: RiskModel
  let flat: SlotTable.Flat
  let workspace = EvaluationWorkspace(capacity: 256)
  /// Compiled worlds, found by (year index, shape code) through `lookup`.
  var store: [CompiledWorld] = []
  var lookup: [Int: Int] = [:]
  var slots: UnsafeMutableBufferPointer<Int32>
  var failures: [Int]
  var mark: [Int]
  var stamp = 0

  init(model: RiskModel) {
    self.model = model
    flat = model.slots.flat
    slots = .allocate(capacity: max(1, model.slots.count))
    slots.initialize(repeating: 0)
    failures = Array(repeating: 0, count: model.uncertain.count)
    mark = Array(repeating: -1, count: model.keys.count)
  }

  deinit { slots.deallocate() }

  /// The compiled world for year `years[yearIndex]` and the current shape (from the year's
  /// lapsed plan when `lapsed`), or -1.
  func world(yearIndex: Int, code: Int, lapsed: Bool = false) -> Int {
    let key = (yearIndex &* 2 &+ (lapsed ? 1 : 0)) &* 1_000_000 &+ code
    if let hit = lookup[key] { return hit }
    guard let built = model.compile(year: model.years[yearIndex], failures: failures, lapsed: lapsed) else {
      lookup[key] = -1
      return -1
    }
    store.append(built)
    lookup[key] = store.count - 1
    return store.count - 1
  }

  /// Draws run `run`'s world; returns the shape code, or nil when an exam runs out of attempts.
  func draw(run: Int, seed: UInt64) -> Int? {
    var rng = SplitMix64.stream(seed: seed, run: run)
    flat.sample(into: slots, rng: &rng)
    var code = 0
    var exhausted = false
    for k in 0..<model.slots.passSlots.count {
      var first = -1
      for (n, slot) in model.slots.passSlots[k].enumerated() where slots[slot] != 0 {
        first = n
        break
      }
      // Every attempt fails: the end of the road, unless only a lapsed plan needs this exam.
      // The other exams are still read, so that every run's retakes are known (`extraAttempts`).
      if first < 0 && !model.uncertain[k].afterLapseOnly { exhausted = true }
      failures[k] = first
      code = code * 8 + (first < 0 ? 7 : first)
    }
    return exhausted ? nil : code
  }

  func evaluate(_ w: Int) -> Evaluation {
    store[w].graph.evaluate(slots: UnsafeBufferPointer(slots), today: model.today.ordinal, in: workspace)
  }

  /// Year `y` in this world: its plan, or, when the world's dates lapse a pass under the
  /// seven-year limit, the plan the planner makes after the lapse (`CycleGraphs.lapsed`). The
  /// workspace holds the world returned. Nil when the year has no graph.
  func evaluateYear(_ y: Int, code: Int) -> (world: Int, evaluation: Evaluation, blocked: Bool)? {
    let w = world(yearIndex: y, code: code)
    guard w >= 0 else { return nil }
    var ev = evaluate(w)
    guard store[w].breaksTimeLimit(workspace) else { return (w, ev, model.yearBlocked[y]) }
    let l = world(yearIndex: y, code: code, lapsed: true)
    guard l >= 0 else {
      // The lapsed plan needs an exam with no attempt left: this year cannot be met.
      ev.feasible = false
      return (w, ev, model.yearBlocked[y])
    }
    return (l, evaluate(l), model.yearLapsedBlocked[y])
  }

  func simulate(_ range: Range<Int>, seed: UInt64) -> RunRecords {
    let m = model.milestoneIDs.count
    var records = RunRecords(
      outcome: Array(repeating: 0, count: range.count), flags: Array(repeating: 0, count: range.count),
      milestoneDays: Array(repeating: Int32.max, count: range.count * m), critical: Array(repeating: 0, count: model.keys.count),
      extraAttempts: Array(repeating: 0, count: range.count * model.uncertain.count))
    let years = model.years
    guard let target = years.firstIndex(of: model.targetYear) else { return records }
    for run in range {
      let r = run - range.lowerBound
      let drawn = draw(run: run, seed: seed)
      let u = model.uncertain.count
      for k in 0..<u {
        // Only an exam the plan sits: one that a lapsed plan alone needs, and passes, costs nothing more here.
        let failed = failures[k] < 0 ? (model.uncertain[k].afterLapseOnly ? 0 : model.uncertain[k].maxAttempts - 1) : failures[k]
        records.extraAttempts[r * u + k] = UInt8(clamping: failed)
      }
      guard let code = drawn else { continue }
      var targetDone = false
      for y in 0..<years.count {
        if model.yearBlocked[y] && model.yearLapsedBlocked[y] && y != target { continue }
        guard let (w, ev, blocked) = evaluateYear(y, code: code) else { continue }
        let ok = ev.feasible && !blocked
        if y == target {
          record(w, ev, ok: ok, year: y, into: &records, at: r, milestones: m)
          targetDone = true
        }
        if ok {
          records.outcome[r] = Int16(years[y])
          break
        }
      }
      if !targetDone, let (w, ev, blocked) = evaluateYear(target, code: code) {
        record(w, ev, ok: ev.feasible && !blocked, year: target, into: &records, at: r, milestones: m)
      }
    }
    return records
  }

  func record(_ w: Int, _ ev: Evaluation, ok: Bool, year y: Int, into records: inout RunRecords, at r: Int, milestones m: Int) {
    let ws = workspace
    var flags: UInt8 = ok ? 1 : 0
    let ck = Int(store[w].ckResult)
    if ck < 0 || ws.start(ck) <= model.yearReview[y] { flags |= 2 }
    let visa = Int(store[w].visaEnd)
    if visa < 0 || ws.finish(visa) <= model.yearStart[y] { flags |= 4 }
    records.flags[r] = flags
    for k in 0..<m {
      let node = Int(store[w].milestones[k])
      guard node >= 0 else { continue }
      let s = ws.start(node), f = ws.finish(node)
      records.milestoneDays[r * m + k] = Int32(f == s ? s : f - 1)
    }
    stamp += 1
    var node = ev.bindingNode
    var steps = 0
    let count = store[w].graph.count
    while node >= 0 && steps < count {
      let key = Int(store[w].key[node])
      if key >= 0 && mark[key] != stamp {
        mark[key] = stamp
        records.critical[key] += 1
      }
      // A booked or fixed date is not moved by what comes before it: the chain ends there,
      // unless that date is itself what broke (its predecessors came too late).
      if steps > 0 && store[w].graph.isFixed(node) { break }
      node = ws.driver(of: node)
      steps += 1
    }
  }
}

public enum RiskSimulation {
  /// Runs `options.runs` worlds in `options.workers` parallel child tasks and gathers them
  /// by run index, so the numbers are the same for any worker count.
  static func run(_ model: RiskModel, options: RiskRun) async -> RunRecords {
    let workers = min(options.workers, max(1, options.runs))
    let parts = await withTaskGroup(of: (Int, RunRecords).self) { group in
      for w in 0..<workers {
        let range = (options.runs * w / workers)..<(options.runs * (w + 1) / workers)
        group.addTask { (w, RiskWorker(model: model).simulate(range, seed: options.seed)) }
      }
      var parts: [(Int, RunRecords)] = []
      for await part in group { parts.append(part) }
      return parts.sorted { $0.0 < $1.0 }.map(\.1)
    }
    var all = RunRecords(outcome: [], flags: [], milestoneDays: [], critical: Array(repeating: 0, count: model.keys.count))
    for part in parts {
      all.extraAttempts += part.extraAttempts
      all.outcome += part.outcome
      all.flags += part.flags
      all.milestoneDays += part.milestoneDays
      for k in all.critical.indices { all.critical[k] += part.critical[k] }
    }
    return all
  }
}
