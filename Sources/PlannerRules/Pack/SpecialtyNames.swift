/// Whether a profile's specialty is one the Match lists (`specialties` in the pack, or a
/// non-ERAS specialty), and if not, the closest listed name for a "did you mean" (issue 21,
/// point 2; ResidencyCASTests).
public enum SpecialtyNames {
  /// The verdict on one specialty as written.
  public enum Verdict: Hashable, Sendable {
    case known
    /// Not listed; the closest listed name, if one is near.
    case unknown(suggestion: String?)
  }

  /// A name is found as whole words of the specialty ("Internal medicine preliminary" holds
  /// "internal medicine"), never inside a word ("Immunology" does not hold "IM").
  public static func verdict(_ specialty: String, rules: RulesPack) -> Verdict {
    if rules.nonERASSpecialties.contains(where: { $0.matches(specialty: specialty) }) { return .known }
    guard let names = rules.specialties?.value, !names.isEmpty else { return .known }
    let folded = Array(NonERASSpecialty.folded(specialty).utf8)
    let starts = NonERASSpecialty.wordStarts(specialty)
    let ends = Set(NonERASSpecialty.wordEnds(specialty))
    for name in names {
      let needle = Array(NonERASSpecialty.folded(name).utf8)
      guard !needle.isEmpty else { continue }
      for start in starts where ends.contains(start + needle.count) && start + needle.count <= folded.count {
        if folded[start..<(start + needle.count)].elementsEqual(needle) { return .known }
      }
    }
    // Compared as words in lower case, one space apart: "Emergncy  Medicine" → "emergency medicine".
    let words = specialty.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    let spaced = names.map { $0.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ") }
    return .unknown(suggestion: nearest(words, in: spaced).flatMap { hit in names.first { $0.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ") == hit } })
  }
}
