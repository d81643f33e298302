/// A per-attempt pass probability for one exam: first attempt and repeat attempts.
public struct PassRate: Hashable, Sendable {
  public var first: Sourced<Double>
  public var firstRange: ClosedRange<Double>
  public var repeatAttempt: Sourced<Double>
  public var repeatRange: ClosedRange<Double>
}

/// A recurring scheduled score delay: tests from `from` to `to` (month, day) are released no
/// earlier than `release`, in a year when the delay happens (with `probability`).
public struct ScheduledDelay: Hashable, Sendable {
  public var exam: Exam
  public var from: (month: Int, day: Int)
  public var to: (month: Int, day: Int)
  public var release: (month: Int, day: Int)
  public var probability: Sourced<Double>

  public static func == (a: ScheduledDelay, b: ScheduledDelay) -> Bool {
    a.exam == b.exam && a.from == b.from && a.to == b.to && a.release == b.release && a.probability == b.probability
  }

  public func hash(into h: inout Hasher) {
    h.combine(exam)
    h.combine(from.month)
    h.combine(from.day)
    h.combine(probability)
  }
}

/// The risk model's part of the rules pack: how likely each exam attempt is to pass, and how
/// long each uncertain step takes, each value with its source and confidence (the `risk:`
/// section of the pack file, from ../shared/domain/RISK.md). The plan itself uses one likely value
/// per lead time; the risk model samples these distributions around it.
public struct RiskRules: Hashable, Sendable {
  public var passRates: [Exam: PassRate]
  /// USMLE: days from the test to the release, before the weekly release day is applied.
  public var usmleResultLag: Sourced<DayDistribution>
  /// Scores come out on this ISO weekday (3 = Wednesday); nil: any day.
  public var usmleReleaseWeekday: Sourced<Int>?
  /// No USMLE release in these December days (the release moves to the next week).
  public var holidayFreeze: Sourced<ClosedRange<Int>>?
  public var scheduledDelays: [ScheduledDelay]
  public var oetResultLag: Sourced<DayDistribution>
  /// Lead-time key (as in `LeadTimes`) → its distribution.
  public var durations: [String: Sourced<DayDistribution>]
  /// A consular visa sometimes goes to administrative processing (221(g)).
  public var administrativeProcessing: Sourced<Double>
  public var administrativeProcessingDays: Sourced<DayDistribution>
  /// Preparation before an OET resit, in days (booking lead comes on top).
  public var oetRetakeStudy: Sourced<Int>
  /// OET has no attempt limit; the simulation stops after this many sittings.
  public var oetSittingsSimulated: Sourced<Int>
  /// A retake's application may go in this many days before the earliest allowed retake date.
  public var retakeApplicationLead: Sourced<Int>
  /// Days, on top of a new application, after a retake's eligibility period lapses.
  public var lapsedEligibilityWait: Sourced<Int>
  /// The steps of the sensitivity table.
  public var sensitivity: RiskSensitivity

  /// The lead-time keys whose durations are sampled, in a fixed order.
  /// The Pathway's own durations (the application, Pathway 6's Mini-CEX, ECFMG's review) are
  /// estimates with wide ranges (FACTS.md §10): sampled too, so P(ready) reflects them (issue 21,
  /// point 3).
  public static let sampledKeys = ["credentials", "pathway_application", "minicex", "pathway_review", "statement_of_need", "j1_review", "consular"]
}

/// How far each what-if of `planner risk`'s sensitivity table moves its input.
public struct RiskSensitivity: Hashable, Sendable {
  public var preparationDays: Sourced<Int>
  public var passPoints: Sourced<Int>
  public var statementOfNeedDays: Sourced<Int>
}

extension RiskRules {
  /// Every probability 1 and every range collapsed onto the plan's own value: the simulation
  /// must then reproduce the deterministic plan exactly.
  public func degenerate(leadTimes: (String) -> Int) -> RiskRules {
    var r = self
    for (exam, rate) in r.passRates {
      var one = rate
      one.first.value = 1
      one.repeatAttempt.value = 1
      r.passRates[exam] = one
    }
    r.usmleResultLag.value = .fixed(leadTimes("usmle_result"))
    r.usmleReleaseWeekday = nil
    r.holidayFreeze = nil
    r.scheduledDelays = []
    r.oetResultLag.value = .fixed(leadTimes("oet_result"))
    for key in Self.sampledKeys { r.durations[key]?.value = .fixed(leadTimes(key)) }
    r.administrativeProcessing.value = 0
    return r
  }
}
