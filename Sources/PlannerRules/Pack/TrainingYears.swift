/// How many years a residency in a specialty lasts (the pack's `training_years`), recognised by
/// words in the specialty like `non_eras_specialties`. The cost ledger charges the yearly J-1
/// sponsorship fee (`fees.j1_sponsorship`, unit `year`; FEES.md row 19: "every training year")
/// for each of them.
public struct TrainingYears: Hashable, Sendable {
  /// Lower-case fragments; any one found in the specialty matches (`NonERASSpecialty.matches`).
  public var keywords: [String]
  public var years: Sourced<Int>

  public init(keywords: [String], years: Sourced<Int>) {
    self.keywords = keywords
    self.years = years
  }

  public func matches(specialty: String) -> Bool {
    NonERASSpecialty(keywords: keywords, service: Sourced("", years.confidence, years.source)).matches(specialty: specialty)
  }
}

extension RulesPack {
  /// The training years of a specialty: its entry in `training_years`, else the shortest entry
  /// (a categorical residency lasts at least that long), marked `assumed`; nil with no entries.
  public func trainingYears(specialty: String) -> (years: Sourced<Int>, assumed: Bool)? {
    if let entry = trainingYears.first(where: { $0.matches(specialty: specialty) }) { return (entry.years, false) }
    return trainingYears.min { $0.years.value < $1.years.value }.map { ($0.years, true) }
  }
}
