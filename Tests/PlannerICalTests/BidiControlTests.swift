import PlannerCore
@testable import PlannerICal
import Testing

/// Issue 26, point 11: U+202E (right-to-left override), U+2066–2069 (isolates) and U+200E/F
/// stayed in SUMMARY, NAME and X-WR-CALNAME, so `plan --ics -` printed an RLO to the terminal and
/// a client showed "gnp.exe" for "exe.png"; U+2028/2029 broke a title over lines. They are
/// dropped from every text value, and every kind of line break in a title is one space.
struct BidiControlTests {
  static let marks: [Unicode.Scalar] = ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}"]

  @Test func noBidiControlReachesTheCalendar() throws {
    var options = Sample.options()
    options.calendarName = "Dr. \u{202E}gnp.exe\u{202C} \u{2066}A\u{2069}"
    options.calendarDescription = "first\u{2028}second\u{2029}third \u{200F}x"
    let name = "Step\u{202E} 2 CK\u{2028}exam\u{200E} \u{061C}x\u{85}y"
    let text = try CalendarExporter.export(Sample.schedule(step2Name: name), options: options, previous: nil)
    for mark in Self.marks {
      #expect(!text.unicodeScalars.contains(mark), "U+\(String(mark.value, radix: 16, uppercase: true)) in the calendar")
    }
    #expect(!text.unicodeScalars.contains("\u{2028}") && !text.unicodeScalars.contains("\u{2029}") && !text.unicodeScalars.contains("\u{85}"))
    let back = try ICalReader.read(text)
    #expect(back.name == "Dr. gnp.exe A")
    let exam = try #require(back.events.first { $0.categories.contains("exam") && $0.summary.contains("CK") })
    #expect(exam.summary == "Exam: Step 2 CK exam x y")
    #expect(ICS.values(text, "X-WR-CALDESC:").first?.contains("first\\nsecond\\nthird x") == true)
  }

  @Test(arguments: [("a\u{2028}b", "a b"), ("a\u{2029}\u{2028}b", "a b"), ("a\u{85}b", "a b"), ("a\u{0B}b\u{0C}c", "a b c")])
  func everyLineBreakInATitleIsOneSpace(_ input: String, _ expected: String) {
    #expect(CalendarExport.oneLine(input) == expected)
  }
}
