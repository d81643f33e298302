import PlannerCore
public import PlannerPathway

extension LatestSafeStart {
  /// JSON `latestSafeStartProtects`.
  public var protectsJSON: JSONValue {
    guard let p = protects else { return .null }
    return .object([
      ("task", .string(p.taskID)), ("date", .string(p.date.description)), ("kind", .string(p.kind.rawValue)),
      ("what", .string(p.what)),
    ])
  }
}
