import PlannerCore
import PlannerPathway
import PlannerRules

/// One exam whose outcome the simulation draws: attempts already used, and where its
/// simulated attempts start.
struct UncertainExam: Sendable {
  var exam: Exam
  /// Overall number of the first simulated attempt (1 when nothing was taken yet).
  var firstAttempt: Int
  /// How many attempts the simulation may draw (the attempt limit left, or the OET cap).
  var maxAttempts: Int
  /// Dates of attempts taken before the first simulated one (any result).
  var pastDates: [Day]
  /// Planned only once a pass lapses under the seven-year limit (a Step passed before): its
  /// attempts matter only in worlds that take the lapsed plan (`CycleGraphs.lapsed`).
  var afterLapseOnly: Bool
  var usmle: Bool { exam != .oet }
}

/// A plan's graph for one Match year, compiled for one world shape (how many times each
/// uncertain exam fails before it passes), with what the simulation reads back from it.
/// A class of constants, so a worker reads its worlds in place for every run rather than copying
/// one out of its `store` (`planner-bench risk`).
final class CompiledWorld: Sendable {
  let graph: CompiledGraph
  /// Node → index in the model's report keys.
  let key: [Int32]
  /// Milestone → node (-1: not in this plan).
  let milestones: [Int32]
  let ckResult: Int32
  let visaEnd: Int32
  /// Every simulated attempt's exam node, per uncertain exam, in order.
  let attemptNodes: [[Int32]]
  /// The expanded graph it was compiled from (for checks, never read while simulating).
  let source: TaskGraph
  /// The passing sittings of the Steps still needed under the seven-year limit, and the limit's
  /// last day (Int.max: no limit runs, or this is already the lapsed plan). A world that starts
  /// one of them later takes the lapsed plan instead, as `ExamTimeLimit.nextLapse` does.
  let limitNodes: [Int32]
  let limitLastDay: Int

  init(
    graph: CompiledGraph, key: [Int32], milestones: [Int32], ckResult: Int32, visaEnd: Int32, attemptNodes: [[Int32]], source: TaskGraph,
    limitNodes: [Int32], limitLastDay: Int
  ) {
    self.graph = graph
    self.key = key
    self.milestones = milestones
    self.ckResult = ckResult
    self.visaEnd = visaEnd
    self.attemptNodes = attemptNodes
    self.source = source
    self.limitNodes = limitNodes
    self.limitLastDay = limitLastDay
  }

  /// Whether this world's dates lapse a pass under the seven-year limit.
  func breaksTimeLimit(_ ws: EvaluationWorkspace) -> Bool {
    limitNodes.contains { $0 >= 0 && ws.start(Int($0)) > limitLastDay }
  }
}

/// One Match year's graphs as the planner makes them (`CycleGraphs`), with what the simulation
/// needs to know of them.
struct RiskBase: Sendable {
  var graph: TaskGraph
  var blocked: Bool
  var cycle: CycleRules
  /// The plan once the seven-year limit lapses the first counting pass, and its verdict.
  var lapsed: TaskGraph?
  var lapsedBlocked: Bool
  var limitLastDay: Day?
  var limitExams: [Exam]
}

/// The compiled side of a risk simulation: base graphs per Match year, the slot table the
/// sampler fills, and compilation of a (year, shape) into a `CompiledWorld`.
public struct RiskModel: Sendable {
  let profile: Profile
  let pack: RulesPack
  let today: Day
  let inputs: RiskInputs
  let years: [Int]
  let targetYear: Int
  let bases: [Int: RiskBase]
  let uncertain: [UncertainExam]
  let slots: SlotTable
  /// Report keys: task ids (and "<exam>.retake" for every retake chain), with names.
  let keys: [String]
  let keyNames: [String]
  let keyIndex: [String: Int]
  public static let milestoneIDs = ["step1.result", "step2ck.result", "step3.result", "oet.result", "pathway.review", "ecfmg.verified", "ecfmg.certificate", "visa.j1.interview", "visa.h1b.stamping"]
  let milestoneIDs: [String]
  /// Per year of `years`: blocked by a finding, when programs start reviewing, residency start.
  let yearBlocked: [Bool]
  /// The same for the year's lapsed plan.
  let yearLapsedBlocked: [Bool]
  let yearReview: [Int]
  let yearStart: [Int]

