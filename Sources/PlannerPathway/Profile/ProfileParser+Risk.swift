import PlannerRules
import Yams

extension ProfileParser {
  static let riskKeys = ["first", "repeat"]

  /// `risk: {step1: {first: 0.8, repeat: 0.6}, …}`: probabilities from 0 to 1, or percentages.
  mutating func readRisk(_ node: Node) {
    for (key, _, value) in reader.pairs(node, allowed: Exam.allCases.map(\.rawValue), context: "risk") {
      guard let exam = Exam(rawValue: key) else { continue }
      var override = PassOverride()
      for (field, _, v) in reader.pairs(value, allowed: Self.riskKeys, context: "risk.\(key)") {
        let p = probability(v, "risk.\(key).\(field)")
        if field == "first" { override.first = p } else { override.repeatAttempt = p }
      }
      profile.risk[exam] = override
    }
  }

  mutating func probability(_ node: Node, _ what: String) -> Double? {
    guard let text = reader.string(node, what) else { return nil }
    let percent = text.hasSuffix("%")
    guard let raw = Double(percent ? String(text.dropLast()) : text), raw.isFinite else {
      reader.fail(node, "\(what) must be a probability from 0 to 1 (or a percentage such as 75%), got '\(text)'")
      return nil
    }
    let p = percent ? raw / 100 : raw
    guard (0...1).contains(p) else {
      reader.fail(node, "\(what) must be a probability from 0 to 1 (or a percentage such as 75%), got '\(text)'")
      return nil
    }
    return p
  }
}
