public import PlannerPathway

/// The verdict's headline in the verdict's colour (`Verdict.tone`), only when colour is on:
/// green on track, amber at risk or with little room (or a late post-Match step), red when the
/// year does not hold. The callers hand over the headline's own lines (`PlanReport.headerSections`,
/// `VerdictText.headline`): nothing here reads printed text to find the verdict.
public enum VerdictColor {
  /// The SGR code of a tone.
  static func sgr(_ tone: Verdict.Tone) -> String {
    switch tone {
    case .green: "32"
    case .amber: "33"
    case .red: "1;31"
    }
  }

  /// Paints each non-empty line of `text`, the verdict's headline as wrapped to the width. The
  /// text must already be escaped: the codes added here are the only ones in it.
  public static func paint(_ text: String, tone: Verdict.Tone) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.isEmpty ? String(line) : "\u{1B}[\(sgr(tone))m\(line)\u{1B}[0m"
    }.joined(separator: "\n")
  }
}
