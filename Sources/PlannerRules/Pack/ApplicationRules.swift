/// Rules of the residency application that are neither per-cycle dates nor ECFMG rules (part of
/// the rules pack).
public struct ApplicationRules: Hashable, Sendable {
  /// Programs commonly screen on years since graduation (not an ECFMG rule): warn when the
  /// applicant will be more than each of these many years past graduation on July 1.
  public var yearsSinceGraduationScreens: [Sourced<Int>]
  /// ECFMG releases ERAS tokens for the season this many days after ERAS opens; a token is then
  /// issued on request.
  public var erasTokenReleaseDaysAfterOpening: Sourced<Int>
  /// NRMP's fee for registering after the standard deadline, in dollars.
  public var nrmpLateRegistrationFee: Sourced<Int>
  /// Hours a week of full-time study: what `study_weeks` means, and a plan's study time when the
  /// profile sets no `study_hours_per_week` (issue 23, point 3; the planner's own assumption).
  public var fullTimeStudyHoursPerWeek: Sourced<Int>
  /// Hours of a day that work and study share: busy hours come out of them first (issue 23).
  public var studyDayHours: Sourced<Int>

  public init(yearsSinceGraduationScreens: [Sourced<Int>], erasTokenReleaseDaysAfterOpening: Sourced<Int>, nrmpLateRegistrationFee: Sourced<Int>, fullTimeStudyHoursPerWeek: Sourced<Int>, studyDayHours: Sourced<Int>) {
    self.yearsSinceGraduationScreens = yearsSinceGraduationScreens
    self.erasTokenReleaseDaysAfterOpening = erasTokenReleaseDaysAfterOpening
    self.nrmpLateRegistrationFee = nrmpLateRegistrationFee
    self.fullTimeStudyHoursPerWeek = fullTimeStudyHoursPerWeek
    self.studyDayHours = studyDayHours
  }
}
