public import PlannerCore
public import PlannerPathway
import PlannerRules

/// A date of the Match cycle ruled through the chart: the same four as the terminal chart.
public struct ChartGate: Hashable, Sendable {
  public var day: Day
  public var label: String

  public init(day: Day, label: String) {
    self.day = day
    self.label = label
  }

  public static func cycleGates(_ r: PlanResult) -> [ChartGate] {
    let c = r.cycle
    return [
      ChartGate(day: c.erasSubmissionOpens.value, label: "ERAS submission opens"),
      ChartGate(day: c.rolDeadline.value, label: "ROL deadline"),
      ChartGate(day: c.matchDay.value, label: "Match Day"),
      ChartGate(day: c.residencyStart.value, label: "Residency starts"),
    ]
  }
}
