import PlannerCore
import Testing

/// The one sanitizer every text output and error message goes through.
struct TerminalTextTests {
  @Test(arguments: [
    ("\u{1B}]0;pwned\u{07}", "\\u{1B}]0;pwned\\u{7}"),  // OSC 0: window title
    ("\u{1B}]52;c;cm0gLXJm\u{07}", "\\u{1B}]52;c;cm0gLXJm\\u{7}"),  // OSC 52: clipboard write
    ("\u{1B}[2J\u{1B}[H", "\\u{1B}[2J\\u{1B}[H"),  // CSI: clear screen, cursor home
    ("\u{9B}31m", "\\u{9B}31m"),  // C1 CSI
    ("abc\u{202E}fed", "abc\\u{202E}fed"),  // right-to-left override
    ("x\u{2066}y\u{2069}", "x\\u{2066}y\\u{2069}"),  // isolates
    ("safe\rEVIL", "safe\\u{D}EVIL"),  // lone CR would overwrite the line
    ("del\u{7F}", "del\\u{7F}"),
    ("Dr. Ñúñez 東京 🩺 — ok", "Dr. Ñúñez 東京 🩺 — ok"),
  ])
  func unsafeCharactersAreEscaped(_ raw: String, _ shown: String) {
    #expect(TerminalText.sanitize(raw) == shown)
  }

  @Test func lineFeedsAreTheOutputsOwnOnlyWhenAsked() {
    #expect(TerminalText.sanitize("a\nb\tc") == "a\nb\\u{9}c")
    #expect(TerminalText.sanitize("a\nb", keepingNewlines: false) == "a\\u{A}b")
  }
}
