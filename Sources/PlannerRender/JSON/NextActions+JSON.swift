import PlannerCore
public import PlannerPathway

extension NextActions {
  public func json(header: [(String, JSONValue)]) -> JSONValue {
    .object(header + [
      ("today", .string(today.description)),
      ("until", .string(until.description)),
      ("items", .array(items.map { item in
        .object([
          ("kind", .string(item.kind.rawValue)),
          ("date", .string(item.date.description)),
          ("taskId", .string(item.taskID)),
          ("text", .string(item.text)),
          ("latestStart", item.latestStart.map { .string($0.description) } ?? .null),
          ("float", item.float.map { .int($0) } ?? .null),
          ("unblocks", .array(item.unblocks.map { .string($0) })),
          ("command", item.record.map { .string($0.command) } ?? .null),
          ("commandWhen", item.record.map { .string($0.when.rawValue) } ?? .null),
        ])
      })),
    ])
  }
}
