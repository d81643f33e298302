import PlannerCore
import PlannerRules

extension PathwayBuilder {
  /// The applicant's own tasks, scheduled with the rest.
  mutating func addOwnTasks() {
    let ownIDs = Set(profile.tasks.map(\.id))
    for task in profile.tasks {
      if has(task.id) {
        profileError(line: profile.lines["task:" + task.id], "task id \(YAMLText.quoted(task.id)) is already a planner task; choose another id")
        continue
      }
      for dependency in task.after where !has(dependency) && !ownIDs.contains(dependency) {
        let hint = didYouMean(dependency)
        profileError(line: profile.lines["task:" + task.id], "task \(YAMLText.quoted(task.id)) depends on unknown task \(YAMLText.quoted(dependency))\(hint)")
      }
      func mine(_ d: Day?) -> Sourced<Day>? { d.map { Sourced($0, .official, "your profile") } }
      add(id: task.id, task.name, .own, days: task.days, provenance: Provenance(sources: ["your profile"], basis: .applicant), kind: .personal, notBefore: mine(task.notBefore), fixed: task.fixed, deadline: mine(task.deadline), target: mine(task.target), state: task.fixed.map { $0 < today ? .done : .booked } ?? .planned, usesApplicant: task.blocksStudy)
    }
    // Links after all own tasks exist, so they may depend on each other in any order.
    for task in profile.tasks {
      for dependency in task.after { link(dependency, task.id) }
    }
  }

  /// "; did you mean 'usce.rotation'?" for the first `hintBudget` unknown ids of a profile, then
  /// nothing: a profile with thousands of misspelt references is answered in bounded time
  /// (issue 26, point 7; BoundedHintsTests), and the first hints show the pattern.
  mutating func didYouMean(_ id: String) -> String {
    guard hintsGiven < Self.hintBudget else { return "" }
    hintsGiven += 1
    return nearest(id, in: Array(indexByID.keys)).map { "; did you mean '\($0)'?" } ?? ""
  }

  static let hintBudget = 20

  mutating func profileError(line: Int?, _ message: String) {
    profileErrors.append((line ?? 1, message))
  }

  /// Marks recorded tasks done on their dates, and everything they needed as done before them.
  mutating func applyDone() {
    for (id, day) in profile.done.sorted(by: { $0.key < $1.key }) {
      guard let index = indexByID[id] else {
        // A task of the road that this pass does not build: the Step 1 retake a lapsed pass
        // needs exists only once the planner replans with the lapse (`ExamTimeLimit`), and
        // `planner record` accepts it from that plan (ConsistencyTests' what-if --fail check).
        if PathwayTasks.task(id) != nil { continue }
        let hint = didYouMean(id)
        profileError(line: profile.lines["done:" + id], "done: unknown task \(YAMLText.quoted(id))\(hint)")
        continue
      }
      if graph.tasks[index].kind.contains(.exam) {
        profileError(line: profile.lines["done:" + id], "done.\(id): exams are recorded as attempts with a result (exams.<exam>.attempts, or `planner record`), not as done")
        continue
      }
      if day > today {
        profileError(line: profile.lines["done:" + id], "done.\(id): '\(day)' is in the future (today is \(today))")
        continue
      }
      // Recorded as done on a day: shown as a milestone on that day, whatever it took.
      graph.tasks[index].state = .done
      graph.tasks[index].fixedStart = day
      if !graph.tasks[index].kind.contains(.exam) { graph.tasks[index].duration = 0 }
    }
    settleDoneDates()
  }

  /// A done task needs a date; one implied by a later step gets the latest date that fits before
  /// its earliest done successor, or ends today when nothing later is known. Works on task
  /// positions, not ids: it runs for every plan of every profile of a caseload.
  mutating func settleDoneDates() {
    guard graph.tasks.contains(where: { $0.state == .done }) else { return }
    let count = graph.tasks.count
    // Links between tasks of the graph, by position; a link naming a missing task is the
    // scheduler's to report.
    var successors = [[SuccessorLink]](repeating: [], count: count)
    var predecessors = [[Int]](repeating: [], count: count)
    for d in graph.dependencies {
      guard let p = indexByID[d.predecessor], let s = indexByID[d.successor] else { continue }
      successors[p].append(SuccessorLink(task: s, lag: d.lag, finishToStart: d.kind == .finishToStart))
      predecessors[s].append(p)
    }
    var isDone = graph.tasks.map { $0.state == .done }
    var stack = isDone.indices.filter { isDone[$0] }
    while let i = stack.popLast() {
      for p in predecessors[i] where !isDone[p] && graph.tasks[p].state == .planned {
        graph.tasks[p].state = .done
        isDone[p] = true
        stack.append(p)
      }
    }
    // An eligibility period leads nowhere in the graph, but it is over once its exam is done.
    for i in graph.tasks.indices where graph.tasks[i].state == .planned {
      guard let chain = PathwayTasks.task(graph.tasks[i].id)?.chain, chain.part == .window,
        let exam = indexByID[PathwayTasks.id(chain.exam, .exam)], isDone[exam]
      else { continue }
      graph.tasks[i].state = .done
      isDone[i] = true
    }
    // Successors first, so that a chain of implied dates settles in one pass, not one per task.
    let order = successorsFirst(successors, predecessors: predecessors)
    for _ in 0..<count {
      var changed = false
      for i in order where graph.tasks[i].state == .done && graph.tasks[i].fixedStart == nil {
        let duration = graph.tasks[i].duration
        var bound: Day?
        var waiting = false
        for link in successors[i] {
          if let start = graph.tasks[link.task].fixedStart {
            let b = link.finishToStart ? start - link.lag - duration : start - link.lag
            bound = min(bound ?? b, b)
          } else if graph.tasks[link.task].state == .done {
            waiting = true
          }
        }
        if waiting && bound == nil { continue }
        graph.tasks[i].fixedStart = min(bound ?? (today - duration), today - duration)
        graph.tasks[i].dateKnown = false
        let note = graph.tasks[i].provenance.note
        graph.tasks[i].provenance.note = "done (date not given)" + (note.isEmpty ? "" : "; " + note)
        changed = true
      }
      if !changed { break }
    }
    for i in graph.tasks.indices where graph.tasks[i].state == .done && graph.tasks[i].fixedStart == nil {
      graph.tasks[i].fixedStart = today - graph.tasks[i].duration
      graph.tasks[i].dateKnown = false
    }
  }

  /// Task positions with every task after all of its successors (reverse topological order);
  /// tasks on a dependency cycle, which the scheduler reports, come last in graph order.
  func successorsFirst(_ successors: [[SuccessorLink]], predecessors predecessorsOf: [[Int]]) -> [Int] {
    var pending = successors.map(\.count)
    var ready = pending.indices.filter { pending[$0] == 0 }.reversed() as [Int]
    var order: [Int] = []
    order.reserveCapacity(successors.count)
    var placed = [Bool](repeating: false, count: successors.count)
    while let i = ready.popLast() {
      order.append(i)
      placed[i] = true
      for p in predecessorsOf[i] {
        pending[p] -= 1
        if pending[p] == 0 { ready.append(p) }
      }
    }
    order += successors.indices.filter { !placed[$0] }
    return order
  }
}

/// A link to a successor by position, without the ids (settling dates reads only these).
struct SuccessorLink {
  var task: Int
  var lag: Int
  var finishToStart: Bool
}
