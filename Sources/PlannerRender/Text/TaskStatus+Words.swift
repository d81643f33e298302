public import PlannerPathway

extension TaskStatus {
  /// The words text outputs show: "should have started 2026-12-17".
  public var word: String {
    switch self {
    case .shouldHaveStarted(let day): return "should have started \(day)"
    default: return code
    }
  }
}
