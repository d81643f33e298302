import PlannerGantt

/// Soft-wraps prose lines to the width, so every command's output fits the terminal (issue 25
/// §4; `Tests/PlannerCLITests/EveryCommandFitsTests`). Continuation lines keep the line's indent
/// plus two spaces (a numbered item's, under its text). Lines break only at spaces, so ids, dates and numbers stay whole; a command
/// in backticks stays on one line when it fits the width; a word longer than the width (a URL)
/// stays whole rather than being cut.
public enum TextWrap {
  /// - Parameter ascii: measure words as `--ascii` prints them (`AsciiText.fold`: "→" is "->"),
  ///   so the folded output still fits.
  public static func wrap(_ text: String, width: Int, ascii: Bool = false) -> String {
    var out: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      out += wrapLine(String(line), width: width, ascii: ascii)
    }
    return out.joined(separator: "\n")
  }

  static func wrapLine(_ line: String, width: Int, ascii: Bool = false) -> [String] {
    let measure = { (s: String) in TextWidth.of(ascii ? AsciiText.fold(s) : s) }
    guard measure(line) > width else { return [line] }
    let indent = String(line.prefix { $0 == " " })
    // A numbered item ("  2. step2ck.prep …") continues under its text, not under its number.
    let number = line.dropFirst(indent.count).prefix { $0.isASCII && $0.isNumber }
    let numbered = !number.isEmpty && line.dropFirst(indent.count + number.count).hasPrefix(". ")
    let continuation = indent + String(repeating: " ", count: numbered ? number.count + 2 : 2)
    var lines: [String] = []
    var current = indent
    var currentWidth = indent.count
    for word in words(line.dropFirst(indent.count), room: width - continuation.count) {
      let prefix = lines.isEmpty ? indent : continuation
      let wordWidth = measure(word)
      if currentWidth > prefix.count && currentWidth + 1 + wordWidth > width {
        lines.append(current)
        current = continuation + word
        currentWidth = continuation.count + wordWidth
      } else {
        let space = currentWidth > prefix.count ? " " : ""
        current += space + word
        currentWidth += space.count + wordWidth
      }
    }
    lines.append(current)
    return lines
  }

  /// The line's words, split at spaces; a `backticked command` is one word when it fits `room`.
  static func words(_ text: Substring, room: Int) -> [String] {
    var words: [String] = []
    var open: [Substring] = []
    for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
      if !open.isEmpty {
        open.append(piece)
        if piece.contains("`") { words.append(open.joined(separator: " ")); open = [] }
        continue
      }
      if piece.filter({ $0 == "`" }).count == 1 { open = [piece] } else { words.append(String(piece)) }
    }
    if !open.isEmpty { words.append(contentsOf: open.map(String.init)) }
    return words.flatMap { $0.contains(" ") && $0.count > room ? $0.split(separator: " ").map(String.init) : [$0] }
  }
}