  init(profile: Profile, pack: RulesPack, today: Day, targetYear: Int, firstYear: Int, inputs: RiskInputs) {
    self.profile = profile
    self.pack = pack
    self.today = today
    self.targetYear = targetYear
    var inputs = inputs
    let last = pack.supportedYears.upperBound
    // Checked ranges: a first or target year past the pack's last (a recorded Match after it, a
    // far `--today`) leaves no year to simulate rather than a reversed range (issue 26, point 1).
    let firstSimulated = min(firstYear, targetYear)
    years = firstSimulated <= last ? Array(firstSimulated...last) : []
    // The planner's own graphs (one-exam-a-day links, the seven-year limit's lapses, the
    // eligibility findings), so the simulation varies the plan rather than a second build of it.
    var bases: [Int: RiskBase] = [:]
    for y in years {
      guard let cycle = pack.cycle(y) else { continue }
      if let graphs = CycleGraphs(profile: profile, cycle: cycle, rules: pack, today: today) {
        bases[y] = RiskBase(
          graph: graphs.plan.graph, blocked: graphs.plan.findings.contains { $0.severity == .blocker }, cycle: cycle,
          lapsed: graphs.lapsed?.graph, lapsedBlocked: graphs.lapsed?.findings.contains { $0.severity == .blocker } ?? true,
          limitLastDay: graphs.limitLastDay, limitExams: graphs.limitExams)
      } else {
        let built = PathwayBuilder.build(profile: profile, cycle: cycle, rules: pack, today: today)
        bases[y] = RiskBase(graph: built.graph, blocked: true, cycle: cycle, lapsed: nil, lapsedBlocked: true, limitLastDay: nil, limitExams: [])
      }
    }
    self.bases = bases
    let target = bases[targetYear]?.graph ?? TaskGraph()
    let targetLapsed = bases[targetYear]?.lapsed
    var uncertain: [UncertainExam] = []
    for exam in Exam.allCases {
      func planned(_ g: TaskGraph?) -> Bool {
        guard let g, let result = g.task("\(exam.rawValue).result"), result.state == .planned, g.task("\(exam.rawValue).exam") != nil else { return false }
        return true
      }
      let afterLapseOnly = !planned(target) && planned(targetLapsed)
      guard planned(target) || afterLapseOnly, let examTask = (afterLapseOnly ? targetLapsed : target)?.task("\(exam.rawValue).exam") else { continue }
      let record = profile.record(exam)
      let pending = examTask.state == .done
      // A lapsed pass is an attempt like any other for the spacing and the attempt limit.
      var past = record.attempts.filter { $0.result != .pass || afterLapseOnly }.map(\.date)
      if pending, let p = record.pending { past.removeAll { $0 == p.date } }
      let first = past.count + 1
      let limit = exam == .oet ? first + inputs.rules.oetSittingsSimulated.value - 1 : pack.exam.attemptLimit.value
      if first <= limit { uncertain.append(UncertainExam(exam: exam, firstAttempt: first, maxAttempts: limit - first + 1, pastDates: past.sorted(), afterLapseOnly: afterLapseOnly)) }
    }
    self.uncertain = uncertain
    let present = RiskRules.sampledKeys.filter { key in
      target.tasks.contains { $0.state == .planned && $0.fixedStart == nil && Self.durationTask[key] == $0.id }
    }
    inputs.describe(profile: profile, pack: pack, exams: uncertain.map(\.exam), sampledKeys: present)
    self.inputs = inputs
    slots = SlotTable(uncertain: uncertain, inputs: inputs, profile: profile, pack: pack, sampledKeys: present, years: min(today.year - 1, last + 1)...(last + 1), cycles: years)
    var keys: [String] = []
    var names: [String] = []
    var index: [String: Int] = [:]
    for y in years {
      for t in (bases[y]?.graph.tasks ?? []) + (bases[y]?.lapsed?.tasks ?? []) where index[t.id] == nil {
        index[t.id] = keys.count
        keys.append(t.id)
        names.append(t.name)
      }
    }
    for u in uncertain {
      index["\(u.exam.rawValue).retake"] = keys.count
      keys.append("\(u.exam.rawValue).retake")
      names.append("\(u.exam.title) retakes (preparation, application, exam, result)")
    }
    self.keys = keys
    keyNames = names
    keyIndex = index
    yearBlocked = years.map { bases[$0]?.blocked ?? true }
    yearLapsedBlocked = years.map { bases[$0]?.lapsedBlocked ?? true }
    yearReview = years.map { bases[$0]?.cycle.erasProgramsReview.value.ordinal ?? 0 }
    yearStart = years.map { bases[$0]?.cycle.residencyStart.value.ordinal ?? 0 }
    milestoneIDs = Self.milestoneIDs.filter { id in target.task(id).map { $0.state == .planned } ?? false }
  }

