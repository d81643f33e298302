import PlannerCore
public import PlannerRules

/// The price of a way the road may turn (issue 22, point 2): another attempt at an exam still to
/// pass, an OET re-sit, the unmatched branch (SOAP has no fee of its own; a second season pays
/// ERAS and NRMP again), and each visa route.
public struct CostBranch: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case retake(Exam)
    case oetResit
    case secondSeason
    /// The fees of one visa route; `planned` is the plan's own.
    case visaRoute(VisaTrack, planned: Bool)
  }

  public var kind: Kind
  /// Each fee of the branch, dated where the plan dates its task (else the residency start).
  public var lines: [CostLine]

  public func total(_ payer: FeePayer) -> Money {
    var sum = Money()
    for line in lines where line.payer == payer && line.counts { sum.add(line.amount, line.currency) }
    return sum
  }
}

extension CostPricing {
  func branches() -> [CostBranch] {
    var out: [CostBranch] = []
    let fees = rules.fees
    for exam in [Exam.step1, .step2ck, .step3] {
      let task = PathwayTasks.id(exam, .register)
      // An exam still to pass: its sitting is planned, booked or awaiting its result.
      guard let sitting = plan.schedule.task(Self.examTask(exam)), sitting.task.state != .done || profile.record(exam).pending != nil else { continue }
      let day = sitting.start
      out.append(CostBranch(kind: .retake(exam), lines: fees.fees(for: task).flatMap { priced($0, task: task, date: day, paid: false) }))
    }
    if let sitting = plan.schedule.task(PathwayTask.oetExam.id), sitting.task.state != .done || profile.record(.oet).pending != nil {
      let book = PathwayTask.oetBook.id
      out.append(CostBranch(kind: .oetResit, lines: fees.fees(for: book).flatMap { priced($0, task: book, date: sitting.start, paid: false) }))
    }
    // A second season: the same ERAS and NRMP charges a year after this plan's.
    var season: [CostLine] = []
    for task in [PathwayTask.erasToken.id, PathwayTask.erasSubmit.id, PathwayTask.residencyCASSupport.id, PathwayTask.residencyCASSubmit.id, PathwayTask.nrmpRegister.id, PathwayTask.nrmpRol.id] where plan.schedule.task(task) != nil {
      let day = (plan.schedule.task(task)?.start ?? plan.cycle.residencyStart.value).adding(months: 12)
      season += fees.fees(for: task).filter { !$0.conditions.contains(.lateRegistration) }.flatMap { priced($0, task: task, date: day, paid: false) }
    }
    out.append(CostBranch(kind: .secondSeason, lines: season))
    guard profile.visa != .none else { return out }
    let routes: [(VisaTrack, [String])] = [
      (.j1, [PathwayTask.visaJ1Review.id, PathwayTask.visaJ1Ds2019.id, PathwayTask.visaJ1Interview.id]),
      (.h1b, [PathwayTasks.id(.step3, .register), PathwayTask.visaH1bPetition.id, PathwayTask.visaH1bProcessing.id, PathwayTask.visaH1bStamping.id]),
    ]
    for (track, tasks) in routes {
      var lines: [CostLine] = []
      for task in tasks {
        if task == PathwayTasks.id(.step3, .register) && profile.record(.step3).passed != nil { continue }
        let day = plan.schedule.task(task)?.start ?? plan.cycle.residencyStart.value
        lines += fees.fees(for: task).flatMap { priced($0, task: task, date: day, paid: false) }
      }
      out.append(CostBranch(kind: .visaRoute(track, planned: profile.visa == track), lines: lines))
    }
    return out
  }
}
