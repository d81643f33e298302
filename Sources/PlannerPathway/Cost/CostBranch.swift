public import PlannerCore
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
    /// A USMLE eligibility period extended by its one contiguous 3 months (`fees.eligibility_extension`,
    /// FEES.md row 7), and a change of testing region (`fees.region_change`, row 8). A plan never
    /// extends a period or changes a region (it books within the period it plans), so these are
    /// conditional lines with no date, priced only while a USMLE sitting is still to come. The one
    /// need a plan shows: Step 3 planned after its period ends, when the extension is dated there.
    case eligibilityExtension(step3PeriodEnds: Day?)
    case regionChange
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
    // The second season needs a Pathway that serves its Match: a season-S Pathway serves S and
    // S+1 (`pathways.serves_matches`, FACTS.md §9); if the plan's does not serve the next Match, a
    // Revalidation or a new application pays again (FEES.md row 10), when the next season opens.
    if let served = pathwaySeason(), !rules.pathways.serves(season: served).contains(plan.matchYear + 1) {
      let task = PathwayTask.pathwayApply.id
      let day = rules.cycle(plan.matchYear + 1)?.pathwaysOpens?.value ?? (plan.schedule.task(task)?.start ?? plan.today).adding(months: 12)
      season += fees.fees(for: task).flatMap { priced($0, task: task, date: day, paid: false) }
    }
    out.append(CostBranch(kind: .secondSeason, lines: season))
    out += requests()
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

extension CostPricing {
  /// The Pathways season the plan's clinical-skills route rests on: the application it makes
  /// (`PlanResult.pathwaySeason`, else the target season), else the one the profile holds; nil
  /// when the plan needs no Pathway (a legacy Step 2 CS pass).
  func pathwaySeason() -> Int? {
    if let apply = plan.schedule.task(PathwayTask.pathwayApply.id), apply.task.state != .done {
      return plan.pathwaySeason ?? plan.matchYear
    }
    if let season = profile.pathwaySeason { return season }
    if let applied = profile.pathwayApplied { return PathwayBuilder.season(of: applied) }
    if let accepted = profile.pathwayAccepted { return PathwayBuilder.season(ofAcceptance: accepted) }
    return plan.schedule.task(PathwayTask.pathwayApply.id) != nil ? (plan.pathwaySeason ?? plan.matchYear) : nil
  }

  /// The on-request USMLE charges (FEES.md rows 7 and 8): undated, since no plan asks for them.
  func requests() -> [CostBranch] {
    func toSit(_ exam: Exam) -> Bool {
      guard let sitting = plan.schedule.task(Self.examTask(exam)) else { return false }
      return sitting.task.state != .done
    }
    let fees = rules.fees
    var out: [CostBranch] = []
    if [Exam.step1, .step2ck, .step3].contains(where: toSit) {
      let event = FeeSchedule.extensionEvent
      // The one case a plan shows the need: Step 3 planned after its eligibility period ends
      // (`ScheduleFindings`, step3.outside-period: "ask FSMB for an extension"), dated at its end.
      var day: Day?
      if let exam = plan.schedule.task(Self.examTask(.step3)), exam.task.state == .planned, let window = plan.schedule.task(PathwayTasks.id(.step3, .window)), exam.start > window.lastDay {
        day = window.lastDay
      }
      out.append(CostBranch(kind: .eligibilityExtension(step3PeriodEnds: day), lines: fees.fees(for: event).flatMap { priced($0, task: event, date: day, paid: false) }))
    }
    // Step 3 is given in the US only (`fees.step3`), so only Step 1 and Step 2 CK sittings abroad change region.
    if options.abroad && [Exam.step1, .step2ck].contains(where: toSit) {
      let event = FeeSchedule.regionChangeEvent
      out.append(CostBranch(kind: .regionChange, lines: fees.fees(for: event).flatMap { priced($0, task: event, date: nil, paid: false) }))
    }
    return out
  }
}
