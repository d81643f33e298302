import PlannerCore
@testable import PlannerGantt
import Testing

/// The chart shades the days a busy calendar keeps the applicant away (issue 23, point 6): one
/// row under the axis, its columns where those days fall, and a legend entry; without days away
/// the chart is as before.
struct GanttAwayTests {
  let gates = Fixture.gates.map { GanttGate(day: $0.day, label: $0.label) }

  @Test func daysAwayAreShadedOnTheirOwnRow() throws {
    let schedule = Fixture.pathway()
    var options = GanttOptions(width: 100, gates: gates)
    let plain = GanttRenderer.render(schedule, options: options)
    options.away = (0..<14).map { Fixture.day("2027-08-02") + $0 }
    options.awayLabel = "Days away"
    let text = GanttRenderer.render(schedule, options: options)
    let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("Days away") })
    #expect(row.contains("╳"))
    #expect(text.contains("╳ days away (a busy calendar)"))
    // The task rows themselves are as they were.
    #expect(text.split(separator: "\n").filter { $0.hasPrefix("  ") } == plain.split(separator: "\n").filter { $0.hasPrefix("  ") })
    let ascii = GanttRenderer.render(schedule, options: { var o = options; o.ascii = true; return o }())
    #expect(ascii.split(separator: "\n").first { $0.hasPrefix("Days away") }?.contains("x") == true)
    #expect(!plain.contains("Days away"))
  }
}
