/// What the ledger prices that the plan does not say: how many programs per specialty, how many
/// ranks, and whether the applicant tests (and is) outside the US (issue 22, point 2).
public struct CostOptions: Hashable, Sendable {
  /// Where the program and rank counts came from, for the ledger's header.
  public enum Basis: Hashable, Sendable {
    /// `--programs` / `--ranks`.
    case options
    /// The programs file beside the profile (`me.csv`, as `planner cohort` reads it).
    case programsFile(String)
    /// Neither: `standardPrograms` programs in the profile's specialty, `standardRanks` ranks.
    case standard
    /// The default, because the programs file beside the profile could not be read (the first
    /// problem found): the views that take no counts say so instead of defaulting silently.
    case unreadableProgramsFile(String, reason: String)
  }

  /// One specialty's programs (ERAS counts its tiers per specialty: FEES.md row 13).
  public struct Programs: Hashable, Sendable {
    public var specialty: String
    public var count: Int
    public init(_ specialty: String, _ count: Int) {
      self.specialty = specialty
      self.count = count
    }
  }

  public var programs: [Programs]
  public var ranks: Int
  public var basis: Basis
  /// USMLE sittings outside the US and Canada pay the surcharge (FEES.md row 6), and a new H-1B
  /// petition for a physician abroad the proclamation's payment (row 29). Default: abroad.
  public var abroad: Bool

  /// The documented default without `--programs` or a programs file: 60 programs, the number of
  /// FEES.md's worked example, in the profile's specialty…
  public static let standardPrograms = 60
  /// …and the 20 ranks NRMP registration includes (row 15), so no extra-rank fee is assumed.
  public static let standardRanks = 20
  /// The specialty named when the profile gives none.
  public static let standardSpecialty = "internal medicine"

  public init(programs: [Programs], ranks: Int, basis: Basis, abroad: Bool = true) {
    self.programs = programs
    self.ranks = ranks
    self.basis = basis
    self.abroad = abroad
  }

  /// The documented default for a profile.
  public static func standard(for profile: Profile, abroad: Bool = true) -> CostOptions {
    let specialty = profile.specialty.flatMap { $0.isEmpty ? nil : $0 } ?? standardSpecialty
    return CostOptions(programs: [Programs(specialty, standardPrograms)], ranks: standardRanks, basis: .standard, abroad: abroad)
  }

  /// Short names people type in `--programs IM=60,FM=20`, spelled out so that ERAS's per-specialty
  /// tiers and `non_eras_specialties` (ResidencyCAS) recognise them.
  public static let abbreviations = [
    "im": "internal medicine", "fm": "family medicine", "em": "emergency medicine", "peds": "pediatrics",
    "obgyn": "obstetrics and gynecology", "ob/gyn": "obstetrics and gynecology", "psych": "psychiatry",
    "gs": "general surgery", "neuro": "neurology", "path": "pathology",
  ]

  /// The counts of a programs file (`me.csv`): one program per row, by its specialty (a row
  /// without one counts in the profile's); ranks: `ranks`, else every program up to the 20 included.
  public static func programsFile(_ file: String, specialties: [String], profile: Profile, ranks: Int?, abroad: Bool = true) -> CostOptions {
    var counts: [Programs] = []
    for raw in specialties {
      let named = raw.isEmpty ? (profile.specialty ?? standardSpecialty) : raw
      let name = abbreviations[named.lowercased()] ?? named
      if let i = counts.firstIndex(where: { $0.specialty.lowercased() == name.lowercased() }) { counts[i].count += 1 } else { counts.append(Programs(name, 1)) }
    }
    return CostOptions(programs: counts, ranks: ranks ?? min(standardRanks, specialties.count), basis: .programsFile(file), abroad: abroad)
  }

  public var totalPrograms: Int { programs.reduce(0) { $0 + $1.count } }
}
