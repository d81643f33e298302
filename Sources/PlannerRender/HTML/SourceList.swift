import PlannerCore
public import PlannerPathway
import PlannerRules

/// Every source the plan rests on, once each, with what it backs: tasks in plan order, then
/// findings, then the cycle's dates.
public struct SourceList: Sendable {
  public struct Entry: Sendable, Hashable {
    public var url: String
    public var uses: [String]
  }

  public var entries: [Entry]

  public init(_ r: PlanResult) {
    var order: [String] = []
    var uses: [String: [String]] = [:]
    func add(_ url: String, _ use: String) {
      let u = url.trimmingSpaces
      guard !u.isEmpty else { return }
      if uses[u] == nil { order.append(u) }
      if !(uses[u]?.contains(use) ?? false) { uses[u, default: []].append(use) }
    }
    for t in r.schedule.tasks {
      for url in t.task.provenance.sources { add(url, t.task.name) }
    }
    for f in r.findings where !f.source.isEmpty { add(f.source, f.message) }
    for row in r.cycle.datedValues { add(row.value.source, "\(row.label) \(row.value.value)") }
    entries = order.map { Entry(url: $0, uses: uses[$0] ?? []) }
  }
}

extension String {
  var trimmingSpaces: String {
    var s = Substring(self)
    while s.first?.isWhitespace == true { s = s.dropFirst() }
    while s.last?.isWhitespace == true { s = s.dropLast() }
    return String(s)
  }
}
