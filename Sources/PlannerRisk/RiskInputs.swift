import PlannerCore
public import PlannerPathway
public import PlannerRules

/// Every input of one risk simulation, resolved from the profile and the rules pack, each with
/// where it came from, so no probability is ever shown without what it rests on.
public struct RiskInputs: Sendable {
  public struct Row: Sendable {
    public var name: String
    public var value: String
    public var source: String
    public var confidence: Confidence
    /// "profile" or "default" (the rules pack).
    public var origin: String
  }

  public var rules: RiskRules
  /// Exam → (first attempt, repeat attempt) pass probabilities in force.
  public var pass: [Exam: (first: Double, repeatAttempt: Double)]
  public var rows: [Row] = []

  public init(profile: Profile, rules: RiskRules) {
    self.rules = rules
    var pass: [Exam: (Double, Double)] = [:]
    for exam in Exam.allCases {
      guard let rate = rules.passRates[exam] else { continue }
      let own = profile.risk[exam]
      let first = own?.first ?? rate.first.value
      let again = own?.repeatAttempt ?? rate.repeatAttempt.value
      pass[exam] = (first, again)
    }
    self.pass = pass
  }

  /// Lists the inputs the simulation uses, for the exams and steps that are in play.
  mutating func describe(profile: Profile, pack: RulesPack, exams: [Exam], sampledKeys: [String]) {
    func pct(_ p: Double) -> String { RiskText.percent(p, decimals: 0) }
    for exam in exams {
      guard let rate = rules.passRates[exam], let p = pass[exam] else { continue }
      let own = profile.risk[exam]
      rows.append(Row(name: "\(exam.title) pass, first attempt", value: pct(p.first) + (own?.first == nil ? " (range \(pct(rate.firstRange.lowerBound))–\(pct(rate.firstRange.upperBound)))" : ""), source: own?.first == nil ? rate.first.source : "your profile (risk.\(exam.rawValue).first)", confidence: own?.first == nil ? rate.first.confidence : .estimated, origin: own?.first == nil ? "default" : "profile"))
      rows.append(Row(name: "\(exam.title) pass, repeat attempt", value: pct(p.repeatAttempt) + (own?.repeatAttempt == nil ? " (range \(pct(rate.repeatRange.lowerBound))–\(pct(rate.repeatRange.upperBound)))" : ""), source: own?.repeatAttempt == nil ? rate.repeatAttempt.source : "your profile (risk.\(exam.rawValue).repeat)", confidence: own?.repeatAttempt == nil ? rate.repeatAttempt.confidence : .estimated, origin: own?.repeatAttempt == nil ? "default" : "profile"))
    }
    if exams.contains(where: { $0 != .oet }) {
      rows.append(Row(name: "USMLE result lag (out on the first release day after it)", value: rules.usmleResultLag.value.summary, source: rules.usmleResultLag.source, confidence: rules.usmleResultLag.confidence, origin: "default"))
      if let w = rules.usmleReleaseWeekday {
        rows.append(Row(name: "USMLE release weekday", value: w.value == 3 ? "Wednesday" : "ISO day \(w.value)", source: w.source, confidence: w.confidence, origin: "default"))
      }
      if let f = rules.holidayFreeze {
        rows.append(Row(name: "No USMLE release in December", value: "days \(f.value.lowerBound)–\(f.value.upperBound)", source: f.source, confidence: f.confidence, origin: "default"))
      }
      for delay in rules.scheduledDelays where exams.contains(delay.exam) {
        rows.append(Row(name: "\(delay.exam.title) scheduled delay: tests \(RiskText.monthDay(delay.from))–\(RiskText.monthDay(delay.to)) released \(RiskText.monthDay(delay.release))", value: pct(delay.probability.value) + " a year", source: delay.probability.source, confidence: delay.probability.confidence, origin: "default"))
      }
      let retake = profile.leadTimes["retake_study"]
      rows.append(Row(name: "Preparation before a USMLE retake", value: "\(profile.days("retake_study", pack.leadTimes)) d", source: retake == nil ? pack.leadTimes.standard("retake_study").source : "your profile (lead_times.retake_study)", confidence: .estimated, origin: retake == nil ? "default" : "profile"))
    }
    if exams.contains(.oet) {
      rows.append(Row(name: "OET result lag", value: rules.oetResultLag.value.summary, source: rules.oetResultLag.source, confidence: rules.oetResultLag.confidence, origin: "default"))
      rows.append(Row(name: "Preparation before an OET resit (+ booking lead)", value: "\(rules.oetRetakeStudy.value) d + \(profile.days("oet_booking", pack.leadTimes)) d", source: rules.oetRetakeStudy.source, confidence: rules.oetRetakeStudy.confidence, origin: "default"))
    }
    for key in sampledKeys {
      guard let dist = rules.durations[key] else { continue }
      let own = profile.leadTimes[key]
      let used = own.map { dist.value.centred(onMedian: $0) } ?? dist.value
      rows.append(Row(name: pack.leadTimes.standard(key).meaning, value: used.summary, source: own == nil ? dist.source : "your profile (lead_times.\(key)), spread from \(dist.source)", confidence: own == nil ? dist.confidence : .estimated, origin: own == nil ? "default" : "profile"))
      if key == "consular" {
        let a = rules.administrativeProcessing
        rows.append(Row(name: "Consular administrative processing (221(g))", value: pct(a.value) + " chance, " + rules.administrativeProcessingDays.value.summary, source: a.source, confidence: a.confidence, origin: "default"))
      }
    }
  }

  /// The distribution a sampled lead time follows: the pack's, centred on the profile's own
  /// figure when it gives one.
  func distribution(_ key: String, profile: Profile) -> DayDistribution? {
    guard let dist = rules.durations[key]?.value else { return nil }
    return profile.leadTimes[key].map { dist.centred(onMedian: $0) } ?? dist
  }
}
