import PlannerCore
public import PlannerPathway

extension VerdictText {
  /// The verdict as a JSON object: status, margin, deciding gate, missed targets, blockers.
  public static func json(_ v: Verdict) -> JSONValue {
    .object([
      ("status", .string(v.status.rawValue)),
      ("holds", .bool(v.holds)),
      ("tone", .string(v.tone.rawValue)),
      ("marginDays", v.marginDays.map { .int($0) } ?? .null),
      ("decidingGate", v.decidingGate.map { g in .object([("taskId", .string(g.taskID)), ("date", .string(g.date.description)), ("room", .int(g.room)), ("gate", .string(g.what)), ("dateEstimated", .bool(g.dateEstimated))]) } ?? .null),
      ("restsOn", .array(v.restsOn.map { e in
        .object([
          ("estimate", .string(e.key)), ("taskId", .string(e.taskID)), ("days", .int(e.days)), ("low", .int(e.low)), ("high", .int(e.high)),
          ("plannedFinish", .string(e.plannedFinish.description)), ("latestFinish", .string(e.latestFinish.description)), ("daysFromToday", .int(e.daysFromToday)),
        ])
      })),
      ("targetsMissed", .array(v.targetsMissed.map { t in
        .object([("taskId", .string(t.taskID)), ("target", .string(t.target.description)), ("finish", .string(t.finish.description)), ("daysLate", .int(t.daysLate)), ("what", .string(t.what))])
      })),
      ("blockers", .array(v.blockers.map { f in .object([("code", .string(f.code.string)), ("message", .string(f.message))]) })),
      ("earliestFeasibleMatchYear", v.earliestFeasibleYear.map { .int($0) } ?? .null),
    ])
  }
}
