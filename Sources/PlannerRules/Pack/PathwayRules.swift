public import PlannerCore

/// Which ECFMG Pathway an applicant may use, and how long an accepted one serves (part of the
/// rules pack). Cut-offs are per Pathways season; a season without a published cut-off carries
/// the latest earlier one forward (licence) or rolls one year per season (graduation), marked
/// estimated.
public struct PathwayRules: Hashable, Sendable {
  /// Pathway 1: a licence to practise without supervision valid at any time on or after this
  /// day, by season (= Match year).
  public var licenceValidFrom: [Int: Sourced<Day>]
  /// Pathways 3–5: graduation on or after this day, by season.
  public var graduatedFrom: [Int: Sourced<Day>]
  /// For seasons without a graduation record: January 1 of (season − this many years).
  public var graduatedFromYearsBefore: Sourced<Int>
  /// A season-Y Pathway serves this many Match cycles (Y and Y+1).
  public var servesMatches: Sourced<Int>
  /// Pathway 2 (a clinical skills exam for licensure in an approved country): the list and the
  /// windows are not in the pack, so the planner asks the applicant to verify them.
  public var pathway2: Sourced<String>
  /// Applicants who failed Step 2 CS at least once must use Pathway 6.
  public var failedCSMeansPathway6: Sourced<Bool>
  /// Supporting documents (Mini-CEX forms, attestations, licence documents, the OET result) are
  /// due at the Pathways deadline, not only the application.
  public var documentsDueAtDeadline: Sourced<Bool>
  /// ECFMG advises sitting OET by the last test date in this month of the year before the Match.
  public var oetSitByMonth: Sourced<Int>
  /// Pathways Revalidation exists from this season on.
  public var revalidationFrom: Sourced<Int>

  public init(
    licenceValidFrom: [Int: Sourced<Day>], graduatedFrom: [Int: Sourced<Day>], graduatedFromYearsBefore: Sourced<Int>,
    servesMatches: Sourced<Int>, pathway2: Sourced<String>, failedCSMeansPathway6: Sourced<Bool>,
    documentsDueAtDeadline: Sourced<Bool>, oetSitByMonth: Sourced<Int>, revalidationFrom: Sourced<Int>
  ) {
    self.licenceValidFrom = licenceValidFrom
    self.graduatedFrom = graduatedFrom
    self.graduatedFromYearsBefore = graduatedFromYearsBefore
    self.servesMatches = servesMatches
    self.pathway2 = pathway2
    self.failedCSMeansPathway6 = failedCSMeansPathway6
    self.documentsDueAtDeadline = documentsDueAtDeadline
    self.oetSitByMonth = oetSitByMonth
    self.revalidationFrom = revalidationFrom
  }

  /// The Pathway 1 licence cut-off for a season: its record, or the latest earlier one carried
  /// forward (estimated), or the earliest one for seasons before any record.
  public func licenceCutoff(season: Int) -> Sourced<Day>? {
    if let exact = licenceValidFrom[season] { return exact }
    let years = licenceValidFrom.keys.sorted()
    guard let base = years.last(where: { $0 < season }) ?? years.first, let rule = licenceValidFrom[base] else { return nil }
    return Sourced(rule.value, .estimated, rule.source, note: "no published cut-off for the \(season) season; the \(base) season's is assumed — verify on ECFMG's Pathway 1 page")
  }

  /// The Pathways 3–5 graduation cut-off for a season: its record, or January 1 of
  /// (season − `graduatedFromYearsBefore`), estimated.
  public func graduationCutoff(season: Int) -> Sourced<Day> {
    if let exact = graduatedFrom[season] { return exact }
    let years = graduatedFromYearsBefore
    return Sourced(Day(year: season - years.value, month: 1, day: 1)!, .estimated, years.source, note: "no published cut-off for the \(season) season; projected as January 1, \(years.value) years before it (\(years.note)) — verify on ECFMG's Pathways 3–5 page")
  }

  /// The Match years a Pathway accepted in `season` serves.
  public func serves(season: Int) -> ClosedRange<Int> { season...(season + servesMatches.value - 1) }
}
