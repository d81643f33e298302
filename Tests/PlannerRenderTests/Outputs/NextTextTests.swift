import PlannerCore
@testable import PlannerPathway
import Testing

@testable import PlannerRender

/// The Next text fits its width and keeps each command copyable: breaks only between arguments,
/// an option with its value, a quoted path whole, each broken line ending in " \".
struct NextTextTests {
  let record = RecordSuggestion(when: .whenDone, command: "planner record ecfmg.application done --date 2026-12-24 --profile 'my plans/me.yaml'")

  @Test func anOptionKeepsItsValueAndAQuotedPathIsOneWord() {
    #expect(NextText.argumentGroups(record.command) == ["planner", "record", "ecfmg.application", "done", "--date 2026-12-24", "--profile 'my plans/me.yaml'"])
    #expect(NextText.argumentGroups("planner book step1 --date 2027-03-24") == ["planner", "book", "step1", "--date 2027-03-24"])
  }

  @Test(arguments: [40, 50, 60, 80, 120])
  func commandLinesFitAndJoinBackToTheCommand(width: Int) {
    let lines = NextText.commandLines(record, width: width, arrow: "→")
    #expect(lines.allSatisfy { $0.count <= width }, "\(lines)")
    #expect(lines.dropLast().allSatisfy { $0.hasSuffix(" \\") })
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("        ") })
    // A shell joins " \" + newline + indent into one space.
    let joined = lines.map { $0.hasSuffix(" \\") ? String($0.dropLast(2)) : $0 }
      .map { $0.trimmingPrefixSpaces() }.joined(separator: " ")
    #expect(joined == "→ when done: " + record.command)
    #expect(width < 120 || lines.count == 1)
  }

  @Test func aWordLongerThanTheWidthStaysWhole() {
    let long = RecordSuggestion(when: .now, command: "planner record eras.photo done --date today --profile /a/very/long/folder/name/that/does/not/fit/me.yaml")
    let lines = NextText.commandLines(long, width: 40, arrow: "→")
    #expect(lines.last == "        --profile /a/very/long/folder/name/that/does/not/fit/me.yaml")
  }

  @Test func anItemFitsOnOneLineWhenItCan() {
    let item = NextActions.Item(
      kind: .start, date: Day(iso: "2026-12-01")!, taskID: "eras.photo", text: "Have your ERAS photo taken: the photo should be uploaded by 2026-12-03",
      headline: "Have your ERAS photo taken", unblocks: [], record: RecordSuggestion(when: .whenDone, command: "planner record eras.photo done --date 2026-12-03"))
    #expect(NextText.lines(item, short: true, width: 200) == ["  2026-12-01  do        Have your ERAS photo taken  → when done: planner record eras.photo done --date 2026-12-03"])
    let narrow = NextText.lines(item, short: false, width: 60)
    #expect(narrow == [
      "  2026-12-01  do        Have your ERAS photo taken: the",
      "                        photo should be uploaded by",
      "                        2026-12-03",
      "    → when done: planner record eras.photo done \\",
      "        --date 2026-12-03",
    ])
    // Measured as "->", the folded ASCII lines fit too.
    #expect(NextText.lines(item, short: false, width: 60, arrow: "->").allSatisfy { $0.count <= 60 })
  }
}

extension String {
  fileprivate func trimmingPrefixSpaces() -> String { String(drop { $0 == " " }) }
}
