import PlannerCore
import PlannerPathway
import PlannerRules

/// Rewrites a plan's graph for a world in which an exam fails `failures` times before it
/// passes: the first attempt keeps its preparation and application, each failure adds a
/// retake chain (preparation → new application and eligibility period → exam → result), and
/// the passing attempt keeps the original exam and result ids, so everything after the result
/// (ECFMG verification, the Pathway, your own tasks after it) waits for the pass, while what
/// follows the sitting itself follows the first sitting.
struct RetakeExpansion {
  var graph: TaskGraph
  /// Exam task id → the ids of every simulated attempt's exam and result, in order.
  var attempts: [String: [(exam: String, result: String, register: String?)]] = [:]

  init(_ graph: TaskGraph) { self.graph = graph }

  static func examID(_ key: String, _ attempt: Int, final: Bool) -> String { final ? "\(key).exam" : "\(key).exam@\(attempt)" }
  static func resultID(_ key: String, _ attempt: Int, final: Bool) -> String { final ? "\(key).result" : "\(key).result@\(attempt)" }

  /// `first` is the overall number of the first simulated attempt (past attempts come before).
  /// `blackouts`: the days no retake may start on (the plan's `ExamRules.testingBreaks` for a
  /// USMLE Step, the same start blackouts the builder gives a planned sitting).
  mutating func expand(_ exam: Exam, failures: Int, first: Int, retakeStudy: Int, application: Int, window: Int, bookingLead: Int, blackouts: [StartBlackout] = []) {
    let key = exam.rawValue
    let examID = "\(key).exam", resultID = "\(key).result"
    guard let examIndex = graph.tasks.firstIndex(where: { $0.id == examID }),
      let resultIndex = graph.tasks.firstIndex(where: { $0.id == resultID })
    else { return }
    let firstRegister = graph.tasks.contains { $0.id == "\(key).register" } ? "\(key).register" : nil
    guard failures > 0 else {
      attempts[key] = [(examID, resultID, firstRegister)]
      return
    }
    let original = graph.tasks[examIndex]
    let originalResult = graph.tasks[resultIndex]
    let resultLink = graph.dependencies.first { $0.predecessor == examID && $0.successor == resultID }
    let firstExam = Self.examID(key, first, final: false)
    let firstResult = Self.resultID(key, first, final: false)
    // The first attempt: renamed, and only its own chain points at it.
    graph.tasks[examIndex].id = firstExam
    graph.tasks[examIndex].name = original.name + " (fails in this world)"
    graph.tasks[resultIndex].id = firstResult
    graph.tasks[resultIndex].target = nil
    // What comes after the sitting (your own task `after: [step2ck.exam]`, the result) follows
    // the first sitting: a failure does not undo it. Only what needs the pass, the result's
    // successors, waits for the passing attempt below.
    for i in graph.dependencies.indices {
      let d = graph.dependencies[i]
      if d.successor == examID { graph.dependencies[i].successor = firstExam }
      if d.predecessor == examID { graph.dependencies[i].predecessor = firstExam }
      if d.predecessor == examID && d.successor == resultID { graph.dependencies[i].successor = firstResult }
    }
    var chain = [(exam: firstExam, result: firstResult, register: firstRegister)]
    var added: [PlanTask] = []
    var links: [Dependency] = []
    var previous = firstResult
    let isOET = exam == .oet
    for n in 1...failures {
      let attempt = first + n
      let final = n == failures
      let prep = "\(key).prep@\(attempt)"
      let e = Self.examID(key, attempt, final: final)
      let r = Self.resultID(key, attempt, final: final)
      var examTask = PlanTask(id: e, name: "\(exam.title) attempt \(attempt)", group: original.group, duration: max(1, original.duration), provenance: original.provenance)
      examTask.kind = .exam
      examTask.startBlackouts = blackouts
      var prepTask = PlanTask(id: prep, name: "\(exam.title) retake preparation (attempt \(attempt))", group: original.group, duration: retakeStudy, usesApplicant: retakeStudy > 0)
      if let availability = graph.availability {
        // On the applicant's days, as the plan builds a retake (`PathwayBuilder.applyAvailability`):
        // the sitting needs them there, the study lasts its hours at the calendar's capacity.
        examTask.needsApplicant = true
        if retakeStudy > 0 { prepTask.effort = retakeStudy * availability.fullDay }
      }
      added.append(prepTask)
      links.append(Dependency(previous, prep))
      var register: String?
      if isOET {
        let book = "\(key).book@\(attempt)"
        added.append(PlanTask(id: book, name: "Book OET Medicine (attempt \(attempt))", group: original.group))
        links.append(Dependency(previous, book))
        links.append(Dependency(prep, e))
        links.append(Dependency(book, e, lag: bookingLead))
      } else {
        let reg = "\(key).register@\(attempt)"
        let win = "\(key).window@\(attempt)"
        register = reg
        added.append(PlanTask(id: reg, name: "Apply for \(exam.title) (attempt \(attempt))", group: original.group, duration: application))
        added.append(PlanTask(id: win, name: "\(exam.title) eligibility period (attempt \(attempt))", group: original.group, duration: window))
        links.append(Dependency(previous, reg))
        // As in the plan: the application goes in while studying, so the permit is in hand when
        // preparation ends (the spacing floors below may still hold it back).
        links.append(Dependency(prep, reg, kind: .startToStart))
        links.append(Dependency(reg, win))
        links.append(Dependency(prep, e))
        links.append(Dependency(reg, e))
      }
      added.append(examTask)
      var resultTask = originalResult
      resultTask.id = r
      resultTask.name = final ? originalResult.name : "\(exam.title) result (attempt \(attempt))"
      if !final { resultTask.target = nil }
      added.append(resultTask)
      links.append(Dependency(e, r, lag: resultLink?.lag ?? 0, kind: .startToStart))
      chain.append((e, r, register))
      previous = r
    }
    graph.tasks.insert(contentsOf: added, at: resultIndex + 1)
    graph.dependencies.append(contentsOf: links)
    attempts[key] = chain
  }
}
