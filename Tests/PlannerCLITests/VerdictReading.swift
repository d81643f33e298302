import Foundation
import PlannerCore

/// What one view says of the verdict, read from what it shows: the status (`Verdict.Status`'s
/// raw value) where the view tells it, whether the Match year holds, for which year, the deciding
/// margin in days and the earliest feasible year. A view that does not
/// show a fact leaves it nil, and two readings agree when every fact both show is equal.
struct VerdictReading: Equatable, CustomStringConvertible {
  var status: String? = nil
  var holds: Bool?
  var year: Int?
  var marginDays: Int?
  var earliest: Int??

  func disagreement(with other: VerdictReading) -> String? {
    var out: [String] = []
    if let a = status, let b = other.status, a != b { out.append("\(a) vs \(b)") }
    if let a = holds, let b = other.holds, a != b { out.append("holds \(a) vs \(b)") }
    if let a = year, let b = other.year, a != b { out.append("year \(a) vs \(b)") }
    if let a = marginDays, let b = other.marginDays, a != b { out.append("margin \(a) vs \(b) days") }
    if let a = earliest, let b = other.earliest, a != b { out.append("earliest \(a.map(String.init) ?? "none") vs \(b.map(String.init) ?? "none")") }
    return out.isEmpty ? nil : out.joined(separator: ", ")
  }

  var description: String {
    [status, holds.map { $0 ? "holds" : "does not hold" }, year.map { "for \($0)" }, marginDays.map { "margin \($0)" },
     earliest.map { "earliest \($0.map(String.init) ?? "none")" }].compactMap { $0 }.joined(separator: ", ")
  }

  /// A verdict line of the terminal, `next` or the report: "Verdict: On track for the 2028 Match:
  /// 85 days to spare before …", "Verdict: NOT FEASIBLE for the 2027 Match: 12 days late: …".
  /// An amber "At risk" verdict holds the year.
  static func line(_ text: Substring) -> VerdictReading {
    var reading = VerdictReading()
    let lower = text.lowercased()
    if lower.contains("not feasible") || lower.contains("blocked") || lower.contains("not hold") || lower.contains("no longer holds") {
      reading.holds = false
    } else if lower.contains("at risk") {
      reading.holds = true
      reading.status = "atRisk"
    } else if lower.contains("on track") || lower.contains("holds") {
      reading.holds = true
      reading.status = "onTrack"
    }
    reading.year = firstNumber(after: "the ", before: " Match", in: text)
    if let days = firstNumber(after: ": ", before: " days to spare", in: text) ?? firstNumber(after: ": ", before: " day to spare", in: text) {
      reading.marginDays = days
    } else if let days = firstNumber(after: ": ", before: " days late", in: text) ?? firstNumber(after: ": ", before: " day late", in: text) {
      reading.marginDays = -days
    }
    return reading
  }

  /// `check`'s closing line (`VerdictText.checkLine`): blocked, late, at risk or open.
  static func check(_ text: String) -> VerdictReading {
    let last = text.split(separator: "\n").last.map(String.init) ?? ""
    var reading = VerdictReading(holds: nil, year: firstNumber(after: "the ", before: " Match", in: last[...]))
    if last.contains("finding blocks") || last.contains("findings block") {
      (reading.status, reading.holds) = ("blocked", false)
    } else if last.contains("does not make it") {
      (reading.status, reading.holds) = ("notFeasible", false)
    } else if last.contains("at risk") {
      (reading.status, reading.holds) = ("atRisk", true)
    } else if last.hasPrefix("Nothing blocks") {
      (reading.status, reading.holds) = ("onTrack", true)
    }
    return reading
  }

  /// The first line of `text` that starts with "Verdict:" (after spaces), read as `line`.
  static func firstVerdict(in text: String) -> VerdictReading? {
    text.split(separator: "\n").first { $0.drop { $0 == " " }.hasPrefix("Verdict:") }.map(line)
  }

  /// `risk`'s deterministic verdict: "feasible for 2028 with 85 days to spare; earliest feasible
  /// Match year 2028.", "feasible for 2028 with 85 days to spare (at risk: 1 soft target is
  /// missed); …" or "not feasible for 2027; no feasible Match year."
  static func risk(_ text: String) -> VerdictReading {
    var reading = VerdictReading()
    reading.holds = !text.hasPrefix("not feasible")
    if reading.holds == true { reading.status = text.contains("(at risk") ? "atRisk" : "onTrack" }
    reading.year = firstNumber(after: "feasible for ", before: "", in: text[...])
    reading.marginDays = firstNumber(after: " with ", before: " days to spare", in: text[...])
    if text.contains("no feasible Match year") {
      reading.earliest = .some(nil)
    } else if let year = firstNumber(after: "earliest feasible Match year ", before: "", in: text[...]) {
      reading.earliest = year
    }
    return reading
  }

  /// The integer right after `prefix` (the first occurrence followed by digits) whose digits are
  /// followed by `suffix` (any text when empty).
  static func firstNumber(after prefix: String, before suffix: String, in text: Substring) -> Int? {
    var rest = text[...]
    while let range = rest.range(of: prefix) {
      let tail = rest[range.upperBound...]
      let digits = tail.prefix { $0.isNumber || $0 == "," }
      if !digits.isEmpty, suffix.isEmpty || tail.dropFirst(digits.count).hasPrefix(suffix) {
        return Int(digits.filter(\.isNumber))
      }
      rest = tail
    }
    return nil
  }
}
