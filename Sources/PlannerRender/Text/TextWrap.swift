/// Soft-wraps prose lines (the verdict header, notes) to the chart's width, so the whole
/// output fits the terminal. Continuation lines keep the line's indent plus two spaces; a
/// word longer than the width (a URL) stays whole rather than being cut.
public enum TextWrap {
  public static func wrap(_ text: String, width: Int) -> String {
    var out: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      out += wrapLine(String(line), width: width)
    }
    return out.joined(separator: "\n")
  }

  static func wrapLine(_ line: String, width: Int) -> [String] {
    guard line.count > width else { return [line] }
    let indent = String(line.prefix { $0 == " " })
    let continuation = indent + "  "
    var lines: [String] = []
    var current = indent
    for word in line.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false) {
      let prefix = lines.isEmpty ? indent : continuation
      if current.count > prefix.count && current.count + 1 + word.count > width {
        lines.append(current)
        current = continuation + word
      } else {
        current += (current.count > prefix.count ? " " : "") + word
      }
    }
    lines.append(current)
    return lines
  }
}
