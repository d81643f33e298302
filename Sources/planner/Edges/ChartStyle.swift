import PlannerPathway

/// How the chart is drawn, resolved from flags and the terminal at the edge.
struct ChartStyle {
  var width: Int
  var ascii: Bool
  var color: Bool

  func render(_ result: PlanResult) -> String {
    PlanReport.table(result)
  }
}
