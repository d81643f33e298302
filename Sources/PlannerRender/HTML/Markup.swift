/// Escaping for everything user-written that reaches HTML or SVG: names, notes, sources.
public enum Markup {
  /// Text and attribute values: the five markup characters become entities; a tab becomes a
  /// space; other control characters (invalid in HTML) and bidirectional overrides (which can
  /// make a name read as something else) become U+FFFD.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\n": out.unicodeScalars.append(scalar)
      case "\t": out += " "
      case _ where isUnsafe(scalar): out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
      || v == 0xFFFE || v == 0xFFFF
  }

  /// A link for a source: only http(s) URLs become anchors; anything else stays plain text.
  public static func link(_ url: String, text: String? = nil) -> String {
    let label = escape(text ?? url)
    let lower = url.lowercased()
    guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !url.contains(where: { $0 == " " || $0 == "\n" }) else {
      return label
    }
    return "<a href=\"\(escape(url))\" rel=\"noreferrer\">\(label)</a>"
  }

  /// A number with at most one decimal, formatted the same on every machine (no locale).
  public static func number(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let magnitude = abs(tenths)
    return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
  }
}
