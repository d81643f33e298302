public import PlannerRules

/// What a finding is about. Each case has one stable string, the `code` scripts match in JSON
/// `findings` (and the order findings are listed in), so renaming a case never changes output.
public enum FindingCode: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Every attempt at a Step is used up: no USMLE, no certification.
  case attemptsExhausted
  /// Attempts used at a Step and when the next may be taken.
  case attempts(Exam)
  /// The next attempt at a Step is the last one allowed.
  case lastAttempt(Exam)
  case clinicalSkillsRequired
  /// A booked date that has passed without a result.
  case examBookedPast
  /// A booked exam on a day a busy calendar keeps the applicant away (issue 23).
  case examBookedWhileAway
  case examTooSoon
  /// The exam waits after preparation ends because the scheduling permit is not in hand.
  case examWaitsForPermit(Exam)
  case graduationLate
  /// Years since graduation: a common program screen, never a blocker.
  case graduationYears
  case h1bFee
  /// The H-1B route may not reach a July start: a second Step 3 failure, or a result too late
  /// for the petition (issue 21, point 4; `H1BRouteCheck`).
  case h1bMayNeedJ1
  case j1HomeResidency
  case oetBelowMinimum
  /// The OET result is older than the Pathway season accepts.
  case oetTooOld
  case pathwayChoice
  /// Which Pathways season a new application goes to, and the other route (issue 21, point 1).
  case pathwaySeason
  case pathwayExpiry
  case pathwayIneligible
  case pathwayUnavailable
  case pathwayValid
  /// The school's ECFMG sponsor note covers the graduation year.
  case schoolSponsorNote
  case schoolNoSponsorNote
  case schoolUnconfirmed
  /// The specialty does not use ERAS.
  case specialtyNotERAS
  /// The specialty is no name the Match lists: "did you mean" (`specialties` in the pack).
  case specialtyUnknown
  case step2ckStandardUnknown
  case step3InUS
  /// The study blocks are not in the road's order, because a booked block comes first.
  case studyOrder
  case step3OutsidePeriod
  /// The seven-year exam time limit and when it ends.
  case timeLimit
  case timeLimitLapsed

  /// Every code, each per-exam case once for each USMLE Step.
  public static var all: [FindingCode] {
    let steps: [Exam] = [.step1, .step2ck, .step3]
    return [.attemptsExhausted] + steps.map(FindingCode.attempts) + steps.map(FindingCode.lastAttempt)
      + [.clinicalSkillsRequired, .examBookedPast, .examBookedWhileAway, .examTooSoon] + steps.map(FindingCode.examWaitsForPermit)
      + [.graduationLate, .graduationYears, .h1bFee, .h1bMayNeedJ1, .j1HomeResidency, .oetBelowMinimum, .oetTooOld,
        .pathwayChoice, .pathwaySeason, .pathwayExpiry, .pathwayIneligible, .pathwayUnavailable, .pathwayValid,
        .schoolSponsorNote, .schoolNoSponsorNote, .schoolUnconfirmed, .specialtyNotERAS, .specialtyUnknown,
        .step2ckStandardUnknown, .step3InUS, .step3OutsidePeriod, .studyOrder, .timeLimit, .timeLimitLapsed]
  }

  /// The stable code, e.g. `attempts.exhausted`, `attempts.last.step1`.
  public var string: String {
    switch self {
    case .attemptsExhausted: "attempts.exhausted"
    case .attempts(let e): "attempts.\(e.rawValue)"
    case .lastAttempt(let e): "attempts.last.\(e.rawValue)"
    case .clinicalSkillsRequired: "cs.required"
    case .examBookedPast: "exam.booked-past"
    case .examBookedWhileAway: "exam.booked-away"
    case .examTooSoon: "exam.too-soon"
    case .examWaitsForPermit(let e): "exam.waits-for-permit.\(e.rawValue)"
    case .graduationLate: "graduation.late"
    case .graduationYears: "graduation.years"
    case .h1bFee: "h1b.fee"
    case .h1bMayNeedJ1: "h1b.may-need-j1"
    case .j1HomeResidency: "j1.212e"
    case .oetBelowMinimum: "oet.below-minimum"
    case .oetTooOld: "oet.too-old"
    case .pathwayChoice: "pathway.choice"
    case .pathwaySeason: "pathway.season"
    case .pathwayExpiry: "pathway.expiry"
    case .pathwayIneligible: "pathway.ineligible"
    case .pathwayUnavailable: "pathway.unavailable"
    case .pathwayValid: "pathway.valid"
    case .schoolSponsorNote: "school.ecfmg-note"
    case .schoolNoSponsorNote: "school.no-ecfmg-note"
    case .schoolUnconfirmed: "school.unconfirmed"
    case .specialtyNotERAS: "specialty.not-eras"
    case .specialtyUnknown: "specialty.unknown"
    case .step2ckStandardUnknown: "step2ck.standard-unknown"
    case .step3InUS: "step3.in-us"
    case .step3OutsidePeriod: "step3.outside-period"
    case .studyOrder: "study.order"
    case .timeLimit: "time-limit"
    case .timeLimitLapsed: "time-limit.lapsed"
    }
  }

  /// The code a string names, for readers of saved JSON.
  public init?(string: String) {
    guard let code = Self.all.first(where: { $0.string == string }) else { return nil }
    self = code
  }

  public var description: String { string }

  public static func < (a: FindingCode, b: FindingCode) -> Bool { a.string < b.string }
}
