import Testing
import Yams

@testable import PlannerRules

/// Issue 26, point 6: a 0.2 MB profile whose anchored 100 KB scalar was aliased 3,000 times made
/// 302 MB of JSON in 37 s at 1.56 GB. Aliases are now budgeted by expanded bytes as well as by
/// values, refused at the alias that crosses the budget, and a value reached through an alias is
/// reported at the alias, not at the anchor.
struct AliasBudgetTests {
  static func amplified(aliases: Int, scalarBytes: Int) -> String {
    var text = "name: &n \"\(String(repeating: "x", count: scalarBytes))\"\nnotes:\n"
    for _ in 0..<aliases { text += "  - *n\n" }
    return text
  }

  @Test func aLongScalarAliasedManyTimesIsRefusedAtTheAliasThatCrossesTheBudget() {
    let text = Self.amplified(aliases: 3_000, scalarBytes: 100_000)
    guard case .failure(let problem) = YAMLPrescan.scan(text, file: "me.yaml") else {
      Issue.record("3,000 aliases of a 100 KB scalar were accepted")
      return
    }
    // 1 MB / 100 KB: the eleventh alias, on line 2 + 11.
    #expect(problem.line == 13 && problem.column == 5, "\(problem)")
    #expect(problem.message.contains("expand to more than 1 MB of text"), "\(problem)")
  }

  @Test func aliasesWithinTheBudgetAreRead() {
    let text = Self.amplified(aliases: 9, scalarBytes: 100_000)
    guard case .success(let aliases) = YAMLPrescan.scan(text, file: "me.yaml") else {
      Issue.record("900 KB of aliases were refused")
      return
    }
    #expect(aliases.uses.count == 9)
  }

  @Test func theValueCountBudgetStillHolds() {
    // A billion-laughs shape: few bytes, many values.
    var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...5 { text += "l\(level): &l\(level) [" + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
    guard case .failure(let problem) = YAMLPrescan.scan(text, file: "me.yaml") else {
      Issue.record("an alias bomb was accepted")
      return
    }
    #expect(problem.message.contains("more than 10000 values"), "\(problem)")
  }

  @Test func aValueReachedThroughAnAliasCarriesTheAliasPosition() throws {
    let text = "weeks: &w 12\nexams:\n  - *w\n  - 3\n  - *w\n"
    guard case .success(let aliases) = YAMLPrescan.scan(text, file: "me.yaml") else {
      Issue.record("refused")
      return
    }
    let root = try #require(try Yams.compose(yaml: text))
    let placed = aliases.remark(root)
    let items = try #require(placed.mapping?["exams"]?.sequence)
    #expect(items.map { "\($0.mark!)" } == ["3:5", "4:5", "5:5"])
    // The anchor itself keeps its own place.
    #expect(placed.mapping?["weeks"]?.mark.map { "\($0)" } == "1:8")
  }

  @Test func anAliasedMappingIsPlacedWholeAtTheAlias() throws {
    let text = "base: &b\n  study_weeks: 12\n  ready_by: 2027-01-01\nstep1: *b\n"
    guard case .success(let aliases) = YAMLPrescan.scan(text, file: "me.yaml") else {
      Issue.record("refused")
      return
    }
    let placed = aliases.remark(try #require(try Yams.compose(yaml: text)))
    let step1 = try #require(placed.mapping?["step1"]?.mapping)
    #expect(step1.map { "\($0.key.mark!) \($0.value.mark!)" } == ["4:8 4:8", "4:8 4:8"])
    #expect(placed.mapping?["base"]?.mapping?["study_weeks"]?.mark.map { "\($0)" } == "2:16")
  }

  @Test func aMarkBuiltByLayoutReadsBack() {
    let mark = YAMLAliases.mark(line: 12_345, column: 67)
    #expect(mark?.line == 12_345 && mark?.column == 67)
  }
}
