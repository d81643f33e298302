import PlannerCore
@testable import PlannerGantt
import Testing

/// `plan --risk` bands: one line under the task's row, from the P50 column to the P90 column.
struct GanttBandTests {
  let gates = Fixture.gates.map { GanttGate(day: $0.day, label: $0.label) }

  func lines(_ bands: [String: GanttBand], ascii: Bool = true, window: ClosedRange<Day>? = nil) -> [Substring] {
    var options = GanttOptions(width: 100, ascii: ascii, gates: gates, window: window)
    options.bands = bands
    return GanttRenderer.render(Fixture.pathway(), options: options).split(separator: "\n", omittingEmptySubsequences: false)
  }

  @Test func aBandSitsUnderItsTaskFromP50ToP90() throws {
    let schedule = Fixture.pathway()
    let score = try #require(schedule.task("ck-score"))
    // P50 on the task's own day, P90 on the ROL deadline: the band's ends line up with the
    // milestone above it and with that gate's rule.
    let out = lines(["ck-score": GanttBand(p50: score.lastDay, p90: Fixture.rolDeadline)])
    let row = try #require(out.firstIndex { $0.contains("Step 2 CK score released") })
    let above = Array(out[row]), band = Array(out[row + 1])
    #expect(out[row + 1].contains("P50-P90 (simulated)"))
    let start = try #require(band.firstIndex(of: "{")), end = try #require(band.firstIndex(of: "}"))
    #expect(above[start] == "*", "P50 under the milestone: \(out[row])\n\(out[row + 1])")
    let gateColumns = Array(out[row - 2]).indices.filter { Array(out[row - 2])[$0] == "|" }
    #expect(gateColumns.contains(end), "P90 on the ROL deadline's rule")
    #expect(band[(start + 1)..<end].allSatisfy { $0 == "+" }, "the band is drawn over the rules between its ends")
    #expect(out.filter { $0.contains("P50-P90 (simulated)") }.count == 1)
    #expect(out.contains { $0.contains("{++} P50-P90: the day half, and nine in ten, of the simulated runs are done") })
    #expect(!lines([:]).contains { $0.contains("P50") }, "no bands, no band lines and no legend entry")
    #expect(out.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
  }

  @Test func aBandPastTheWindowEndsInTheEdgeGlyph() throws {
    let schedule = Fixture.pathway()
    let visa = try #require(schedule.task("visa"))
    let window = schedule.today...(visa.lastDay + 10)
    let out = lines(["visa": GanttBand(p50: visa.lastDay, p90: visa.lastDay + 200)], window: window)
    let row = try #require(out.firstIndex { $0.contains("J-1 visa") })
    #expect(out[row + 1].contains("{"))
    #expect(!out[row + 1].contains("}"))
    #expect(out[row + 1].contains(">"))
    let unreached = lines(["visa": GanttBand(p50: visa.lastDay, p90: nil)], ascii: false)
    let r = try #require(unreached.firstIndex { $0.contains("J-1 visa") })
    #expect(unreached[r + 1].contains("P50–P90: P90 not reached"))
    #expect(unreached[r + 1].contains("▸"))
  }
}
