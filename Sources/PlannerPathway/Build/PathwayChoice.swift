import PlannerCore
public import PlannerRules

/// Which ECFMG Pathway a profile uses for a season, and why: the first one the applicant
/// qualifies for (1, 2, 3–5, then 6), or the one the profile names if the applicant is eligible.
public struct PathwayChoice: Hashable, Sendable {
  public var number: Int
  /// Why this Pathway, in plain words.
  public var reason: String
  /// Set when the profile names a Pathway the applicant is not eligible for: why not.
  public var ineligible: String?
  /// The rule the choice or refusal rests on.
  public var source: String
  /// True when the choice rests on something the profile does not state (e.g. accreditation).
  public var assumed: Bool

  /// - Parameter season: the Pathways season, which is the Match year it serves.
  public static func choose(_ profile: Profile, season: Int, rules: PathwayRules) -> PathwayChoice {
    let automatic = firstEligible(profile, season: season, rules: rules)
    guard let named = profile.pathwayNumber else { return automatic }
    if let why = whyNot(named, profile, season: season, rules: rules, automatic: automatic) {
      return PathwayChoice(number: named, reason: "you chose Pathway \(named)", ineligible: why.text, source: why.source, assumed: false)
    }
    return PathwayChoice(number: named, reason: "the Pathway your profile names (pathway.number)", ineligible: nil, source: automatic.source, assumed: false)
  }

  static func firstEligible(_ profile: Profile, season: Int, rules: PathwayRules) -> PathwayChoice {
    if profile.failedCS {
      return PathwayChoice(number: 6, reason: "you failed Step 2 CS at least once, and such applicants must use Pathway 6 whatever their other eligibility", source: rules.failedCSMeansPathway6.source, assumed: false)
    }
    if let licence = profile.licence, let cutoff = rules.licenceCutoff(season: season), licence.valid(onOrAfter: cutoff.value) {
      return PathwayChoice(number: 1, reason: "your licence to practise (issued \(licence.issued)\(licence.expires.map { ", valid to \($0)" } ?? "")) was valid on or after \(cutoff.value), the \(season) Pathway 1 cut-off\(cutoff.confidence.isEstimated ? " (estimated)" : "")", source: cutoff.source, assumed: false)
    }
    if let passed = profile.pathway2ExamPassed {
      return PathwayChoice(number: 2, reason: "you passed \(rules.pathway2.value) on \(passed) (check with your school that its OSCE qualifies, on ECFMG's Pathway 2 page)", source: rules.pathway2.source, assumed: true)
    }
    let cutoff = rules.graduationCutoff(season: season)
    if let graduation = profile.graduation, graduation >= cutoff.value, profile.schoolAccreditation != SchoolAccreditation.none {
      let estimated = cutoff.confidence.isEstimated ? " (estimated)" : ""
      if let number = profile.schoolAccreditation?.pathway {
        return PathwayChoice(number: number, reason: "you graduate on \(graduation), on or after \(cutoff.value), the \(season) Pathways 3–5 cut-off\(estimated), and your school is accredited as Pathway \(number) asks", source: cutoff.source, assumed: false)
      }
      return PathwayChoice(number: 3, reason: "you graduate on \(graduation), on or after \(cutoff.value), the \(season) Pathways 3–5 cut-off\(estimated); Pathway 3 assumes your school is accredited by a WFME-recognized agency (set school_accreditation: wfme, ncfmea, lcme-joint or none)", source: cutoff.source, assumed: true)
    }
    return PathwayChoice(number: 6, reason: "the Mini-CEX Pathway, for applicants not eligible for Pathways 1–5: \(notEligibleSummary(profile, season: season, rules: rules))", source: "https://www.ecfmg.org/certification-pathways/pathway-6.html", assumed: false)
  }

  static func notEligibleSummary(_ profile: Profile, season: Int, rules: PathwayRules) -> String {
    var parts: [String] = []
    if let licence = profile.licence, let cutoff = rules.licenceCutoff(season: season) {
      parts.append("your licence lapsed \(licence.expires.map(\.description) ?? "?"), before the \(cutoff.value) cut-off")
    } else {
      parts.append("no licence in your profile (Pathway 1)")
    }
    let cutoff = rules.graduationCutoff(season: season).value
    if profile.schoolAccreditation == SchoolAccreditation.none {
      parts.append("your school does not meet the Pathways 3–5 accreditation")
    } else if let graduation = profile.graduation {
      parts.append("you graduate\(graduation < cutoff ? "d" : "") on \(graduation), before the \(cutoff) cut-off for Pathways 3–5")
    } else {
      parts.append("no graduation date on or after \(cutoff) (Pathways 3–5)")
    }
    return parts.joined(separator: "; ")
  }

  /// Why the applicant may not use Pathway `number` this season, or nil when they may.
  static func whyNot(_ number: Int, _ profile: Profile, season: Int, rules: PathwayRules, automatic: PathwayChoice) -> (text: String, source: String)? {
    if profile.failedCS && number != 6 {
      return ("you failed Step 2 CS at least once, so only Pathway 6 is open to you", rules.failedCSMeansPathway6.source)
    }
    switch number {
    case 1:
      guard let cutoff = rules.licenceCutoff(season: season) else { return nil }
      guard let licence = profile.licence else {
        return ("Pathway 1 needs a licence to practise medicine without supervision valid on or after \(cutoff.value) (add license: {issued: YYYY-MM-DD, expires: YYYY-MM-DD})", cutoff.source)
      }
      if !licence.valid(onOrAfter: cutoff.value) {
        return ("Pathway 1 needs a licence valid on or after \(cutoff.value) for the \(season) season, and yours expired \(licence.expires!)", cutoff.source)
      }
    case 2:
      if profile.pathway2ExamPassed == nil {
        return ("Pathway 2 needs \(rules.pathway2.value) (add pathway2_osce_passed: YYYY-MM-DD once your school has confirmed it qualifies)", rules.pathway2.source)
      }
    case 3, 4, 5:
      let cutoff = rules.graduationCutoff(season: season)
      guard let graduation = profile.graduation else {
        return ("Pathways 3–5 need graduation on or after \(cutoff.value) for the \(season) season, and your profile gives no graduation date", cutoff.source)
      }
      if graduation < cutoff.value {
        return ("Pathways 3–5 need graduation on or after \(cutoff.value) for the \(season) season\(cutoff.confidence.isEstimated ? " (estimated)" : ""), and you graduated on \(graduation)", cutoff.source)
      }
      if let accreditation = profile.schoolAccreditation, accreditation.pathway != number {
        let what = accreditation == .none ? "your school meets none of the Pathways 3–5 accreditations" : "your school's accreditation (\(accreditation.rawValue)) is Pathway \(accreditation.pathway!)'s"
        return ("Pathway \(number) needs \(["a WFME-recognized accreditor", "an NCFMEA-comparable accreditor", "a degree issued jointly with an LCME-accredited school"][number - 3]), and \(what)", "https://www.ecfmg.org/certification-pathways/pathways-3-5.html")
      }
    case 6:
      // Only stated facts close Pathway 6: an assumed accreditation does not.
      if automatic.number != 6 && !automatic.assumed {
        return ("Pathway 6 is only for applicants not eligible for Pathways 1–5, and you qualify for Pathway \(automatic.number): \(automatic.reason)", "https://www.ecfmg.org/certification-pathways/pathway-6.html")
      }
    default:
      break
    }
    return nil
  }
}
