import Foundation

/// `--ascii` applies to every line planner prints, not just the chart: symbols get ASCII
/// stand-ins, accents are dropped, and anything else non-ASCII becomes '?'.
public enum AsciiText {
  static let symbols: [Character: String] = [
    "·": "-", "→": "->", "✓": "ok", "✗": "X", "≈": "~", "—": "-", "–": "-", "…": "...", "−": "-",
    "‘": "'", "’": "'", "“": "\"", "”": "\"", "!": "!",
  ]

  public static func fold(_ text: String) -> String {
    var out = ""
    for ch in text {
      if ch.isASCII {
        out.append(ch)
      } else if let s = symbols[ch] {
        out += s
      } else {
        let plain = String(ch).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        out += plain.allSatisfy(\.isASCII) ? plain : "?"
      }
    }
    return out
  }
}
