import Foundation
import PlannerCore
import PlannerPathway
@testable import PlannerRender
import PlannerRules
import Testing

/// The header labels of today's and the gates' rules: staggered so none overlaps another, and
/// none is crossed by another gate's rule.
struct RuleLabelTests {
  /// Each label's box as drawn in the SVG: (line, left, right, rule x), from the `<text>` and
  /// `<line>` of every today/gate group, with the width estimate the layout uses.
  static func boxes(_ svg: String) -> [(line: Double, left: Double, right: Double, rule: Double, text: String)] {
    svg.components(separatedBy: "\n").filter { $0.hasPrefix("<g class=\"gate\">") || $0.hasPrefix("<g class=\"today\">") }.compactMap { g in
      func attribute(_ name: String, after marker: String) -> Double? {
        guard let from = g.range(of: marker) else { return nil }
        let rest = g[from.upperBound...]
        guard let a = rest.range(of: " \(name)=\"") else { return nil }
        return Double(rest[a.upperBound...].prefix { $0 != "\"" })
      }
      guard let tx = attribute("x", after: "<text"), let ty = attribute("y", after: "<text"), let rx = attribute("x1", after: "<line"),
        let open = g.range(of: "<text"), let start = g[open.upperBound...].firstIndex(of: ">"), let end = g.range(of: "</text>")
      else { return nil }
      let text = String(g[g.index(after: start)..<end.lowerBound])
      let width = Double(text.count) * RuleLabels.charWidth
      let endAnchored = g.contains("text-anchor=\"end\"")
      return (ty, endAnchored ? tx - width : tx, endAnchored ? tx : tx + width, rx, text)
    }
  }

  @Test(arguments: Fixtures.examples) func noTwoGateLabelsOverlapAndNoRuleCrossesOne(_ name: String) throws {
    let (r, _) = try Fixtures.plan(name)
    let svg = GanttSVG(r, gates: ChartGate.cycleGates(r)).render()
    let boxes = Self.boxes(svg)
    #expect(boxes.count == 5, "today and four gates: \(boxes.map(\.text))")
    for (i, a) in boxes.enumerated() {
      #expect(a.left >= 0 && a.right <= GanttSVG.plotWidth, "\(name): \(a.text) leaves the plot")
      for (j, b) in boxes.enumerated() where i < j && a.line == b.line {
        #expect(a.right <= b.left || b.right <= a.left, "\(name): '\(a.text)' and '\(b.text)' overlap on one line")
      }
      // A rule runs down from its own label: it must not pass through a label lower down.
      for b in boxes where b.line < a.line {
        #expect(b.rule < a.left || b.rule > a.right, "\(name): the rule of '\(b.text)' crosses '\(a.text)'")
      }
    }
  }

  /// Gates a few days apart, as the ROL deadline and Match Day are, with a long label each.
  @Test func closeGatesAreStaggered() {
    let items = [(x: 300.0, text: "today 2026-11-25"), (x: 800.0, text: "ROL deadline 2028-03-01"), (x: 819.0, text: "Match Day 2028-03-17"),
                 (x: 950.0, text: "Residency starts 2028-07-01"), (x: 955.0, text: "A fifth gate very close 2028-07-06")]
    let labels = RuleLabels(items, left: 250, right: 1060).labels
    #expect(Set(labels.map(\.line)).count >= 3)
    for (i, a) in labels.enumerated() {
      for b in labels[(i + 1)...] where a.line == b.line { #expect(a.right <= b.left || b.right <= a.left, "\(a.text) / \(b.text)") }
      for b in labels where b.line < a.line { #expect(b.x < a.left || b.x > a.right, "rule of \(b.text) crosses \(a.text)") }
    }
  }
}
