public import PlannerCore
public import PlannerRules

/// The Pathways season a new application goes to, and the other route, for one Match.
///
/// Every season that serves the Match (`pathways.serves_matches`: Y and Y+1) and is still open
/// on `today` (`cycles.*.pathways_closes`) is weighed; the one that asks least wins (see
/// `PathwaySeason.rank`). The profile's `pathway.season` is honoured when it serves the Match and
/// is open; otherwise `refusal` says why (issue 21, point 1; PathwaySeasonTests).
public struct PathwaySeasonChoice: Hashable, Sendable {
  public var chosen: PathwaySeason
  /// The other season considered, if any.
  public var alternative: PathwaySeason?
  /// True when the season is the profile's `pathway.season`.
  public var named: Bool
  /// Why the profile's `pathway.season` cannot be used for this Match, when it cannot.
  public var refusal: String?

  /// - Parameter routeDays: how many days the route of a season takes from its start to the
  ///   documents reaching ECFMG (the builder's lead times, with the profile's overrides).
  public static func choose(
    _ profile: Profile, matchYear: Int, rules: RulesPack, today: Day, tooLate: [Int: Day] = [:], routeDays: (PathwaySeason) -> Int
  ) -> PathwaySeasonChoice? {
    let serving = (matchYear - rules.pathways.servesMatches.value + 1)...matchYear
    let candidates = serving.compactMap { s -> PathwaySeason? in
      guard var c = season(in: s, for: matchYear, profile, rules: rules, today: today, routeDays: routeDays) else { return nil }
      if let lands = tooLate[s] {
        c.fits = false
        c.lands = lands
      }
      return c
    }
    guard let own = candidates.first(where: { $0.season == matchYear }) else { return nil }
    // A season already closed is not offered; the target year's own season always is, since
    // missing its Match deadline is the verdict's business, not this choice's.
    let open = candidates.filter { $0.season == matchYear || $0.due.value >= today }
    if let named = profile.pathwaySeason {
      let closes = rules.cycle(named)?.pathwaysCloses
      if !serving.contains(named) {
        let served = rules.pathways.serves(season: named)
        return PathwaySeasonChoice(chosen: own, alternative: nil, named: false, refusal: "a \(named)-season Pathway serves the \(served.lowerBound) and \(served.upperBound) Matches, not the \(matchYear) Match (\(rules.pathways.servesMatches.source))")
      }
      guard let picked = open.first(where: { $0.season == named }) else {
        return PathwaySeasonChoice(chosen: own, alternative: nil, named: false, refusal: "the \(named) Pathways season closed \(closes.map { "\($0.value)" } ?? "already") (today is \(today))")
      }
      return PathwaySeasonChoice(chosen: picked, alternative: open.first { $0.season != named }, named: true, refusal: nil)
    }
    let ranked = open.sorted { $0.rank.lexicographicallyPrecedes($1.rank) }
    return PathwaySeasonChoice(chosen: ranked[0], alternative: ranked.dropFirst().first, named: false, refusal: nil)
  }

  static func season(in season: Int, for matchYear: Int, _ profile: Profile, rules: RulesPack, today: Day, routeDays: (PathwaySeason) -> Int) -> PathwaySeason? {
    guard let dates = rules.cycle(season), case .pathways = dates.clinicalSkills.value else { return nil }
    let due = season == matchYear ? dates.pathwaysDeadline : dates.pathwaysCloses
    guard let due else { return nil }
    let record = profile.record(.oet)
    let held = rules.certification.oetPass(record)?.date ?? record.pending?.date
    let newOET = held.map { taken in dates.oetTakenOnOrAfter.map { taken < $0.value } ?? false } ?? true
    var candidate = PathwaySeason(season: season, choice: PathwayChoice.choose(profile, season: season, rules: rules.pathways), dates: dates, due: due, needsNewOET: newOET, fits: true)
    let start = max(today, dates.pathwaysOpens?.value ?? today)
    candidate.fits = start + routeDays(candidate) <= due.value
    return candidate
  }
}
