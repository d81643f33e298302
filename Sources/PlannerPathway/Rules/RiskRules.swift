
/// A distribution of days, as a piecewise-linear quantile function: `knots` are
/// (cumulative probability, days) pairs from probability 0 to 1. One knot is a fixed value.
public struct DayDistribution: Hashable, Sendable {
  public struct Knot: Hashable, Sendable {
    public var p: Double
    public var days: Double
    public init(_ p: Double, _ days: Double) {
      self.p = p
      self.days = days
    }
  }

  public var knots: [Knot]

  public init(_ knots: [Knot]) {
    precondition(!knots.isEmpty && knots.first!.p == 0 && (knots.count == 1 || knots.last!.p == 1), "a distribution runs from p = 0 to p = 1")
    self.knots = knots
  }

  public static func fixed(_ days: Int) -> DayDistribution { DayDistribution([Knot(0, Double(days))]) }

  /// The value at cumulative probability `u` (0 ≤ u < 1), rounded to whole days.
  public func quantile(_ u: Double) -> Int {
    guard knots.count > 1 else { return Int(knots[0].days.rounded()) }
    var k = 1
    while k < knots.count - 1 && knots[k].p <= u { k += 1 }
    let a = knots[k - 1], b = knots[k]
    let t = b.p > a.p ? (u - a.p) / (b.p - a.p) : 0
    return Int((a.days + t * (b.days - a.days)).rounded())
  }

  public var median: Int { quantile(0.5) }
  public var low: Int { Int(knots.first!.days.rounded()) }
  public var high: Int { Int(knots.last!.days.rounded()) }

  /// The same spread around another median (a profile's own lead time), never below 0 days.
  public func centred(onMedian days: Int) -> DayDistribution {
    let shift = Double(days - median)
    return DayDistribution(knots.map { Knot($0.p, max(0, $0.days + shift)) })
  }

  /// Every value moved by `days`.
  public func shifted(by days: Int) -> DayDistribution {
    DayDistribution(knots.map { Knot($0.p, $0.days + Double(days)) })
  }

  /// "21 d (7–90)".
  public var summary: String { knots.count == 1 ? "\(low) d" : "median \(median) d (\(low)–\(high))" }
}

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
/// long each uncertain step takes, each value with its source and confidence (from
/// ../shared/domain/RISK.md, collected 2026-11-25). The plan itself uses one likely value
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
  public var oetSittingsSimulated: Int

  /// The lead-time keys whose durations are sampled, in a fixed order.
  public static let sampledKeys = ["credentials", "pathway_review", "statement_of_need", "j1_review", "consular"]
}

extension RiskRules {
  private static func d(_ pairs: [(Double, Double)]) -> DayDistribution {
    DayDistribution(pairs.map { DayDistribution.Knot($0.0, $0.1) })
  }

  static let iatrox = "https://iatrox-staging.vercel.app/blog/usmle-step-1-step-2-ck-pass-rates-difficulty-2026"

