import PlannerGantt
public import PlannerPathway

/// How the chart is drawn, resolved from flags and the terminal by the executable.
public struct ChartStyle {
  public var width: Int
  public var ascii: Bool
  public var color: Bool

  public init(width: Int, ascii: Bool, color: Bool) {
    self.width = width
    self.ascii = ascii
    self.color = color
  }

  public func render(_ result: PlanResult) -> String {
    let c = result.cycle
    let gates = [
      GanttGate(day: c.erasSubmissionOpens.value, label: "ERAS submission opens"),
      GanttGate(day: c.rolDeadline.value, label: "ROL deadline"),
      GanttGate(day: c.matchDay.value, label: "Match Day"),
      GanttGate(day: c.residencyStart.value, label: "Residency starts"),
    ]
    let options = GanttOptions(width: width, useColor: color, ascii: ascii, gates: gates)
    return GanttRenderer.render(result.schedule, options: options) + "\n"
  }
}
