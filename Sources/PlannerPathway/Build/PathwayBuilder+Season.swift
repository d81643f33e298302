import PlannerCore
import PlannerRules

extension PathwayBuilder {
  /// The record of the season the planned application goes to (the plan's own cycle when none).
  var seasonDates: CycleRules { pathwaySeason?.dates ?? cycle }

  /// Picks the season of a new Pathway application (`PathwaySeasonChoice`), records it, and says
  /// which season and why, with the other route (issue 21, point 1; PathwaySeasonTests).
  mutating func choosePathwaySeason() -> PathwaySeason? {
    let apply = lead(.pathwayApply).days
    let miniCEX = lead(.pathwayMinicex).days
    let study = profile.record(.oet).studyWeeks.map { $0 * 7 } ?? lead(.oetPrep).days
    let result = lead(.oetResult).days
    // The application and OET preparation run side by side; the Mini-CEX follows the application.
    let route = { (s: PathwaySeason) in max(apply + (s.needsMiniCEX ? miniCEX : 0), s.needsNewOET ? study + result : 0) }
    guard let picked = PathwaySeasonChoice.choose(profile, matchYear: cycle.matchYear, rules: rules, today: today, tooLate: seasonsTooLate, routeDays: route) else { return nil }
    pathwaySeason = picked.chosen
    let source = rules.pathways.servesMatches.source
    if let refusal = picked.refusal, let named = profile.pathwaySeason {
      findings.append(Finding(.blocker, .pathwaySeason, "the \(named) season cannot be used for the \(cycle.matchYear) Match: \(refusal)", action: "remove pathway.season to let the planner choose, or set a season that serves the \(cycle.matchYear) Match and is still open", source: source))
      return picked.chosen
    }
    guard picked.named || picked.alternative != nil || picked.chosen.season != cycle.matchYear else { return picked.chosen }
    findings.append(Finding(.note, .pathwaySeason, seasonSentence(picked), action: alternativeSentence(picked), source: picked.chosen.due.source))
    return picked.chosen
  }

  /// "Apply to the 2027 Pathways season (documents due 2027-05-31, estimated; it serves the 2027
  /// and 2028 Matches): Pathway 3, no Mini-CEX, no new OET (…)".
  func seasonSentence(_ picked: PathwaySeasonChoice) -> String {
    let s = picked.chosen
    let served = rules.pathways.serves(season: s.season)
    let why: String
    if picked.named {
      why = "the season your profile names (pathway.season)"
    } else if let other = picked.alternative {
      let tie = Array(other.rank.dropLast()) == Array(picked.chosen.rank.dropLast())
      why = !other.fits ? "the only season serving the \(cycle.matchYear) Match whose deadline your plan can meet" : tie ? "both seasons ask the same, and this one gives the earlier certificate" : "it asks least"
    } else {
      why = "the only season open to you that serves the \(cycle.matchYear) Match"
    }
    return "Apply to the \(s.season) Pathways season (\(dueWords(s)); it serves the \(served.lowerBound) and \(served.upperBound) Matches): \(s.asks) — \(why)"
  }

  /// The other route, or why it is not open.
  func alternativeSentence(_ picked: PathwaySeasonChoice) -> String {
    guard let other = picked.alternative else { return "" }
    let served = rules.pathways.serves(season: other.season)
    let opens = other.dates.pathwaysOpens.map { "opens \($0.value)\($0.confidence.isEstimated ? ", estimated" : ""), " } ?? ""
    let fit = other.fits ? "" : other.lands.map { " — your plan gets its documents to ECFMG only by \($0), after \(other.due.value)" } ?? " — too little time before \(other.due.value) at the pack's likely lead times"
    let ineligible = other.choice.ineligible.map { " (not eligible: \($0))" } ?? ""
    return "the other route: the \(other.season) season (\(opens)\(dueWords(other)); serves the \(served.lowerBound) and \(served.upperBound) Matches) with \(other.asks)\(ineligible)\(fit)"
  }

  func dueWords(_ s: PathwaySeason) -> String {
    let what = s.season == cycle.matchYear ? "Match deadline" : "the season closes"
    return "documents due \(s.due.value), \(what)\(s.due.confidence.isEstimated ? ", estimated" : "")"
  }

  /// The season and its reason on the application task, so `planner why pathway.apply` shows it.
  func seasonNote(_ s: PathwaySeason) -> String {
    s.season == cycle.matchYear ? "" : "the \(s.season) season, open after its own Match deadline until \(s.due.value), serves the \(cycle.matchYear) Match (\(rules.pathways.servesMatches.source)); "
  }
}
