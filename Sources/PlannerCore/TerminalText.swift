/// Text that came from a user (a profile, a journal, a command-line argument) made safe to
/// print on a terminal.
///
/// A name such as `"\u{1B}]0;pwned\u{7}"` would retitle the window, `ESC ] 52` would write the
/// clipboard, CSI sequences move the cursor, a lone CR overwrites the line and U+202E reorders
/// what follows it. Every text output and every error message goes through `sanitize`, so none
/// of them reaches the terminal raw: each such character is shown as a Swift-style escape
/// (`\u{1B}`), visible and unambiguous. JSON and iCalendar have their own escaping.
public enum TerminalText {
  /// C0 controls (all of them: the caller decides whether a line feed is the output's own),
  /// DEL, C1 controls, and the bidirectional overrides and isolates.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// `\u{1B}` for ESC: how an unsafe character is shown.
  public static func escape(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }

  /// The text with every unsafe character escaped; line feeds are kept when `keepingNewlines`
  /// (multi-line output), escaped otherwise (one-line fields such as a chart row).
  public static func sanitize(_ text: String, keepingNewlines: Bool = true) -> String {
    // Most text is clean: scan once and return it untouched.
    guard text.unicodeScalars.contains(where: { isUnsafe($0) && !(keepingNewlines && $0 == "\n") }) else {
      return text
    }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar) && !(keepingNewlines && scalar == "\n") {
        out.append(contentsOf: escape(scalar).unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }
}
