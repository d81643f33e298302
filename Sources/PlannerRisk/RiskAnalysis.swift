public import PlannerCore
public import PlannerPathway
public import PlannerRules

/// The summary of a risk simulation: chances, the Match-year distribution, milestone bands,
/// criticality, sensitivity, and every input with its source.
public struct RiskAnalysis: Sendable {
  public struct Milestone: Sendable {
    public var id: String
    public var name: String
    /// nil: in more than that share of worlds the milestone never happens.
    public var p50: Day?
    public var p80: Day?
    public var p90: Day?
  }

  public struct Sensitivity: Sendable {
    public var change: String
    public var pReady: Double
  }

  public var profileName: String
  public var today: Day
  public var targetYear: Int
  public var runs: Int
  public var seed: UInt64
  public var pReady: Double
  public var standardError: Double
  /// (label, share): earlier, Y, Y+1, Y+2, later, none.
  public var distribution: [(label: String, share: Double)]
  public var pStep2CKVisible: Double?
  public var programsReview: Day
  public var pVisa: Double?
  public var residencyStart: Day
  public var milestones: [Milestone]
  public var criticality: [(id: String, name: String, share: Double)]
  public var sensitivity: [Sensitivity]
  public var inputs: [RiskInputs.Row]
  /// What each run drew that the cost depends on (`RiskCost`).
  public var draws: RiskDraws

  /// Simulates the profile, then each one-input variant on the same worlds (common random
  /// numbers, so differences are the inputs', not the noise's).
  public static func analyze(profile: Profile, pack: RulesPack, today: Day, targetYear: Int, firstYear: Int, options: RiskRun, sensitivity: Bool = true) async -> RiskAnalysis {
    let rules = pack.risk
    let model = RiskModel(profile: profile, pack: pack, today: today, targetYear: targetYear, firstYear: firstYear, inputs: RiskInputs(profile: profile, rules: rules))
    let records = await RiskSimulation.run(model, options: options)
    var analysis = summarize(model, records, profile: profile, options: options)
    if sensitivity {
      for (change, variantProfile, variantInputs) in variants(model, profile: profile, pack: pack, rules: rules) {
        let m = RiskModel(profile: variantProfile, pack: pack, today: today, targetYear: targetYear, firstYear: firstYear, inputs: variantInputs)
        let r = await RiskSimulation.run(m, options: options)
        analysis.sensitivity.append(Sensitivity(change: change, pReady: share(r.flags.lazy.filter { $0 & 1 != 0 }.count, r.flags.count)))
      }
      let base = analysis.pReady
      analysis.sensitivity.sort { (abs($0.pReady - base), $1.change) > (abs($1.pReady - base), $0.change) }
    }
    return analysis
  }

  static func share(_ count: Int, _ total: Int) -> Double { total == 0 ? 0 : Double(count) / Double(total) }

