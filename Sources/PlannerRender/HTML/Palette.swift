internal import Foundation
import PlannerRules

/// The report's colours, with the WCAG 2 contrast arithmetic that tests hold them to: text at
/// least 4.5:1 on what it sits on (AA), bars and rules at least 3:1 on the page (non-text contrast).
public struct Palette: Sendable {
  public var background = "#ffffff"
  public var text = "#1b1b1b"
  public var muted = "#595959"
  public var grid = "#949494"
  public var planned = "#2b5d9b"
  public var critical = "#b3261e"
  public var done = "#6e6e6e"
  public var whisker = "#3d3d3d"
  public var gate = "#5e3a8c"
  public var today = "#1d6b34"
  public var link = "#1a4f8b"
  public var warningText = "#8a4b00"
  public var okText = "#1d6b34"
  public var badText = "#b3261e"
  public var phaseBand = "#f1f3f6"
  /// The risk layer's P50–P90 strips.
  public var band = "#8a4b00"

  public init() {}

  public static let standard = Palette()

  /// Colours that carry text, each with what it is drawn on.
  public var textPairs: [(name: String, foreground: String, background: String)] {
    [
      ("text", text, background), ("muted", muted, background), ("link", link, background),
      ("warning", warningText, background), ("ok", okText, background), ("bad", badText, background),
      ("gate label", gate, background), ("today label", today, background), ("phase heading", text, phaseBand),
      ("muted on phase band", muted, phaseBand),
    ]
  }

  /// Colours that are graphics (bars, rules, whiskers), against the page.
  public var graphicColours: [(name: String, colour: String)] {
    [("planned", planned), ("critical", critical), ("done", done), ("whisker", whisker), ("gate", gate), ("today", today), ("grid", grid), ("risk band", band)]
  }

  /// WCAG 2 relative luminance of `#rrggbb`.
  public static func luminance(_ hex: String) -> Double {
    let digits = Array(hex.dropFirst())
    func channel(_ i: Int) -> Double {
      let v = Double(Int(String(digits[i * 2...i * 2 + 1]), radix: 16) ?? 0) / 255
      return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
  }

  /// WCAG 2 contrast ratio between two colours, 1...21.
  public static func contrast(_ a: String, _ b: String) -> Double {
    let (la, lb) = (luminance(a), luminance(b))
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
  }
}
