import PlannerCore
import PlannerGantt
import PlannerTestSupport
import Testing

/// Whole charts compared byte for byte; `RECORD_GOLDENS=1` rewrites them. Read them after
/// recording: they are what an applicant sees.
struct GanttGoldenTests {
  let gates = Fixture.gates.map { GanttGate(day: $0.day, label: $0.label) }

  @Test func unicodeWidth100() {
    let text = GanttRenderer.render(Fixture.pathway(), options: GanttOptions(width: 100, gates: gates))
    assertGolden(text, named: "pathway-unicode-100.txt")
  }

  @Test func asciiWidth80() {
    let text = GanttRenderer.render(Fixture.pathway(), options: GanttOptions(width: 80, ascii: true, gates: gates))
    assertGolden(text, named: "pathway-ascii-80.txt")
  }

  @Test func colourWidth120() {
    let text = GanttRenderer.render(Fixture.pathway(), options: GanttOptions(width: 120, useColor: true, gates: gates))
    assertGolden(text, named: "pathway-colour-120.txt")
  }

  @Test func narrowWidth60() {
    let text = GanttRenderer.render(Fixture.pathway(), options: GanttOptions(width: 60, gates: gates))
    assertGolden(text, named: "pathway-unicode-60.txt")
  }

  /// Wide enough for a tick on the 1st of each month between the labels.
  @Test func wideWidth160WithMonthTicks() {
    let text = GanttRenderer.render(Fixture.pathway(), options: GanttOptions(width: 160, ascii: true, gates: gates))
    assertGolden(text, named: "pathway-ascii-160.txt")
  }
}
