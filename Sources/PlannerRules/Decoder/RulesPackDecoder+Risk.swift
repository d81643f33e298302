import PlannerCore
import Yams

extension RulesPackDecoder {
  static let riskKeys = [
    "pass_rates", "usmle_result_lag", "usmle_release_weekday", "holiday_freeze", "scheduled_delays", "oet_result_lag", "durations",
    "administrative_processing", "administrative_processing_days", "oet_retake_study", "oet_sittings_simulated",
    "retake_application_lead", "lapsed_eligibility_wait", "sensitivity",
  ]

  /// The `risk:` section: every number the risk simulation uses.
  mutating func readRisk(_ node: Node) -> RiskRules? {
    let f = fields(node, Self.riskKeys, "risk", required: Self.riskKeys)
    let rates = f["pass_rates"].flatMap { readPassRates($0) }
    let usmleLag = distribution(f["usmle_result_lag"], "risk.usmle_result_lag")
    let weekday = int(f["usmle_release_weekday"], "risk.usmle_release_weekday", in: 1...7, unit: "ISO weekdays (1 Monday … 7 Sunday)")
    let freeze = f["holiday_freeze"].flatMap { readFreeze($0) }
    let delays = f["scheduled_delays"].flatMap { readDelays($0) }
    let oetLag = distribution(f["oet_result_lag"], "risk.oet_result_lag")
    var durations: [String: Sourced<DayDistribution>]?
    if let node = f["durations"] {
      var all: [String: Sourced<DayDistribution>] = [:]
      var ok = true
      let pairs = reader.pairs(node, allowed: RiskRules.sampledKeys, context: "risk.durations")
      for (key, _, value) in pairs {
        if let d = distribution(value, "risk.durations.\(key)") { all[key] = d } else { ok = false }
      }
      for key in RiskRules.sampledKeys where !pairs.contains(where: { $0.key == key }) {
        reader.fail(node, "risk.durations: missing '\(key)' (the simulation samples it)")
        ok = false
      }
      durations = ok ? all : nil
    }
    let admin = probability(f["administrative_processing"], "risk.administrative_processing")
    let adminDays = distribution(f["administrative_processing_days"], "risk.administrative_processing_days")
    let oetStudy = int(f["oet_retake_study"], "risk.oet_retake_study", in: 0...365, unit: "days")
    let sittings = int(f["oet_sittings_simulated"], "risk.oet_sittings_simulated", in: 1...7, unit: "sittings")
    let lead = int(f["retake_application_lead"], "risk.retake_application_lead", in: 0...365, unit: "days")
    let lapsed = int(f["lapsed_eligibility_wait"], "risk.lapsed_eligibility_wait", in: 0...365, unit: "days")
    let sensitivity = f["sensitivity"].flatMap { readSensitivity($0) }
    guard let rates, let usmleLag, let weekday, let freeze, let delays, let oetLag, let durations, let admin, let adminDays, let oetStudy, let sittings, let lead, let lapsed, let sensitivity else { return nil }
    return RiskRules(
      passRates: rates, usmleResultLag: usmleLag, usmleReleaseWeekday: weekday, holidayFreeze: freeze, scheduledDelays: delays,
      oetResultLag: oetLag, durations: durations, administrativeProcessing: admin, administrativeProcessingDays: adminDays,
      oetRetakeStudy: oetStudy, oetSittingsSimulated: sittings, retakeApplicationLead: lead, lapsedEligibilityWait: lapsed, sensitivity: sensitivity)
  }

  /// A probability written as a number from 0 to 1.
  mutating func unitNumber(_ node: Node, _ what: String) -> Double? {
    guard let text = reader.string(node, what) else { return nil }
    guard let p = Double(text), p.isFinite, (0...1).contains(p) else {
      reader.fail(node, "\(what) must be a probability from 0 to 1, got \(YAMLText.quoted(text))")
      return nil
    }
    return p
  }