  static func summarize(_ model: RiskModel, _ records: RunRecords, profile: Profile, options: RiskRun) -> RiskAnalysis {
    let n = records.outcome.count
    let y = model.targetYear
    let ready = records.flags.lazy.filter { $0 & 1 != 0 }.count
    let p = share(ready, n)
    var buckets = [0, 0, 0, 0, 0, 0]
    for o in records.outcome {
      let year = Int(o)
      if year == 0 { buckets[5] += 1 } else if year < y { buckets[0] += 1 } else if year - y <= 2 { buckets[1 + year - y] += 1 } else { buckets[4] += 1 }
    }
    var labels = ["earlier than \(y)", "\(y)", "\(y + 1)", "\(y + 2)", "later", "none"]
    if model.years.first ?? y >= y { labels[0] = "" }
    let distribution = zip(labels, buckets).filter { !$0.0.isEmpty }.map { (label: $0.0, share: share($0.1, n)) }
    let cycle = model.bases[y]!.cycle
    let hasCK = model.milestoneIDs.contains("step2ck.result")
    let hasVisa = profile.visa != .none
    let m = model.milestoneIDs.count
    var milestones: [Milestone] = []
    for (k, id) in model.milestoneIDs.enumerated() {
      var days = (0..<n).map { records.milestoneDays[$0 * m + k] }
      days.sort()
      func q(_ p: Double) -> Day? {
        guard n > 0 else { return nil }
        let v = days[min(n - 1, Int((p * Double(n)).rounded(.up)) - 1)]
        return v == Int32.max ? nil : Day(ordinal: Int(v))
      }
      milestones.append(Milestone(id: id, name: model.keyNames[model.keyIndex[id]!], p50: q(0.5), p80: q(0.8), p90: q(0.9)))
    }
    let critical = records.critical.enumerated()
      .filter { $0.element > 0 }
      .map { (id: model.keys[$0.offset], name: model.keyNames[$0.offset], share: share($0.element, n)) }
      .sorted { ($0.share, $1.id) > ($1.share, $0.id) }
    return RiskAnalysis(
      profileName: profile.name, today: model.today, targetYear: y, runs: n, seed: options.seed, pReady: p,
      standardError: n > 0 ? (p * (1 - p) / Double(n)).squareRoot() : 0, distribution: distribution,
      pStep2CKVisible: hasCK ? share(records.flags.lazy.filter { $0 & 2 != 0 }.count, n) : nil, programsReview: cycle.erasProgramsReview.value,
      pVisa: hasVisa ? share(records.flags.lazy.filter { $0 & 4 != 0 }.count, n) : nil, residencyStart: cycle.residencyStart.value,
      milestones: milestones, criticality: critical, sensitivity: [], inputs: model.inputs.rows,
      draws: RiskDraws(exams: model.uncertain.map(\.exam), extraAttempts: records.extraAttempts, outcomes: records.outcome, targetYear: y))
  }

  /// One input changed at a time.
  static func variants(_ model: RiskModel, profile: Profile, pack: RulesPack, rules: RiskRules) -> [(String, Profile, RiskInputs)] {
    var out: [(String, Profile, RiskInputs)] = []
    let exams = model.uncertain.map(\.exam)
    let step = rules.sensitivity
    // No row for more or less preparation: no pass probability here depends on how long the
    // applicant studies (`risk.pass_rates` in Rules/rules.yaml: per attempt only), so such a row would measure
    // only "the exams come earlier" and read as "study less" (issue 20, contradiction 7;
    // `RiskSensitivityTests`).
    let points = step.passPoints.value
    for signed in [points, -points] {
      var inputs = RiskInputs(profile: profile, rules: rules)
      for exam in exams { inputs.pass[exam] = bump(inputs.pass[exam], signed) }
      out.append(("pass probability \(signed > 0 ? "+" : "−")\(points) points (every exam)", profile, inputs))
    }
    for exam in exams {
      var inputs = RiskInputs(profile: profile, rules: rules)
      inputs.pass[exam] = bump(inputs.pass[exam], -points)
      out.append(("\(exam.title) pass probability −\(points) points", profile, inputs))
    }
    if profile.visa == .j1, model.inputs.distribution("statement_of_need", profile: profile) != nil {
      var slower = rules
      let later = step.statementOfNeedDays.value
      slower.durations["statement_of_need"]?.value = rules.durations["statement_of_need"]!.value.shifted(by: later)
      var p = profile
      if let own = p.leadTimes["statement_of_need"] { p.leadTimes["statement_of_need"] = own + later }
      out.append(("Statement of Need \(later) days slower", p, RiskInputs(profile: p, rules: slower)))
    }
    return out
  }

  static func bump(_ p: (first: Double, repeatAttempt: Double)?, _ points: Int) -> (first: Double, repeatAttempt: Double) {
    let p = p ?? (1, 1)
    let d = Double(points) / 100
    return (min(1, max(0, p.first + d)), min(1, max(0, p.repeatAttempt + d)))
  }
}
