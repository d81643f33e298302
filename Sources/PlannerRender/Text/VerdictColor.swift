public import PlannerPathway

/// The verdict line coloured by what it means, only when colour is on: on track green, on track
/// with little room (or a late post-Match step) yellow, not feasible red. Room to spare is never
/// shown in an alarm colour.
public enum VerdictColor {
  public enum Tone: Sendable, Equatable {
    case onTrack, tight, notFeasible

    var sgr: String {
      switch self {
      case .onTrack: return "32"
      case .tight: return "33"
      case .notFeasible: return "1;31"
      }
    }
  }

  /// Fewer days to spare than this before the deciding gate reads as tight.
  public static let tightDays = 30

  public static func tone(_ r: PlanResult) -> Tone {
    guard r.feasible else { return .notFeasible }
    let margin = r.margin
    if let deciding = margin.deciding, deciding.room < tightDays { return .tight }
    if let post = margin.postMatch, post.room < 0 { return .tight }
    return .onTrack
  }

  /// Paints the line that starts with "Verdict:" and its wrapped continuation lines (indented).
  /// The text must already be escaped: the codes added here are the only ones in it.
  public static func paint(_ text: String, tone: Tone) -> String {
    var inVerdict = false
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      if line.hasPrefix("Verdict: ") {
        inVerdict = true
      } else if inVerdict && !(line.hasPrefix("  ") && !line.hasPrefix("  ✗") && !line.hasPrefix("  !")) {
        inVerdict = false
      }
      return inVerdict && !line.isEmpty ? "\u{1B}[\(tone.sgr)m\(line)\u{1B}[0m" : String(line)
    }
    return lines.joined(separator: "\n")
  }
}