  /// The defaults of RISK.md's "Suggested model defaults" table.
  public static let literal = RiskRules(
    passRates: [
      .step1: PassRate(
        first: Sourced(0.72, .thirdParty, iatrox, note: "IMG first attempt ≈72% (iatrox); derived ≈73% for 2023; First Aid 74% for 2022"), firstRange: 0.68...0.82,
        repeatAttempt: Sourced(0.52, .thirdParty, iatrox, note: "IMG repeaters near 54% (iatrox); derived 49–53% for 2023"), repeatRange: 0.45...0.62),
      .step2ck: PassRate(
        first: Sourced(0.82, .estimated, "https://www.yousmle.com/average-usmle-step-1-and-step-2-ck-score-for-imgs/", note: "87% total in 2019-20 under the 209 standard, 86% about 2022; lower after 214/218 (memory and inference)"), firstRange: 0.75...0.88,
        repeatAttempt: Sourced(0.55, .estimated, "https://ccscases.com/what-is-the-overall-passing-rate-of-those-who-take-the-usmle-step-3/", note: "no figure found: by analogy with the Step 1 and Step 3 repeat rates"), repeatRange: 0.45...0.65),
      .step3: PassRate(
        first: Sourced(0.88, .thirdParty, "https://ccscases.com/what-is-the-overall-passing-rate-of-those-who-take-the-usmle-step-3/", note: "IMG first attempt 88–90% (ccscases), ≈88% (USMLEPredictor); 75% (studyccs) as a low bound"), firstRange: 0.75...0.90,
        repeatAttempt: Sourced(0.60, .thirdParty, "https://ccscases.com/what-is-the-overall-passing-rate-of-those-who-take-the-usmle-step-3/", note: "IMG repeaters 59–63%"), repeatRange: 0.54...0.63),
      .oet: PassRate(
        first: Sourced(0.70, .thirdParty, "https://blog.specialistlanguagecourses.com/news/slc-oet-results-analysis-jan-march-2020?hs_amp=true", note: "8 of 11 trained doctors met 4×B in one sitting (tiny cohort); ECFMG's Writing 300 is easier than B"), firstRange: 0.50...0.85,
        repeatAttempt: Sourced(0.70, .estimated, "https://blog.specialistlanguagecourses.com/news/slc-oet-results-analysis-jan-march-2020?hs_amp=true", note: "no resit figure found: the first-sitting rate is reused"), repeatRange: 0.50...0.85),
    ],
    usmleResultLag: Sourced(d([(0, 17), (0.80, 24), (0.93, 36), (0.99, 50), (1, 60)]), .estimated, "https://usmle.org/bulletin/scores/", note: "\"typically within four weeks\" (official) and \"allow 8 weeks\" (prep sites): most at 3–4 weeks, a tail to 8; the shape is inferred"),
    usmleReleaseWeekday: Sourced(3, .official, "https://www.ecfmg.org/news/category/step-3/", note: "scores are reported weekly, normally on a Wednesday"),
    holidayFreeze: Sourced(24...31, .estimated, "https://www.ecfmg.org/news/category/step-3/", note: "2018: no regular release between Dec 19 and Jan 2"),
    scheduledDelays: [
      ScheduledDelay(exam: .step2ck, from: (6, 24), to: (8, 10), release: (8, 28), probability: Sourced(0.6, .estimated, "http://usmle.org/announcements/?ContentId=182", note: "2016, 2018 and 2019 windows (official), 2012 and 2022 (third party); how often it recurs is a guess")),
      ScheduledDelay(exam: .step3, from: (1, 1), to: (2, 15), release: (3, 16), probability: Sourced(0.5, .estimated, "https://golive.ecfmg.org/reporter/issue382.html", note: "2016 and 2022 windows (official); recurrence a guess")),
      ScheduledDelay(exam: .step1, from: (5, 15), to: (6, 30), release: (7, 11), probability: Sourced(0.2, .estimated, "https://medicalopedia.org/2666/usmle-score-is-delayed-for-examinees-taking-step-between-may-june-2012/", note: "only 2012 seen (third party); none 2022–2026")),
    ],
    oetResultLag: Sourced(d([(0, 4), (0.25, 14), (0.75, 22), (1, 26)]), .official, "https://support.occupationalenglishtest.org/hc/en-gb/articles/208506325-When-will-I-get-my-OET-results-", note: "16 business days (official); computer-based results often sooner (third party)"),
    durations: [
      "credentials": Sourced(d([(0, 21), (0.5, 75), (0.9, 135), (1, 180)]), .thirdParty, "https://residencyadvisor.com/resources/img-applicant-challenges/using-ecfmg-and-pathway-requirements-strategically-in-your-img-timeline", note: "2–3 weeks to several months, school-dependent"),
      "pathway_review": Sourced(d([(0, 14), (0.5, 28), (0.9, 49), (1, 70)]), .estimated, "https://ecfmg.org/certification-requirements-2021-match/pathway-1.html", note: "no official figure: ECFMG says the time is contingent on documents"),
      "statement_of_need": Sourced(d([(0, 7), (0.5, 21), (0.9, 45), (1, 90)]), .estimated, "https://www.ecfmg.org/evsp/applying-general.html", note: "some ministries take months (official); typical file complete about 3 weeks after Match Day (UMN)"),
      "j1_review": Sourced(d([(0, 28), (0.5, 35), (0.9, 42), (1, 60)]), .official, "https://goldenstarz3.com/curriculum-vitae-for-visa-united-states-application-7558", note: "ECFMG reserves 4–6 weeks from a complete file (copy of the ECFMG checklist)"),
      "consular": Sourced(d([(0, 7), (0.5, 21), (0.9, 42), (1, 90)]), .thirdParty, "https://www.livemint.com/news/world/attention-visa-applicants-us-embassy-in-india-issues-advisory-on-appointment-date-11765292047549.html", note: "country-specific; India 2–12 weeks in 2025 (DOS figures via news)"),
    ],
    administrativeProcessing: Sourced(0.05, .estimated, "https://pips.partners.org/maintaining-visa-status/J-1-visa/travel.aspx", note: "\"infrequent\" (institution page); the 5% is a guess"),
    administrativeProcessingDays: Sourced(d([(0, 30), (1, 60)]), .thirdParty, "https://pips.partners.org/maintaining-visa-status/J-1-visa/travel.aspx", note: "\"normally lasts 30 to 60 days\""),
    oetRetakeStudy: Sourced(14, .estimated, "https://abroadskill.com/how-often-is-the-oet-exam-held/", note: "two weeks of work on the weak sub-test, then book at least 3 weeks ahead (sittings about twice a month)"),
    oetSittingsSimulated: 6
  )

  /// Every probability 1 and every range collapsed onto the plan's own value: the simulation
  /// must then reproduce the deterministic plan exactly.
  public static func degenerate(leadTimes: (String) -> Int) -> RiskRules {
    var r = literal
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
    for key in sampledKeys { r.durations[key]?.value = .fixed(leadTimes(key)) }
    r.administrativeProcessing.value = 0
    return r
  }
}
