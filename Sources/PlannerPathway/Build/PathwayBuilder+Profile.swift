import PlannerCore

extension PathwayBuilder {
  /// The applicant's own tasks, scheduled with the rest.
  mutating func addOwnTasks() {
    let ownIDs = Set(profile.tasks.map(\.id))
    for task in profile.tasks {
      if has(task.id) {
        profileError(line: profile.lines["task:" + task.id], "task id \(ProfileText.quoted(task.id)) is already a planner task; choose another id")
        continue
      }
      for dependency in task.after where !has(dependency) && !ownIDs.contains(dependency) {
        let hint = nearest(dependency, in: Array(taskIDs)).map { "; did you mean '\($0)'?" } ?? ""
        profileError(line: profile.lines["task:" + task.id], "task \(ProfileText.quoted(task.id)) depends on unknown task \(ProfileText.quoted(dependency))\(hint)")
      }
      func mine(_ d: Day?) -> Sourced<Day>? { d.map { Sourced($0, .official, "your profile") } }
      add(id: task.id, task.name, .own, days: task.days, provenance: Provenance(sources: ["your profile"]), categories: ["personal"], notBefore: mine(task.notBefore), fixed: task.fixed, deadline: mine(task.deadline), target: mine(task.target), state: task.fixed.map { $0 < today ? .done : .booked } ?? .planned, usesApplicant: task.blocksStudy)
    }
    // Links after all own tasks exist, so they may depend on each other in any order.
    for task in profile.tasks {
      for dependency in task.after { link(dependency, task.id) }
    }
  }

  mutating func profileError(line: Int?, _ message: String) {
    profileErrors.append((line ?? 1, message))
  }

  /// Marks recorded tasks done on their dates, and everything they needed as done before them.
  mutating func applyDone() {
    let indexByID = taskIndex()
    for (id, day) in profile.done.sorted(by: { $0.key < $1.key }) {
      guard let index = indexByID[id] else {
        let hint = nearest(id, in: Array(taskIDs)).map { "; did you mean '\($0)'?" } ?? ""
        profileError(line: profile.lines["done:" + id], "done: unknown task \(ProfileText.quoted(id))\(hint)")
        continue
      }
      if graph.tasks[index].provenance.categories.contains("exam") {
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
      if !graph.tasks[index].provenance.categories.contains("exam") { graph.tasks[index].duration = 0 }
    }
    settleDoneDates()
  }

  /// Task id → position in the graph (the first task with that id, as `firstIndex` would).
  func taskIndex() -> [String: Int] {
    var index: [String: Int] = [:]
    for (i, t) in graph.tasks.enumerated() where index[t.id] == nil { index[t.id] = i }
    return index
  }

  /// A done task needs a date; one implied by a later step gets the latest date that fits before
  /// its earliest done successor, or ends today when nothing later is known.
  mutating func settleDoneDates() {
    var successors: [String: [Dependency]] = [:]
    var predecessors: [String: [String]] = [:]
    for d in graph.dependencies {
      successors[d.predecessor, default: []].append(d)
      predecessors[d.successor, default: []].append(d.predecessor)
    }
    let indexByID = taskIndex()
    var stack = graph.tasks.filter { $0.state == .done }.map(\.id)
    var doneIDs = Set(stack)
    while let id = stack.popLast() {
      for p in predecessors[id] ?? [] where !doneIDs.contains(p) {
        guard let i = indexByID[p], graph.tasks[i].state == .planned else { continue }
        graph.tasks[i].state = .done
        doneIDs.insert(p)
        stack.append(p)
      }
    }
    // An eligibility period leads nowhere in the graph, but it is over once its exam is done.
    for i in graph.tasks.indices where graph.tasks[i].state == .planned {
      guard let chain = PathwayTasks.task(graph.tasks[i].id)?.chain, chain.part == .window else { continue }
      let exam = PathwayTasks.id(chain.exam, .exam)
      if doneIDs.contains(exam) {
        graph.tasks[i].state = .done
        doneIDs.insert(graph.tasks[i].id)
      }
    }
    // Successors first, so that a chain of implied dates settles in one pass, not one per task.
    let order = successorsFirst(successors: successors, index: indexByID)
    func task(_ id: String) -> PlanTask? { indexByID[id].map { graph.tasks[$0] } }
    for _ in 0..<graph.tasks.count {
      var changed = false
      for i in order where graph.tasks[i].state == .done && graph.tasks[i].fixedStart == nil {
        let t = graph.tasks[i]
        let bounds = (successors[t.id] ?? []).compactMap { d -> Day? in
          guard let s = task(d.successor), let start = s.fixedStart else { return nil }
          return d.kind == .finishToStart ? start - d.lag - t.duration : start - d.lag
        }
        let waiting = (successors[t.id] ?? []).contains { d in task(d.successor).map { $0.state == .done && $0.fixedStart == nil } ?? false }
        if waiting && bounds.isEmpty { continue }
        graph.tasks[i].fixedStart = min(bounds.min() ?? (today - t.duration), today - t.duration)
        graph.tasks[i].dateKnown = false
        graph.tasks[i].provenance.note = "done (date not given)" + (t.provenance.note.isEmpty ? "" : "; " + t.provenance.note)
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
  func successorsFirst(successors: [String: [Dependency]], index: [String: Int]) -> [Int] {
    var pending = [Int](repeating: 0, count: graph.tasks.count)
    for (i, t) in graph.tasks.enumerated() {
      pending[i] = (successors[t.id] ?? []).count { index[$0.successor] != nil }
    }
    var predecessorsOf: [Int: [Int]] = [:]
    for (i, t) in graph.tasks.enumerated() {
      for d in successors[t.id] ?? [] {
        if let s = index[d.successor] { predecessorsOf[s, default: []].append(i) }
      }
    }
    var ready = graph.tasks.indices.filter { pending[$0] == 0 }.reversed() as [Int]
    var order: [Int] = []
    var placed = [Bool](repeating: false, count: graph.tasks.count)
    while let i = ready.popLast() {
      order.append(i)
      placed[i] = true
      for p in predecessorsOf[i] ?? [] {
        pending[p] -= 1
        if pending[p] == 0 { ready.append(p) }
      }
    }
    order += graph.tasks.indices.filter { !placed[$0] }
    return order
  }
}
