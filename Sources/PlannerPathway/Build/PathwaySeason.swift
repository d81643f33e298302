public import PlannerCore
public import PlannerRules

/// One Pathways season a new application could go to for a Match, and what that route asks.
///
/// A season-Y Pathway serves the Y and Y+1 Matches (`pathways.serves_matches`), and a season
/// stays open after its own Match deadline until it closes (`cycles.*.pathways_closes`; the 2025
/// season closed 2025-05-31, FACTS.md §10). Its own rules apply: its OET window
/// (`cycles.*.oet_taken_on_or_after`) and its Pathway cut-offs (`pathways.*`).
public struct PathwaySeason: Hashable, Sendable {
  /// The season, named by the Match year it is for.
  public var season: Int
  /// The Pathway the applicant would use in it.
  public var choice: PathwayChoice
  /// The season's own record: its opening, Match deadline, closing and OET window.
  public var dates: CycleRules
  /// The day the application, the documents and the OET result must reach ECFMG for the plan's
  /// Match: the season's Match deadline for its own Match, its closing day for the next one.
  public var due: Sourced<Day>
  /// No OET result the applicant holds (passed or pending) falls inside the season's window.
  public var needsNewOET: Bool
  /// The route fits before `due`, by the pack's likely lead times from today (or the opening).
  public var fits: Bool
  /// When a scheduled plan missed `due`: the day its documents would land.
  public var lands: Day?

  public init(season: Int, choice: PathwayChoice, dates: CycleRules, due: Sourced<Day>, needsNewOET: Bool, fits: Bool) {
    self.season = season
    self.choice = choice
    self.dates = dates
    self.due = due
    self.needsNewOET = needsNewOET
    self.fits = fits
  }

  public var needsMiniCEX: Bool { choice.number == 6 }

  /// Lower asks first: eligible, that fits, without a Mini-CEX, without a new OET, then the
  /// earlier season (the earlier certificate) — issue 21, point 1.
  var rank: [Int] {
    [choice.ineligible == nil ? 0 : 1, fits ? 0 : 1, needsMiniCEX ? 1 : 0, needsNewOET ? 1 : 0, season]
  }

  /// What the route asks, in plain words: "Pathway 3, no Mini-CEX, no new OET".
  public var asks: String {
    var parts = ["Pathway \(choice.number)"]
    parts.append(needsMiniCEX ? "a Mini-CEX" : "no Mini-CEX")
    let window = dates.oetTakenOnOrAfter.map { " (taken on or after \($0.value)\($0.confidence.isEstimated ? ", estimated" : ""))" } ?? ""
    parts.append(needsNewOET ? "a new OET\(window)" : "no new OET\(window)")
    return parts.joined(separator: ", ")
  }
}
