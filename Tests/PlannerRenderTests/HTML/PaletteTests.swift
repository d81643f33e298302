import Foundation
import PlannerPathway
import PlannerRender
import Testing

/// WCAG 2: text needs 4.5:1 (AA), graphics that carry meaning 3:1 (non-text contrast).
struct PaletteTests {
  @Test func contrastArithmeticMatchesKnownValues() {
    #expect(abs(Palette.contrast("#000000", "#ffffff") - 21) < 0.001)
    #expect(abs(Palette.contrast("#777777", "#ffffff") - 4.48) < 0.01)
    #expect(abs(Palette.contrast("#ffffff", "#ffffff") - 1) < 0.001)
  }

  @Test func textPassesAA() {
    for pair in Palette.standard.textPairs {
      let ratio = Palette.contrast(pair.foreground, pair.background)
      #expect(ratio >= 4.5, "\(pair.name) \(pair.foreground) on \(pair.background): \(ratio)")
    }
  }

  @Test func graphicsPassNonTextContrast() {
    let p = Palette.standard
    for g in p.graphicColours {
      let ratio = Palette.contrast(g.colour, p.background)
      #expect(ratio >= 3, "\(g.name) \(g.colour): \(ratio)")
    }
    // The white dots of an estimate must show on both bar colours.
    #expect(Palette.contrast("#ffffff", p.planned) >= 3)
    #expect(Palette.contrast("#ffffff", p.critical) >= 3)
  }

  /// The key and the patterns are drawn with literal colours: they must be the palette's.
  @Test func keyAndPatternsUseThePalette() throws {
    let (r, p) = try Fixtures.plan("step1-passed-ck-booked")
    let html = HTMLReport.render(r, options: ReportOptions(profileName: p.name))
    let palette = Palette.standard
    let allowed = Set(palette.textPairs.flatMap { [$0.foreground, $0.background] } + palette.graphicColours.map(\.colour))
    var rest = Substring(html)
    while let hash = rest.firstIndex(of: "#") {
      let hex = rest[hash...].prefix(7)
      rest = rest[rest.index(after: hash)...]
      guard hex.count == 7, hex.dropFirst().allSatisfy(\.isHexDigit) else { continue }
      #expect(allowed.contains(String(hex)), "colour \(hex) is not in the tested palette")
    }
  }
}
