import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 26, point 8: errors that pointed elsewhere. Journal lines are counted as an editor
/// counts them; a date that pushes the road past 2100 is blamed on that date, at its own line,
/// not on the applicant's own tasks; a value reached through an alias is reported at the alias.
struct PositionedMessagesTests {
  static let today = Day(iso: "2026-12-07")!

  func journalLines(_ text: String) -> [Int] {
    do {
      _ = try JournalParser.parse(text, file: "me.journal", rules: bundledRules)
      return []
    } catch {
      return error.problems.map(\.line)
    }
  }

  @Test(arguments: ["\u{2028}", "\u{2029}", "\u{85}", "\u{0C}", "\u{0B}"])
  func aSeparatorInsideALineDoesNotShiftLaterLineNumbers(separator: String) {
    let text = "# planner journal\n2026-11-25 reslut step1 pass\(separator)on 2026-11-21\n\n2026-11-25 bogus\n"
    #expect(journalLines(text) == [2, 4], "separator U+\(String(separator.unicodeScalars.first!.value, radix: 16))")
  }

  @Test(arguments: ["\n", "\r\n", "\r"])
  func lineEndsAreStillLFCRLFAndCR(end: String) {
    let text = ["# planner journal", "2026-11-25 bogus", "", "2026-11-25 bogus again"].joined(separator: end)
    #expect(journalLines(text) == [2, 4])
  }

  @Test func aHugeJournalLineIsQuotedCut() throws {
    let text = "2026-11-25 bogus " + String(repeating: "x", count: 1_000_000) + "\n"
    let error = try #require(throws: JournalError.self) { try JournalParser.parse(text, file: "me.journal", rules: bundledRules) }
    #expect(error.description.count < 400, "\(error.description.count) characters")
    #expect(error.description.contains("…"))
  }

  func planError(_ yaml: String) throws -> String {
    let profile = try ProfileParser.parse(yaml, file: "me.yaml", rules: bundledRules)
    do {
      _ = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: nil, today: Self.today, file: "me.yaml")
      return ""
    } catch {
      guard case .profile(let e) = error else { return "not a profile error: \(error)" }
      return e.diagnostics.map(\.description).joined(separator: "\n")
    }
  }

  static let base = """
    name: Dr. Late Booking
    graduation: 2025-06-01
    visa: j1
    exams:
      step1:
        study_weeks: 16
        booked: 2100-12-20
    tasks:
      - id: visa-photos
        name: Passport photos
        days: 3

    """

  @Test func aBookingPastTheRangeIsBlamedOnTheBookingNotOnOwnTasks() throws {
    let message = try planError(Self.base)
    #expect(message.hasPrefix("me.yaml:7:13: error: exams.step1.booked '2100-12-20': task 'step1.result' would end on"), "\(message)")
    #expect(!message.contains("shorten your own tasks"), "\(message)")
  }

  @Test func anOwnChainPastTheRangeIsStillBlamedOnTheOwnTask() throws {
    let yaml = """
      name: Dr. Long Chain
      graduation: 2025-06-01
      visa: j1
      tasks:
        - id: far
          name: Far away
          not_before: 2100-12-01
          days: 60

      """
    let message = try planError(yaml)
    #expect(message.hasPrefix("me.yaml:5:1: error: tasks: task 'far' would end on"), "\(message)")
    #expect(message.contains("shorten your own tasks"), "\(message)")
  }

  @Test func aProfileValueReachedThroughAnAliasIsReportedAtTheAlias() {
    let yaml = "name: &n Dr. Alias\ngraduation: 2025-06-01\nvisa: j1\nexams:\n  step1:\n    study_weeks: *n\n"
    do {
      _ = try ProfileParser.parse(yaml, file: "me.yaml", rules: bundledRules)
      Issue.record("accepted a name as study weeks")
    } catch {
      let lines = error.diagnostics.map(\.description)
      #expect(lines.count == 1 && lines[0].hasPrefix("me.yaml:6:18: error: exams.step1.study_weeks"), "\(lines)")
    }
  }
}
