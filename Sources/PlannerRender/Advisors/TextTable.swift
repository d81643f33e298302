import PlannerCore

/// Columns padded to their widest cell (capped, long cells cut with …); the last cell of a row
/// is never padded. Each cell is sanitized first, so an escape cannot break the alignment.
enum TextTable {
  /// - Parameter keepTail: columns cut at the front (file paths: the name matters most).
  static func render(_ rows: [[String]], caps: [Int], keepTail: Set<Int> = []) -> [String] {
    let clean = rows.map { $0.map { TerminalText.sanitize($0, keepingNewlines: false) } }
    var widths: [Int] = []
    for row in clean {
      for (k, cell) in row.enumerated() {
        let cap = k < caps.count ? caps[k] : 80
        let w = min(cell.count, cap)
        if k < widths.count { widths[k] = max(widths[k], w) } else { widths.append(w) }
      }
    }
    return clean.map { row in
      row.enumerated().map { k, cell -> String in
        let cap = k < caps.count ? caps[k] : 80
        // The last cell of a row (an error spans the rest) is not cut.
        let last = k == row.count - 1
        var text = cell
        if !last && cell.count > cap {
          text = keepTail.contains(k) ? "…" + String(cell.suffix(cap - 1)) : String(cell.prefix(cap - 1)) + "…"
        }
        return last ? text : text.padding(widths[k])
      }.joined(separator: "  ")
    }
  }
}

extension String {
  /// Pads with spaces on the right to `width` characters (longer text is left as it is).
  fileprivate func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
