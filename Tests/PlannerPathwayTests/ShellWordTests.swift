import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 26, point 3: the commands planner prints for pasting ("→ when done: planner record ID
/// done …") quoted the profile path but not the task id, so an own task `x; touch PWNED; echo`
/// ran when pasted. Own task ids are now limited to a shell-safe alphabet at the profile (a
/// positioned error), and every argument of a printed command is quoted anyway.
struct ShellWordTests {
  static func profile(id: String) -> String {
    "name: Dr. Shell\ntasks:\n  - id: \(id)\n    name: My task\n    days: 3\n"
  }

  @Test(arguments: ["\"x; touch PWNED; echo\"", "'$(touch PWNED)'", "\"`id`\"", "\"usce rotation\"", "USCE.Rotation", "\"a|b\"", ".hidden", "-rf", "\"naïve\""])
  func anOwnTaskIdOutsideTheSafeAlphabetIsRefusedWhereItIsWritten(id: String) throws {
    let result = Result { () throws(DiagnosticError) -> Profile in try ProfileParser.parse(Self.profile(id: id), file: "me.yaml", rules: bundledRules) }
    guard case .failure(let error) = result else {
      Issue.record("task id \(id) was accepted")
      return
    }
    let first = try #require(error.diagnostics.first)
    #expect(first.line == 3 && first.column == 9, "\(first)")
    #expect(first.message.contains("may use only lowercase letters, digits, '.', '_' and '-'"), "\(first.message)")
    #expect(error.diagnostics.count == 1, "\(error.diagnostics)")
  }

  @Test(arguments: ["usce.rotation", "a-b_c.1", "2027.observership"])
  func safeIdsAreAccepted(id: String) throws {
    let profile = try ProfileParser.parse(Self.profile(id: id), file: "me.yaml", rules: bundledRules)
    #expect(profile.tasks.map(\.id) == [id])
  }

  @Test func everyArgumentOfAPrintedCommandIsOneShellWord() {
    #expect(ShellWord.quoted("usce.rotation") == "usce.rotation")
    #expect(ShellWord.quoted("x; touch PWNED") == "'x; touch PWNED'")
    #expect(ShellWord.quoted("it's") == "'it'\\''s'")
    #expect(ShellWord.quoted("$(id)") == "'$(id)'")
    #expect(ShellWord.quoted("") == "''")
    let today = Day(iso: "2027-01-10")!
    let hostile = RecordSuggestion.choose(.done("x; touch PWNED"), day: today + 5, today: today)
    #expect(hostile.command == "planner record 'x; touch PWNED' done --date 2027-01-15")
    #expect(RecordSuggestion.choose(.done("usce.rotation"), day: today, today: today).command == "planner record usce.rotation done --date today")
  }

  @Test func theSuggestedIdIsASafeOne() {
    for id in ["x; touch PWNED; echo", "USCE Rotation", "$(id)", "---", "naïve.task"] {
      let suggestion = ShellWord.suggestedTaskID(id)
      #expect(ShellWord.isTaskID(suggestion), "\(id) → \(suggestion)")
    }
    #expect(ShellWord.suggestedTaskID("USCE Rotation") == "usce-rotation")
  }
}
