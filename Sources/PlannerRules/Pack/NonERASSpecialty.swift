/// A specialty that does not apply through ERAS, recognised by words in the profile's specialty.
public struct NonERASSpecialty: Hashable, Sendable {
  /// Lower-case fragments; any one found in the specialty matches.
  public var keywords: [String]
  /// Where applications go instead, e.g. "ResidencyCAS".
  public var service: Sourced<String>
  /// Whole names that mean this specialty, compared folded ("EM", "ED"): too short to search for.
  public var names: [String]

  public init(keywords: [String], service: Sourced<String>, names: [String] = []) {
    self.keywords = keywords.map(Self.folded)
    self.service = service
    self.names = names.map(Self.folded)
  }

  /// Applications go through ResidencyCAS, which the planner plans (issue 21, point 2).
  public var isResidencyCAS: Bool { service.value.contains("ResidencyCAS") }

  /// Letters and digits only, lower case: "OB GYN", "Ob-Gyn" and "ob/gyn" all read "obgyn".
  static func folded(_ text: String) -> String {
    String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { (97...122).contains($0.value) || (48...57).contains($0.value) }))
  }

  /// Whether a profile's specialty names this service's specialty: its folded whole is one of the
  /// names, or a keyword begins at the start of one of its words ("Obstetrics and Gynecology",
  /// "OB GYN" read from the first word on as "obgyn…"). Never inside a word: "Neurology" holds
  /// "urolog" but is not Urology (ResidencyCASTests). The one copy of the rule (EligibilityCheck
  /// and CostPricing ask here). The search runs over UTF-8 bytes: `String.contains` compares
  /// characters and took seconds on a 70 KB specialty (issue 26's fuzz run, Tests/fuzz/run.sh).
  public func matches(specialty: String) -> Bool {
    let folded = Self.folded(specialty)
    if names.contains(folded) { return true }
    let text = Array(folded.utf8)
    let starts = Self.wordStarts(specialty)
    return keywords.contains { keyword in
      let needle = Array(keyword.utf8)
      guard !needle.isEmpty else { return false }
      return starts.contains { start in
        start + needle.count <= text.count && text[start..<(start + needle.count)].elementsEqual(needle)
      }
    }
  }

  /// Where each word of `text` begins in its folded form: a letter or digit after anything else.
  static func wordStarts(_ text: String) -> [Int] {
    var starts: [Int] = []
    var offset = 0, inWord = false
    for scalar in text.lowercased().unicodeScalars {
      let kept = (97...122).contains(scalar.value) || (48...57).contains(scalar.value)
      if kept {
        if !inWord { starts.append(offset) }
        offset += 1
      }
      inWord = kept
    }
    return starts
  }

  /// Where each word of `text` ends in its folded form (the offset just past its last letter).
  static func wordEnds(_ text: String) -> [Int] {
    var ends: [Int] = []
    var offset = 0, inWord = false
    for scalar in text.lowercased().unicodeScalars {
      let kept = (97...122).contains(scalar.value) || (48...57).contains(scalar.value)
      if kept { offset += 1 } else if inWord { ends.append(offset) }
      inWord = kept
    }
    if inWord { ends.append(offset) }
    return ends
  }
}