  /// Lead-time key → the task whose duration it is.
  static let durationTask = [
    "credentials": "credentials.verify", "pathway_application": "pathway.apply", "minicex": "pathway.minicex", "pathway_review": "pathway.review", "statement_of_need": "visa.j1.son",
    "j1_review": "visa.j1.review", "consular": "visa.j1.interview",
  ]

  /// Compiles year `year` for a world where uncertain exam k fails `failures[k]` times (-1: every
  /// attempt fails), from the year's plan or, with `lapsed`, its lapsed plan. Nil when there is
  /// no such graph, or an exam the lapsed plan needs has no attempt left.
  func compile(year: Int, failures: [Int], lapsed: Bool = false) -> CompiledWorld? {
    guard let base = bases[year], let source = lapsed ? base.lapsed : base.graph else { return nil }
    if lapsed, uncertain.indices.contains(where: { failures[$0] < 0 }) { return nil }
    var expansion = RetakeExpansion(source)
    for (k, u) in uncertain.enumerated() where failures[k] >= 0 && (lapsed || !u.afterLapseOnly) {
      expansion.expand(u.exam, failures: failures[k], first: u.firstAttempt, retakeStudy: u.usmle ? profile.days("retake_study", pack.leadTimes) : inputs.rules.oetRetakeStudy.value, application: profile.days(u.exam == .step3 ? "step3_application" : "usmle_application", pack.leadTimes), window: profile.days("eligibility_window", pack.leadTimes), bookingLead: profile.days("oet_booking", pack.leadTimes), blackouts: u.usmle ? pack.exam.testingBreaks : [])
    }
    var graph = expansion.graph
    var rules: [String: [StartRule]] = [:]
    var durationSlots: [String: Int] = [:]
    var lagSlots: [String: Int] = [:]
    for (key, id) in Self.durationTask {
      if let slot = slots.index["dur:\(key)"] ?? slots.index["dur:\(key):\(year)"] { durationSlots[id] = slot }
    }
    let r = inputs.rules
    let lead = r.retakeApplicationLead.value
    for u in uncertain {
      guard let chain = expansion.attempts[u.exam.rawValue] else { continue }
      for (n, attempt) in chain.enumerated() {
        let number = u.firstAttempt + n
        if let slot = slots.index["lag:\(u.exam.rawValue)#\(number)"] {
          lagSlots[CompiledGraph.Slots.lagKey(attempt.exam, attempt.result)] = slot
        }
        guard u.usmle else { continue }
        var examRules: [StartRule] = []
        if n > 0 {
          // Attempt spacing: the plan's rule (`ExamRules.spacingFloors`) over this world's
          // sittings; a floor after a past sitting is a date, after a simulated one a rule.
          let previous: [Either] = u.pastDates.map { .day($0) } + chain[0..<n].map { .node($0.exam) }
          var registerRules: [StartRule] = []
          for floor in pack.exam.spacingFloors(after: previous) {
            switch floor.after {
            case .day(let d):
              raise(&graph, attempt.exam, to: d.adding(months: floor.months))
              if let reg = attempt.register { raise(&graph, reg, to: d.adding(months: floor.months) - lead) }
            case .node(let id):
              examRules.append(.monthsAfter(id, months: floor.months, plusDays: 0))
              registerRules.append(.monthsAfter(id, months: floor.months, plusDays: -lead))
            }
          }
          if let reg = attempt.register {
            rules[reg] = registerRules
            // The January testing break is the exam task's own start blackout (the plan's
            // `ExamRules.testingBreaks`, copied to every retake by `RetakeExpansion`).
            examRules.append(.within(reg, days: profile.days("eligibility_window", pack.leadTimes), penalty: r.lapsedEligibilityWait.value + profile.days(u.exam == .step3 ? "step3_application" : "usmle_application", pack.leadTimes)))
          }
        }
        rules[attempt.exam] = examRules
        var resultRules: [StartRule] = []
        for delay in r.scheduledDelays where delay.exam == u.exam {
          guard let slot = slots.index["delay:\(u.exam.rawValue):\(slots.years.lowerBound)"] else { continue }
          resultRules.append(.annualFloorWhenStartIn(attempt.exam, from: delay.from, to: delay.to, floor: delay.release, firstYear: slots.years.lowerBound, lastYear: slots.years.upperBound, firstSlot: slot))
        }
        // Release day, then the December freeze, then the release day again: the first
        // Wednesday on or after the lag may fall in the freeze (RISK.md: 2018's Dec 26 release
        // moved to Jan 2), and one after the freeze never does.
        if let weekday = r.usmleReleaseWeekday { resultRules.append(.weekday(weekday.value, slot: nil)) }
        if let freeze = r.holidayFreeze {
          resultRules.append(.annualBlackout(month: 12, firstDay: freeze.value.lowerBound, lastDay: freeze.value.upperBound, slot: nil))
          if let weekday = r.usmleReleaseWeekday { resultRules.append(.weekday(weekday.value, slot: nil)) }
        }
        rules[attempt.result] = resultRules
      }
    }
    // The steps after Match Day depend on others (contract, Statement of Need, visa): a world in
    // which they run past July 1 still made this Match, as in the plan (PlanResult.isPostMatch).
    // Their chance is reported on its own line, P(visa by July 1), not folded into P(ready).
    if let i = graph.tasks.firstIndex(where: { $0.id == "residency.start" }), let start = graph.tasks[i].fixedStart {
      graph.tasks[i].fixedStart = nil
      graph.tasks[i].notBefore = start
    }
    // The seven-year limit covers the Steps ECFMG certification needs (`ExamTimeLimit.required`),
    // not Step 3.
    let passes = ["step1.exam", "step2ck.exam"].filter { graph.task($0) != nil }
    let spans = [SpanLimit(taskIDs: passes, months: pack.certification.examTimeLimitMonths.value)]
    guard let compiled = try? CompiledGraph(graph: graph, slots: .init(durations: durationSlots, lags: lagSlots), rules: rules, spans: spans) else { return nil }
    let key = compiled.ids.map { id -> Int32 in
      if let k = keyIndex[id] { return Int32(k) }
      let base = String(id.split(separator: "@").first ?? Substring(id))
      let exam = String(base.split(separator: ".").first ?? "")
      if id.hasPrefix(exam + ".exam@") || id.hasPrefix(exam + ".result@"), expansion.attempts[exam]?.first.map({ $0.exam == id || $0.result == id }) == true {
        return Int32(keyIndex[base] ?? -1)
      }
      return Int32(keyIndex["\(exam).retake"] ?? -1)
    }
    func node(_ id: String) -> Int32 { compiled.index(of: id).map(Int32.init) ?? -1 }
    return CompiledWorld(
      graph: compiled, key: key, milestones: milestoneIDs.map(node), ckResult: node("step2ck.result"),
      visaEnd: node(profile.visa == .j1 ? "visa.j1.interview" : profile.visa == .h1b ? "visa.h1b.stamping" : ""),
      attemptNodes: uncertain.map { u in (expansion.attempts[u.exam.rawValue] ?? []).map { node($0.exam) } }, source: graph,
      limitNodes: lapsed ? [] : base.limitExams.map { node("\($0.rawValue).exam") },
      limitLastDay: lapsed ? Int.max : base.limitLastDay?.ordinal ?? Int.max)
  }

  private enum Either {
    case day(Day)
    case node(String)
  }

  private func raise(_ graph: inout TaskGraph, _ id: String, to day: Day) {
    guard let i = graph.tasks.firstIndex(where: { $0.id == id }) else { return }
    graph.tasks[i].notBefore = max(graph.tasks[i].notBefore ?? day, day)
  }
}
