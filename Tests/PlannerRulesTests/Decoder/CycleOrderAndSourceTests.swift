import Foundation
import PlannerCore
import PlannerRulesData
import Testing

@testable import PlannerRules

/// Issue 26, point 12: `rules --check` accepted a cycle whose programs review after ranking opens,
/// or whose NRMP standard deadline falls after ranking opens (18 of 186 swapped-date packs), and
/// a `javascript:` or `data:` source, which the report and the calendar turn into links.
struct CycleOrderAndSourceTests {
  let text = EmbeddedRules.text

  func problems(replacing old: String, with new: String) -> [String] { PackEdit.problems(replacing: old, with: new) }

  @Test func programsReviewingAfterRankingOpensIsRefused() {
    let found = problems(replacing: "eras_programs_review:\n      date: 2025-09-24", with: "eras_programs_review:\n      date: 2026-02-10")
    #expect(found.contains { $0.hasPrefix("cycles.2026: ranking_opens ") && $0.contains("ranking cannot open before programs start reviewing applications") }, "\(found)")
  }

  @Test func theStandardDeadlineAfterRankingOpensIsRefused() {
    let found = problems(replacing: "nrmp_standard_deadline:\n      date: 2026-01-30", with: "nrmp_standard_deadline:\n      date: 2026-02-20")
    #expect(found.contains { $0.contains("ranking cannot open before the NRMP standard registration deadline") }, "\(found)")
  }

  @Test(arguments: ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "file:///etc/passwd"])
  func aScriptOrDataAddressIsNeverASource(source: String) {
    let found = problems(
      replacing: "source: https://www.ecfmg.org/news/category/step-3/\n    note: scores are reported weekly",
      with: "source: \"\(source)\"\n    note: scores are reported weekly")
    #expect(found.count == 1 && found[0].contains("address is never a source"), "\(found)")
  }

  @Test func theBundledPackKeepsEveryOrdering() throws {
    _ = try RulesPackDecoder.decode(text, file: "p.yaml")
  }
}
