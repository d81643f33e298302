import PlannerCore
import PlannerRules

extension PathwayBuilder {
  /// A `what-if` scenario's assumptions (`Profile.assumed`), applied to the built graph before it
  /// is scheduled, so the planner's own passes (the seven-year limit, one exam a day, the year
  /// search) see them as they see any profile fact. `WhatIfEquivalenceTests` checks the result
  /// equals planning the modified applicant.
  mutating func applyAssumed() {
    let assumed = profile.assumed
    guard !assumed.isEmpty else { return }
    for task in assumed.keptStudy where !has(task.id) {
      indexByID[task.id] = graph.tasks.count
      graph.add(task)
    }
    for (exam, day) in assumed.failures.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      // A failure is known only when the result is out: the retake's preparation waits for it.
      let known = day + profile.days(exam == .oet ? "oet_result" : "usmle_result", rules.leadTimes)
      for id in [PathwayTasks.id(exam, .prep), PathwayTasks.id(exam, .exam)] {
        guard let i = indexByID[id], graph.tasks[i].fixedStart == nil else { continue }
        graph.tasks[i].notBefore = max(graph.tasks[i].notBefore ?? known, known)
      }
      // The failed sitting itself is still ahead: booked, not done.
      if day > today, let i = graph.tasks.firstIndex(where: { PathwayTasks.pastSitting($0.id) == exam && $0.fixedStart == day }) {
        graph.tasks[i].state = .booked
        graph.tasks[i].name += " (what if)"
      }
    }
    for (id, day) in assumed.startNoEarlierThan.sorted(by: { $0.key < $1.key }) {
      guard let i = indexByID[id] else { continue }
      graph.tasks[i].notBefore = day
    }
    for (id, day) in assumed.startOn.sorted(by: { $0.key < $1.key }) {
      guard let i = indexByID[id] else { continue }
      graph.tasks[i].fixedStart = day
    }
    // Why each task moved, a slipped exam's new booking included.
    for (id, note) in assumed.notes.sorted(by: { $0.key < $1.key }) {
      guard let i = indexByID[id] else { continue }
      graph.tasks[i].provenance.note = note
    }
  }
}
