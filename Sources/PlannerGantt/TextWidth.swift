import Foundation
import PlannerCore

/// Terminal display width of text, counted per character (grapheme), never per byte.
///
/// East Asian wide characters and emoji take two columns; combining marks ride on their base
/// character. Glyphs of ambiguous width (box drawing, shades, ◆) count as one, as they do in
/// every Western terminal.
public enum TextWidth {
  static func of(_ c: Character) -> Int {
    // Printable ASCII is one column: most of every chart, without the Unicode property lookups
    // (a 20,000-task Gantt spent 7% of its time there; docs/BENCHMARKS.md).
    if let ascii = c.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
    guard let first = c.unicodeScalars.first else { return 0 }
    let v = first.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if isWide(v) || first.properties.isEmojiPresentation { return 2 }
    // An emoji presentation selector turns e.g. ☎ into a two-column emoji.
    if c.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    return 1
  }

  public static func of(_ s: String) -> Int {
    if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s.utf8.count }
    return s.reduce(0) { $0 + of($1) }
  }

  private static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// Makes caller text safe to print on one line: control characters (including ESC, which
  /// could smuggle colour or cursor codes into plain output), line breaks and bidi overrides
  /// are shown escaped (`\u{1B}`), as in every other output, and other invisible format
  /// characters are dropped so they cannot hide in a row. In ASCII mode accents are dropped
  /// (é → e) and anything else non-ASCII becomes `?`.
  static func clean(_ s: String, ascii: Bool) -> String {
    var text = ""
    for c in TerminalText.sanitize(s, keepingNewlines: false) where c.unicodeScalars.first?.properties.generalCategory != .format {
      text.append(c)
    }
    if ascii {
      // Typographic punctuation has plain equivalents that read better than `?`.
      let plain: [Character: String] = [
        "—": "-", "–": "-", "‘": "'", "’": "'", "“": "\"", "”": "\"", "…": "...", "•": "*", "→": "->",
      ]
      text = text.map { plain[$0] ?? String($0) }.joined()
      text = text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
      text = String(text.map { $0.isASCII ? $0 : "?" })
    }
    return text
  }

  /// Cuts text to at most `width` columns, ending with `ellipsis` when anything was dropped.
  static func truncate(_ s: String, to width: Int, ellipsis: String) -> String {
    guard width > 0 else { return "" }
    if of(s) <= width { return s }
    let room = width - of(ellipsis)
    guard room >= 0 else { return fit(s, room: width) }
    return fit(s, room: room).trimmingTrailingSpaces() + ellipsis
  }

  /// The longest prefix of `s` that fits in `room` columns (a wide character never half-fits).
  private static func fit(_ s: String, room: Int) -> String {
    var used = 0
    var out = ""
    for c in s {
      let w = of(c)
      if used + w > room { break }
      used += w
      out.append(c)
    }
    return out
  }

  static func padded(_ s: String, to width: Int) -> String {
    let w = of(s)
    return w >= width ? s : s + String(repeating: " ", count: width - w)
  }

  static func leftPadded(_ s: String, to width: Int) -> String {
    let w = of(s)
    return w >= width ? s : String(repeating: " ", count: width - w) + s
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