  /// `{probability: P, …}` as a sourced probability.
  mutating func probability(_ node: Node?, _ what: String) -> Sourced<Double>? {
    guard let node, let (f, meta) = item(node, what, ["probability"]), let p = unitNumber(f["probability"]!, "\(what).probability") else { return nil }
    return meta.sourced(p)
  }

  mutating func readPassRates(_ node: Node) -> [Exam: PassRate]? {
    var rates: [Exam: PassRate] = [:]
    var ok = true
    let names = Exam.allCases.map(\.rawValue)
    let pairs = reader.pairs(node, allowed: names, context: "risk.pass_rates")
    for (key, _, value) in pairs {
      guard let exam = Exam(rawValue: key) else { continue }
      let what = "risk.pass_rates.\(key)"
      let f = fields(value, ["first", "repeat"], what, required: ["first", "repeat"])
      let first = f["first"].flatMap { rate($0, "\(what).first") }
      let again = f["repeat"].flatMap { rate($0, "\(what).repeat") }
      guard let first, let again else {
        ok = false
        continue
      }
      rates[exam] = PassRate(first: first.value, firstRange: first.range, repeatAttempt: again.value, repeatRange: again.range)
    }
    for name in names where !pairs.contains(where: { $0.key == name }) {
      reader.fail(node, "risk.pass_rates: missing '\(name)' (the simulation draws its attempts)")
      ok = false
    }
    return ok ? rates : nil
  }

  /// `{value: P, low: L, high: H, …}`: a pass probability and the range sensitivity reports.
  mutating func rate(_ node: Node, _ what: String) -> (value: Sourced<Double>, range: ClosedRange<Double>)? {
    guard let (f, meta) = item(node, what, ["value", "low", "high"]) else { return nil }
    let value = unitNumber(f["value"]!, "\(what).value")
    let low = unitNumber(f["low"]!, "\(what).low")
    let high = unitNumber(f["high"]!, "\(what).high")
    guard let value, let low, let high else { return nil }
    guard low <= high else {
      reader.fail(f["low"]!, "\(what): low \(low) is above high \(high)")
      return nil
    }
    guard (low...high).contains(value) else {
      reader.fail(f["value"]!, "\(what): the value \(value) is outside its range \(low)–\(high)")
      return nil
    }
    return (meta.sourced(value), low...high)
  }

  /// `{quantiles: [[p, days], …], …}`: a piecewise-linear quantile function over days.
  mutating func distribution(_ node: Node?, _ what: String) -> Sourced<DayDistribution>? {
    guard let node, let (f, meta) = item(node, what, ["quantiles"]) else { return nil }
    let q = f["quantiles"]!
    let shape = "\(what).quantiles must be a list of [probability, days] pairs from probability 0 to 1, e.g. [[0, 7], [0.5, 21], [1, 90]]"
    guard let list = q.sequence, !list.isEmpty else {
      reader.fail(q, shape)
      return nil
    }
    var knots: [DayDistribution.Knot] = []
    for (i, pair) in list.enumerated() {
      let label = "\(what).quantiles[\(i + 1)]"
      guard let two = pair.sequence, two.count == 2 else {
        reader.fail(pair, shape)
        return nil
      }
      guard let p = unitNumber(two[0], "\(label) probability") else { return nil }
      guard let text = reader.string(two[1], "\(label) days") else { return nil }
      guard let days = Double(text), days.isFinite, (0...730).contains(days) else {
        reader.fail(two[1], "\(label) days must be a number of days from 0 to 730, got \(YAMLText.quoted(text))")
        return nil
      }
      if i == 0 && p != 0 {
        reader.fail(two[0], "\(label): the first probability must be 0 (the shortest time), got \(p)")
        return nil
      }
      if let last = knots.last {
        if p <= last.p {
          reader.fail(two[0], "\(label): probability \(p) is not above the one before it (\(last.p)); list them increasing")
          return nil
        }
        if days < last.days {
          reader.fail(two[1], "\(label): \(text) days is less than the \(Self.format(last.days)) days before it; a later quantile is never shorter")
          return nil
        }
      }
      knots.append(DayDistribution.Knot(p, days))
    }
    if knots.count > 1, let last = knots.last, last.p != 1 {
      reader.fail(list[list.count - 1].sequence![0], "\(what).quantiles[\(list.count)]: the last probability must be 1 (the longest time), got \(last.p)")
      return nil
    }
    return meta.sourced(DayDistribution(knots))
  }

