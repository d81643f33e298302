import Foundation
import PlannerCore
import PlannerRulesData
import Testing

@testable import PlannerRules

/// Issue 21, point 4: the $100,000 H-1B payment's dated history is data (`h1b_fee.history`,
/// FACTS.md §10), and once today is past its 12-month term the words say the date has passed and
/// the status must be verified, never settled. `rules --check` refuses a history out of order.
struct H1BHistoryTests {
  let fee = try! RulesPackDecoder.decode(EmbeddedRules.text, file: "p.yaml").h1bFee

  func problems(replacing old: String, with new: String) -> [String] { PackEdit.problems(replacing: old, with: new) }

  @Test func theHistoryHoldsEveryTurnOfFactsSection10() throws {
    let turns = fee.history.map { ("\($0.value.day)", $0.value.inForce) }
    #expect(turns.map(\.0) == ["2025-09-21", "2025-12-23", "2026-06-08", "2026-06-12"])
    #expect(turns.map(\.1) == [true, true, false, true])
    #expect(fee.history[2].value.event.contains("District of Massachusetts") && fee.history[2].value.event.contains("vacated"))
    #expect(fee.history[3].value.event.contains("stay") && fee.history[3].value.event.contains("appeal"))
    for turn in fee.history { #expect(turn.source.hasPrefix("https://") && turn.verified != nil, "\(turn.value.day)") }
    #expect(fee.termEnds == Day(iso: "2026-09-21"))
  }

  /// The latest turn as of a day: before the vacatur, between it and the stay, after the stay.
  @Test(arguments: [("2026-06-07", "2025-12-23"), ("2026-06-08", "2026-06-08"), ("2026-06-11", "2026-06-08"), ("2026-06-12", "2026-06-12"), ("2026-12-07", "2026-06-12")])
  func theLatestTurnOnADay(today: String, latest: String) throws {
    let day = try #require(Day(iso: today))
    #expect(fee.latestEvent(on: day).map { "\($0.value.day)" } == latest)
    #expect(fee.sentence(petition: nil, today: day).contains("latest recorded turn: \(latest)"))
  }

  /// On the term's last day it still runs; the day after, the date has passed: "verify", never settled.
  @Test(arguments: [("2026-09-21", false), ("2026-09-22", true), ("2026-12-07", true), ("2026-01-10", false)])
  func pastTheTermTheDateHasPassed(today: String, passed: Bool) throws {
    let day = try #require(Day(iso: today))
    #expect(fee.termHasPassed(on: day) == passed)
    let s = fee.sentence(petition: Day(iso: "2029-01-01"), today: day)
    #expect(s.contains("a date now passed") == passed, "\(s)")
    #expect(s.contains("an extension is not confirmed") == passed)
    #expect(s.hasSuffix("verify its current status"))
    #expect(!s.contains("permanent") && !s.contains("no longer applies") && !s.contains("has ended"))
  }

  @Test func aHistoryOutOfOrderIsRefused() {
    let found = problems(replacing: "    - date: 2026-06-12\n", with: "    - date: 2026-06-01\n")
    #expect(found == ["h1b_fee.history[4].date 2026-06-01 is before the entry above it (2026-06-08); list the history oldest first"], "\(found)")
  }

  @Test func aTurnBeforeTheProclamationIsRefused() {
    let found = problems(replacing: "    - date: 2025-09-21\n      event:", with: "    - date: 2025-09-01\n      event:")
    #expect(found == ["h1b_fee.history[1].date 2025-09-01 is before the proclamation (2025-09-19)"], "\(found)")
  }

  @Test func aTurnWithoutASourceIsRefused() {
    let found = problems(replacing: "      source: https://www.lawfirm4immigrants.com/federal-judge-strikes-down-trump-100000-h1b-fee/\n", with: "")
    #expect(found.contains { $0.hasPrefix("h1b_fee.history[3]: missing 'source'") }, "\(found)")
  }

  /// A pack without a history (written before it existed) still reads, and says the litigation text.
  @Test func aPackWithoutHistoryStillReads() throws {
    let text = EmbeddedRules.text
    let start = try #require(text.range(of: "  # The dated turns (FACTS.md §10)"))
    let end = try #require(text.range(of: "\n\n# Rules of the application"))
    let pack = try RulesPackDecoder.decode(text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: ""), file: "p.yaml")
    #expect(pack.h1bFee.history.isEmpty)
    #expect(pack.h1bFee.sentence(petition: nil, today: Day(iso: "2026-12-07")).contains(pack.h1bFee.litigation.value))
  }

  /// `training_years` (the yearly J-1 fee): every entry sourced; refused when a count is not a number of years.
  @Test func trainingYearsAreSourced() throws {
    let pack = try RulesPackDecoder.decode(EmbeddedRules.text, file: "p.yaml")
    #expect(pack.trainingYears.count >= 5)
    #expect(pack.trainingYears(specialty: "Internal Medicine")?.years.value == 3)
    #expect(pack.trainingYears(specialty: "general surgery")?.years.value == 5)
    #expect(pack.trainingYears(specialty: "dermatology").map { ($0.years.value, $0.assumed) } ?? (0, false) == (3, true))
    let found = problems(replacing: "  - keywords: [general surgery, orthopaedic, orthopedic]\n    years: 5", with: "  - keywords: [general surgery, orthopaedic, orthopedic]\n    years: 50")
    #expect(found.count == 1 && found[0].hasPrefix("training_years[5].years"), "\(found)")
  }
}
