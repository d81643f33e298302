/// One output line as runs of styled text, with its display width tracked as it grows.
struct StyledLine {
  private(set) var runs: [(text: String, style: Style)] = []
  private(set) var width = 0

  mutating func append(_ text: String, _ style: Style = .plain) {
    guard !text.isEmpty else { return }
    width += TextWidth.of(text)
    if let last = runs.last, last.style == style {
      runs[runs.count - 1].text += text
    } else {
      runs.append((text, style))
    }
  }

  mutating func append(_ c: Character, _ style: Style = .plain) { append(String(c), style) }

  /// Adds spaces up to `column` (nothing if the line is already that wide).
  mutating func pad(to column: Int) {
    if column > width { append(String(repeating: " ", count: column - width)) }
  }

  /// The line cut to at most `limit` columns: the last guard that nothing is ever too wide.
  func clipped(to limit: Int) -> StyledLine {
    guard width > limit else { return self }
    var out = StyledLine()
    for run in runs {
      for c in run.text {
        if out.width + TextWidth.of(c) > limit { return out }
        out.append(c, run.style)
      }
    }
    return out
  }

  /// The printable text, without trailing spaces, with SGR codes only when `color` is set.
  func rendered(color: Bool) -> String {
    var trimmed = runs
    while let last = trimmed.last {
      let text = last.text.trimmingTrailingSpaces()
      if text.isEmpty {
        trimmed.removeLast()
      } else {
        trimmed[trimmed.count - 1].text = text
        break
      }
    }
    var out = ""
    for run in trimmed {
      if color, let sgr = run.style.sgr, run.text.contains(where: { $0 != " " }) {
        out += "\u{1B}[" + sgr + "m" + run.text + "\u{1B}[0m"
      } else {
        out += run.text
      }
    }
    return out
  }
}
