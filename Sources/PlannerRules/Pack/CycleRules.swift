public import PlannerCore

/// How the clinical- and communication-skills requirement is met in a Match cycle.
public enum ClinicalSkillsRequirement: Hashable, Sendable {
  /// USMLE Step 2 CS (up to the 2020 Match).
  case step2CS
  /// An ECFMG Pathway (numbers available that season) plus OET Medicine.
  case pathways(ClosedRange<Int>)

  public var summary: String {
    switch self {
    case .step2CS: return "USMLE Step 2 CS pass"
    case .pathways(let r): return "ECFMG Pathway (\(r.lowerBound)–\(r.upperBound)) + OET Medicine; a legacy Step 2 CS pass also counts"
    }
  }
}

/// Everything that is fixed by one NRMP Main Residency Match cycle, each value with its source.
///
/// A cycle is named by its Match year: the 2027 Match runs ERAS from June 2026, ranks in
/// February 2027, matches in March 2027 and starts residency on 2027-07-01.
public struct CycleRules: Hashable, Sendable {
  public var matchYear: Int
  public var erasOpens: Sourced<Day>
  public var erasSubmissionOpens: Sourced<Day>
  public var erasProgramsReview: Sourced<Day>
  public var nrmpRegistrationOpens: Sourced<Day>
  public var nrmpStandardDeadline: Sourced<Day>
  public var rankingOpens: Sourced<Day>
  public var rolDeadline: Sourced<Day>
  public var matchWeekStarts: Sourced<Day>
  public var matchDay: Sourced<Day>
  public var residencyStart: Sourced<Day>
  public var clinicalSkills: Sourced<ClinicalSkillsRequirement>
  /// Pathways season opening (nil for cycles that used Step 2 CS).
  public var pathwaysOpens: Sourced<Day>?
  /// Last day for Match participants to apply for that season's Pathways.
  public var pathwaysDeadline: Sourced<Day>?
  /// The season's last day: the application stays open past the Match deadline (for the next
  /// Match, which a season-Y Pathway also serves), every document due by then (FACTS.md §10).
  public var pathwaysCloses: Sourced<Day>?
  /// OET Medicine results must come from a test taken on or after this day.
  public var oetTakenOnOrAfter: Sourced<Day>?
  /// ResidencyCAS (emergency medicine, OB/GYN; FACTS.md §10): the season opens, applicants may
  /// submit, and applications are released to programs (2025: 06-04, 09-03, 10-01).
  public var residencyCASOpens: Sourced<Day>
  public var residencyCASSubmissionOpens: Sourced<Day>
  public var residencyCASRelease: Sourced<Day>

  /// Every dated value in the record, labelled, in calendar order.
  public var datedValues: [(label: String, value: Sourced<Day>)] {
    var rows: [(String, Sourced<Day>)] = [
      ("ERAS season opens", erasOpens),
      ("ERAS: applicants may submit", erasSubmissionOpens),
      ("ERAS: programs start reviewing", erasProgramsReview),
      ("NRMP registration opens", nrmpRegistrationOpens),
      ("NRMP standard registration deadline", nrmpStandardDeadline),
      ("NRMP ranking opens", rankingOpens),
      ("Rank Order List certification deadline", rolDeadline),
      ("Match Week starts", matchWeekStarts),
      ("Match Day", matchDay),
      ("Residency starts", residencyStart),
    ]
    if let p = pathwaysOpens { rows.append(("Pathways application opens", p)) }
    if let p = pathwaysDeadline { rows.append(("Pathways application deadline (Match participants)", p)) }
    if let p = pathwaysCloses { rows.append(("Pathways season closes (applications for the next Match)", p)) }
    if let p = oetTakenOnOrAfter { rows.append(("OET Medicine taken on or after", p)) }
    rows += [
      ("ResidencyCAS season opens (EM, OB/GYN)", residencyCASOpens),
      ("ResidencyCAS: applicants may submit", residencyCASSubmissionOpens),
      ("ResidencyCAS: applications released to programs", residencyCASRelease),
    ]
    return rows.sorted { ($0.1.value, $0.0) < ($1.1.value, $1.0) }
  }

  /// True when any date in the record was projected rather than published.
  public var hasEstimates: Bool { datedValues.contains { $0.value.confidence.isEstimated } }
}
