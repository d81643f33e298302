import PlannerCore
@testable import PlannerICal
import Testing

/// Titles are one line: calcurse skips an event whose SUMMARY holds a line break ("line break
/// in summary"), so a name typed with one (a YAML `\n`, a pasted CRLF) must not lose the event.
struct OneLineTitleTests {
  static let name = "USMLE\nStep 2 CK, Hôpital;\r\n\r\n東京 🏥 \\ end"

  @Test func summariesAndTheCalendarNameHaveNoLineBreak() throws {
    var options = Sample.options()
    options.calendarName = "Match 2028 plan — Dr. A,\nB; C"
    options.includeTodos = true
    let text = try CalendarExporter.export(Sample.schedule(step2Name: Self.name), options: options, previous: nil)
    let back = try ICalReader.read(text)
    #expect(back.name == "Match 2028 plan — Dr. A, B; C")
    let exam = try #require(back.events.first { $0.summary.contains("Hôpital") && $0.categories.contains("exam") })
    #expect(exam.summary == "Exam: USMLE Step 2 CK, Hôpital; 東京 🏥 \\ end")
    // The description may keep line breaks; its own lines are the mapping's.
    #expect(exam.description.contains("\n"))
    #expect(exam.alarms.count == 2)
    for event in back.events {
      #expect(!event.summary.contains("\n") && !event.summary.contains("\r"), "\(event.summary)")
    }
    for todo in back.todos { #expect(!todo.summary.contains("\n"), "\(todo.summary)") }
    // The one-line title still goes through libical's escaping.
    #expect(ICS.values(text, "X-WR-CALNAME:") == ["Match 2028 plan — Dr. A, B; C"])
    #expect(ICS.values(text, "NAME:").contains("Match 2028 plan — Dr. A\\, B\\; C"))
  }

  @Test(arguments: [("a\nb", "a b"), ("a\r\nb", "a b"), ("a\rb", "a b"), ("a\n\n\r\nb\n", "a b "), ("plain", "plain")])
  func lineBreaksBecomeOneSpace(_ input: String, _ expected: String) {
    #expect(CalendarExport.oneLine(input) == expected)
  }
}
