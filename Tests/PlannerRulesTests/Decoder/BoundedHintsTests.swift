import PlannerCore
import Testing

@testable import PlannerRules

/// Issue 26, point 7: a "did you mean" ran a full edit distance against every id for every
/// unknown reference (5,000 misspelt references: 14 s), and identical errors were printed each
/// time (59,889 lines). Hints are now bounded by the distance they may have; output collapses.
struct BoundedHintsTests {
  /// The suggestion the unbounded search gave: the nearest (then alphabetically first) candidate
  /// within max(2, length / 3).
  static func reference(_ word: String, _ candidates: [String]) -> String? {
    guard word.count <= 64 else { return nil }
    let scored = candidates.map { ($0, Spelling.editDistance(word.lowercased(), $0)) }
    guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return nil }
    return best.1 <= max(2, word.count / 3) ? best.0 : nil
  }

  @Test func theBoundedSearchSuggestsWhatTheFullOneDid() {
    var rng = SplitMix64(seed: 26)
    let letters = Array("abcde.-_1")
    func word(_ n: Int) -> String { String((0..<n).map { _ in letters[Int(rng.next() % UInt64(letters.count))] }) }
    for _ in 0..<300 {
      let candidates = (0..<Int(rng.next() % 40 + 1)).map { _ in word(Int(rng.next() % 12 + 1)) }
      var typed = candidates[Int(rng.next() % UInt64(candidates.count))]
      // One to three edits away, or a fresh word.
      for _ in 0..<Int(rng.next() % 4) where !typed.isEmpty {
        var chars = Array(typed)
        chars[Int(rng.next() % UInt64(chars.count))] = letters[Int(rng.next() % UInt64(letters.count))]
        typed = String(chars)
      }
      if rng.next() % 5 == 0 { typed = word(Int(rng.next() % 12 + 1)) }
      #expect(nearest(typed, in: candidates) == Self.reference(typed, candidates), "\(typed) in \(candidates)")
    }
  }

  @Test func repeatedErrorsAreCountedNotRepeated() {
    let same = (1...1000).map { Diagnostic(file: "me.yaml", line: $0 + 10, column: 5, message: "task 'x' depends on unknown task 'y'") }
    let lines = DiagnosticError(same).description.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines.last == "me.yaml: and 997 more like \"task 'x' depends on unknown task 'y'\"")
    let distinct = (1...500).map { Diagnostic(file: "me.yaml", line: $0, column: 1, message: "problem \($0)") }
    let text = DiagnosticError(distinct).description.split(separator: "\n")
    #expect(text.count == 101)
    #expect(text.last == "me.yaml: and 400 more problems; fix these first")
    #expect(DiagnosticError(distinct).diagnostics.count == 500)
  }

  /// Thousands of distinct messages, each repeated: the counts are capped too (the fuzz run once
  /// printed 7,000 "and 3 more like" lines).
  @Test func theCountsOfRepeatedMessagesAreCappedToo() {
    let repeated = (1...7_000).flatMap { n in (1...4).map { _ in Diagnostic(file: "me.yaml", line: n, column: 1, message: "problem \(n)") } }
    let lines = DiagnosticError(repeated).description.split(separator: "\n")
    #expect(lines.count == DiagnosticError.linesShown + DiagnosticError.summariesShown + 1)
    #expect(lines.filter { $0.contains("more like") }.count == DiagnosticError.summariesShown)
    // 100 shown; 7,000 × 3 first lines not shown; 6,990 uncounted repeats.
    #expect(lines.last == "me.yaml: and \(7_000 * 3 - 100 + 6_990) more problems; fix these first")
  }
}
