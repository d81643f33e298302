import Foundation
import PlannerCore
import PlannerICal
import PlannerTestSupport
import Testing

/// Whole files, exact bytes (CRLF): the first export, a re-export after a change, a rerun the
/// next day (the same file: the tombstones stay), and one after ``CalendarMerge/tombstoneDays``,
/// where the tombstones are gone.
struct GoldenTests {
  @Test func firstExport() throws {
    let text = try CalendarExporter.export(Sample.schedule(), options: Sample.options(), previous: nil)
    assertGolden(text, named: "plan.ics")
    try writeSample(text, "plan.ics")
  }

  @Test func reexportAfterAChange() throws {
    let first = try CalendarExporter.export(Sample.schedule(), options: Sample.options(), previous: nil)
    // Two more weeks of study; OET was dropped from the plan.
    let changed = Sample.schedule(prepDays: 70, withOET: false)
    let second = try CalendarExporter.export(
      changed, options: Sample.options(stamp: Sample.laterStamp), previous: first)
    assertGolden(second, named: "plan-reexport.ics")
    try writeSample(second, "plan-reexport.ics")
    let nextDay = try CalendarExporter.export(
      changed, options: Sample.options(stamp: Sample.laterStamp + 86_400), previous: second)
    #expect(nextDay == second)
    let third = try CalendarExporter.export(
      changed, options: Sample.options(stamp: Sample.laterStamp + CalendarMerge.tombstoneDays * 86_400), previous: nextDay)
    assertGolden(third, named: "plan-reexport-2.ics")
    try writeSample(third, "plan-reexport-2.ics")
  }

  @Test func withTodos() throws {
    var options = Sample.options()
    options.includeTodos = true
    let text = try CalendarExporter.export(Sample.schedule(), options: options, previous: nil)
    assertGolden(text, named: "plan-todos.ics")
    try writeSample(text, "plan-todos.ics")
  }

  /// With PLANNER_ICAL_SAMPLES set, also drops the files there for Tests/interop/run.sh.
  private func writeSample(_ text: String, _ name: String) throws {
    guard let folder = ProcessInfo.processInfo.environment["PLANNER_ICAL_SAMPLES"] else { return }
    try Data(text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
  }
}
