import PlannerRules

/// Where the labels of today's and the gates' rules go in the chart's header. A rule runs down
/// from its own label, so a label must sit above every rule that would cross it, and labels on
/// one line must not overlap: close gates (the ROL deadline and Match Day are 16 days apart) are
/// staggered onto lines of their own instead of piling on each other.
struct RuleLabels {
  struct Label: Equatable {
    var x: Double
    var text: String
    /// Header line, 0 at the top.
    var line: Int
    /// The label ends at its rule instead of starting there (near the right edge).
    var endAnchored: Bool
    /// The text's horizontal extent, estimated (the report has no font metrics).
    var left: Double
    var right: Double
  }

  /// An upper bound of the 11 px label font's average advance, so estimates err wide.
  static let charWidth = 6.6
  /// Space kept between labels, and between a label and a rule.
  static let gap = 4.0

  var labels: [Label]

  /// `items` in drawing order; labels stay inside `left...right`. Each label starts at its rule
  /// or ends there: every combination is tried (there are five labels) and the one with the
  /// fewest rules through labels, then the fewest lines, then the fewest end-anchored, is kept.
  init(_ items: [(x: Double, text: String)], left: Double, right: Double) {
    let n = items.count
    var best: (score: [Int], labels: [Label])?
    let combinations = n <= 10 ? (0..<(1 << n)).map { mask in (0..<n).map { mask & (1 << $0) != 0 } } : [Array(repeating: false, count: n)]
    for ends in combinations {
      guard let labels = Self.layout(items, ends: ends, left: left, right: right) else { continue }
      let score = [Self.crossings(labels), Self.lines(labels), ends.filter { $0 }.count]
      if best == nil || score.lexicographicallyPrecedes(best!.score) { best = (score, labels) }
    }
    labels = best?.labels ?? Self.layout(items, ends: Array(repeating: false, count: n), left: -.infinity, right: .infinity)!
  }

  static func lines(_ labels: [Label]) -> Int { (labels.map(\.line).max() ?? -1) + 1 }

  /// Rules that pass through a label lower down.
  static func crossings(_ labels: [Label]) -> Int {
    var count = 0
    for a in labels { for b in labels where b.line < a.line && b.x >= a.left - gap && b.x <= a.right + gap { count += 1 } }
    return count
  }

  /// Lines for the given anchors, top-down: a label goes below every label its rule would
  /// cross, then down past any overlap. Nil when a label does not fit between `left` and `right`.
  static func layout(_ items: [(x: Double, text: String)], ends: [Bool], left: Double, right: Double) -> [Label]? {
    var boxes: [Label] = []
    for (item, end) in zip(items, ends) {
      let width = Double(item.text.count) * Self.charWidth
      let l = end ? item.x - 3 - width : item.x + 3
      guard l >= left, l + width <= right else { return nil }
      boxes.append(Label(x: item.x, text: item.text, line: 0, endAnchored: end, left: l, right: l + width))
    }
    // j's rule crosses i's text: i must sit above j.
    func crosses(_ j: Int, _ i: Int) -> Bool {
      i != j && boxes[j].x >= boxes[i].left - Self.gap && boxes[j].x <= boxes[i].right + Self.gap
    }
    var placed: [Int] = []
    var remaining = Array(boxes.indices)
    while !remaining.isEmpty {
      // A label whose rule crosses no label still to place; on a cycle, the leftmost.
      let free = remaining.first { j in !remaining.contains { i in crosses(j, i) } } ?? remaining.min { boxes[$0].x < boxes[$1].x }!
      remaining.removeAll { $0 == free }
      var line = placed.filter { crosses(free, $0) }.map { boxes[$0].line + 1 }.max() ?? 0
      while placed.contains(where: { p in
        boxes[p].line == line && boxes[p].left < boxes[free].right + Self.gap && boxes[free].left < boxes[p].right + Self.gap
      }) { line += 1 }
      boxes[free].line = line
      placed.append(free)
    }
    return boxes
  }

  var lineCount: Int { (labels.map(\.line).max() ?? -1) + 1 }
}