  static func format(_ days: Double) -> String { days == days.rounded() ? String(Int(days)) : String(days) }

  mutating func readFreeze(_ node: Node) -> Sourced<ClosedRange<Int>>? {
    let what = "risk.holiday_freeze"
    guard let (f, meta) = item(node, what, ["first_day", "last_day"]) else { return nil }
    let first = reader.integer(f["first_day"]!, "\(what).first_day", in: 1...31, unit: "days of December")
    let last = reader.integer(f["last_day"]!, "\(what).last_day", in: 1...31, unit: "days of December")
    guard let first, let last else { return nil }
    guard first <= last else {
      reader.fail(f["first_day"]!, "\(what): first_day \(first) is after last_day \(last)")
      return nil
    }
    return meta.sourced(first...last)
  }

  mutating func readDelays(_ node: Node) -> [ScheduledDelay]? {
    guard let list = node.sequence else {
      reader.fail(node, "risk.scheduled_delays must be a list of delay windows")
      return nil
    }
    var delays: [ScheduledDelay] = []
    var ok = true
    for (i, entry) in list.enumerated() {
      let what = "risk.scheduled_delays[\(i + 1)]"
      guard let (f, meta) = item(entry, what, ["exam", "tests_from", "tests_to", "release", "probability"]) else {
        ok = false
        continue
      }
      let exam = reader.choice(f["exam"]!, "\(what).exam", Exam.self)
      let from = monthDay(f["tests_from"]!, "\(what).tests_from")
      let to = monthDay(f["tests_to"]!, "\(what).tests_to")
      let release = monthDay(f["release"]!, "\(what).release")
      let p = unitNumber(f["probability"]!, "\(what).probability")
      guard let exam, let from, let to, let release, let p else {
        ok = false
        continue
      }
      if exam == .oet {
        reader.fail(f["exam"]!, "\(what).exam: scheduled delays are a USMLE pattern; OET has none")
        ok = false
      } else if (from.month, from.day) > (to.month, to.day) {
        reader.fail(f["tests_from"]!, "\(what): tests_from is after tests_to (a window within one calendar year)")
        ok = false
      } else if (release.month, release.day) <= (to.month, to.day) {
        reader.fail(f["release"]!, "\(what): release is not after tests_to (the delayed scores come out after the window)")
        ok = false
      }
      delays.append(ScheduledDelay(exam: exam, from: from, to: to, release: release, probability: meta.sourced(p)))
    }
    return ok ? delays : nil
  }

  /// `"MM-DD"`, a day of any year (February 29 is refused: not every year has it).
  mutating func monthDay(_ node: Node, _ what: String) -> (month: Int, day: Int)? {
    guard let text = reader.string(node, what) else { return nil }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let m = Int(parts[0]), let d = Int(parts[1]), (1...12).contains(m), (1...lengths[m - 1]).contains(d) else {
      reader.fail(node, "\(what) must be a month and day as \"MM-DD\" (e.g. \"06-24\"), got \(YAMLText.quoted(text))")
      return nil
    }
    return (m, d)
  }

  mutating func readSensitivity(_ node: Node) -> RiskSensitivity? {
    let keys = ["preparation_days", "pass_points", "statement_of_need_days"]
    let f = fields(node, keys, "risk.sensitivity", required: keys)
    let prep = int(f["preparation_days"], "risk.sensitivity.preparation_days", in: 1...90, unit: "days")
    let points = int(f["pass_points"], "risk.sensitivity.pass_points", in: 1...50, unit: "percentage points")
    let son = int(f["statement_of_need_days"], "risk.sensitivity.statement_of_need_days", in: 1...180, unit: "days")
    guard let prep, let points, let son else { return nil }
    return RiskSensitivity(preparationDays: prep, passPoints: points, statementOfNeedDays: son)
  }
}
