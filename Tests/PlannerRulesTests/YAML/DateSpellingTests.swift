import PlannerCore
import Testing
import Yams

@testable import PlannerRules

/// Issue 25, point 6: common mistakes get the next step. A date written another way says how to
/// write dates, converting the forms that mean one day and naming the ambiguous ones; a
/// tab-indented line says so instead of libyaml's "cannot start any token".
struct DateSpellingTests {
  @Test(arguments: [
    ("06/30/2024", "write dates as YYYY-MM-DD: that is 2024-06-30"),
    ("30/06/2024", "write dates as YYYY-MM-DD: that is 2024-06-30"),
    ("30.06.2024", "write dates as YYYY-MM-DD: that is 2024-06-30"),
    ("2024/06/30", "write dates as YYYY-MM-DD: that is 2024-06-30"),
    ("1-Oct-27", "write dates as YYYY-MM-DD: that is 2027-10-01"),
    ("1 October 2027", "write dates as YYYY-MM-DD: that is 2027-10-01"),
    ("Oct 1, 2027", "write dates as YYYY-MM-DD: that is 2027-10-01"),
    ("07/07/2024", "write dates as YYYY-MM-DD: that is 2024-07-07"),
    ("05/06/2024", "write dates as YYYY-MM-DD: '05/06/2024' could be 2024-06-05 (day first) or 2024-05-06 (month first)"),
    ("soon", "write dates as YYYY-MM-DD, e.g. 2024-06-30"),
    ("31/02/2024", "write dates as YYYY-MM-DD, e.g. 2024-06-30"),
  ])
  func aDateWrittenAnotherWayGetsTheWayToWriteIt(typed: String, advice: String) {
    #expect(DateSpelling.notADate(typed) == "is not a valid date; " + advice)
  }

  @Test func anISODateThatDoesNotExistKeepsItsPlainMessage() {
    #expect(DateSpelling.notADate("2027-02-30") == "is not a valid date (expected YYYY-MM-DD)")
  }

  @Test func theProfileReaderUsesIt() {
    var reader = YAMLReader(file: "me.yaml")
    _ = reader.date(.scalar(.init("30/06/2024")), "graduation")
    #expect(reader.diagnostics.map(\.message) == ["graduation: '30/06/2024' is not a valid date; write dates as YYYY-MM-DD: that is 2024-06-30"])
  }

  @Test(arguments: ["\t", "  \t", "\t  "])
  func aTabIndentedLineSaysSo(indent: String) {
    let text = "name: X\nexams:\n\(indent)step1:\n    study_weeks: 4\n"
    guard case .failure(let problem) = YAMLPrescan.scan(text, file: "me.yaml") else {
      Issue.record("a tab-indented profile was read")
      return
    }
    #expect(problem.line == 3 && problem.column == indent.firstIndex(of: "\t")!.utf16Offset(in: indent) + 1, "\(problem)")
    #expect(problem.message == "line 3 is indented with a tab; YAML needs spaces: replace the tab with spaces")
  }

  @Test func aTabAfterTheValueIsNotBlamed() {
    #expect(YAMLPrescan.tabIndentation("name: X\t\n", line: 1) == nil)
    #expect(YAMLPrescan.tabIndentation("a: 1\r\n\tb: 2\n", line: 2) == 1)
  }
}
