import PlannerCore

/// The text around the chart: the verdict header, findings, assumptions; and the table and JSON
/// formats. Pure functions of a `PlanResult`.
public enum PlanReport {
  /// The verdict and what it rests on, before the chart.
  public static func header(_ r: PlanResult, profileName: String, notice: String? = nil) -> String {
    var lines: [String] = []
    let s = r.schedule
    lines.append("Match \(r.matchYear) plan for \(profileName) · today \(r.today)")
    if let notice { lines.append(notice) }
    if r.feasible {
      lines.append("Verdict: FEASIBLE for the \(r.matchYear) Match, with \(Explain.days(r.slack)) of float.")
    } else {
      lines.append("Verdict: NOT FEASIBLE for the \(r.matchYear) Match.")
      for finding in r.findings where finding.severity == .blocker {
        lines.append("  ✗ \(finding.message)" + (finding.action.isEmpty ? "" : " — \(finding.action)"))
      }
      for v in s.violations {
        lines.append("  ✗ " + Explain.violation(v, in: s))
      }
    }
    if let b = s.binding {
      lines.append("Binding constraint: " + Explain.binding(b, in: s))
    }
    if !s.criticalPath.isEmpty {
      lines.append("Critical path: " + s.criticalPath.joined(separator: " → "))
    }
    let deadlines = s.tasks.filter { $0.task.deadline != nil && $0.task.state == .planned && $0.task.fixedStart == nil }
      .sorted { ($0.task.deadline!, $0.id) < ($1.task.deadline!, $1.id) }
    if !deadlines.isEmpty {
      lines.append("Hard deadlines (room left):")
      for t in deadlines {
        let room = t.task.deadline! - t.lastDay
        let mark = room < 0 ? "✗" : "✓"
        lines.append("  \(mark) \(t.task.deadline!)  \(t.task.name) (\(t.id)): \(room < 0 ? "\(Explain.days(-room)) late" : "\(Explain.days(room)) to spare")")
      }
    }
    switch r.earliestFeasibleMatchYear {
    case .some(let y) where y == r.matchYear: lines.append("Earliest feasible Match year: \(y) (this one)")
    case .some(let y): lines.append("Earliest feasible Match year: \(y)")
    case .none:
      var line = "Earliest feasible Match year: none up to \(r.rules.supportedYears.upperBound)"
      let blocked = r.findings.contains { $0.severity == .blocker }
      if !blocked && s.violations.contains(where: { $0.taskID == "residency.start" }) {
        // The steps between Match Day and July 1 are the same every year: waiting cannot help.
        line += " — what must happen between Match Day and July 1 takes longer than that in every year; shorten those steps (lead_times, or start them earlier with your program and ministry) or ask programs about a later start"
      }
      lines.append(line)
    }
    for miss in s.targetMisses {
      let name = s.task(miss.taskID)?.task.name ?? miss.taskID
      lines.append("  ! Target missed: \(name) (\(miss.taskID)) \(miss.lastDay), \(Explain.days(miss.daysLate)) after \(miss.target)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Findings, assumptions and the estimated-values note, after the chart.
  public static func footer(_ r: PlanResult) -> String {
    var lines: [String] = []
    let shown = r.findings.filter { $0.severity != .blocker }
    if !shown.isEmpty {
      lines.append("Notes:")
      for f in shown {
        let tag = f.severity == .warning ? "warning" : "note"
        lines.append("  \(tag): \(f.message)" + (f.action.isEmpty ? "" : " — \(f.action)") + (f.source.isEmpty ? "" : " [\(f.source)]"))
      }
    }
    if !r.assumptions.isEmpty {
      lines.append("Assumptions (defaults you can change in your profile):")
      for a in r.assumptions { lines.append("  - \(a)") }
    }
    if r.usesEstimates {
      lines.append("≈ marks tasks resting on an estimated date or duration; `planner rules --match \(r.matchYear)` lists every rule with its source.")
    }
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  /// One row per task: start, finish, total float, free float, critical, status.
  public static func table(_ r: PlanResult) -> String {
    let s = r.schedule
    var rows: [[String]] = [["ID", "TASK", "START", "FINISH", "FLOAT", "FREE", "CRIT", "STATUS"]]
    for t in s.tasks {
      rows.append([
        t.id, (t.task.provenance.estimated ? "≈ " : "") + t.task.name, t.start.description, t.lastDay.description,
        String(t.totalFloat), String(t.freeFloat), t.critical ? "yes" : "", TaskStatus(t, in: s).rawValue,
      ])
    }
    let widths = (0..<rows[0].count).map { c in rows.map { $0[c].count }.max() ?? 0 }
    let numeric: Set<Int> = [4, 5]
    return rows.map { row in
      row.enumerated().map { c, cell in
        let pad = String(repeating: " ", count: widths[c] - cell.count)
        return numeric.contains(c) ? pad + cell : cell + pad
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }.joined(separator: "\n") + "\n"
  }

  /// The documented JSON document (see README: JSON schema).
  public static func json(_ r: PlanResult, profile: Profile) -> JSONValue {
    let s = r.schedule
    let binding: JSONValue = s.binding.map { b in
      var pairs: [(String, JSONValue)] = [("taskId", .string(b.taskID))]
      switch b.kind {
      case .deadline(let d): pairs += [("kind", .string("deadline")), ("date", .string(d.description))]
      case .fixedDate(let d): pairs += [("kind", .string("fixedDate")), ("date", .string(d.description))]
      case .projectFinish: pairs += [("kind", .string("projectFinish")), ("date", .null)]
      }
      pairs += [("slackDays", .int(b.slack)), ("description", .string(Explain.binding(b, in: s)))]
      return .object(pairs)
    } ?? .null
    let dependsOn = r.dependencyIndex
    let tasks: [JSONValue] = s.tasks.map { t in
      .object([
        ("id", .string(t.id)),
        ("name", .string(t.task.name)),
        ("phase", .string(t.task.group)),
        ("start", .string(t.start.description)),
        ("finish", .string(t.lastDay.description)),
        ("durationDays", .int(t.task.duration)),
        ("milestone", .bool(t.task.isMilestone)),
        ("earlyStart", .string(t.earlyStart.description)),
        ("lateStart", .string(t.lateStart.description)),
        ("lateFinish", .string(t.lateLastDay.description)),
        ("totalFloat", .int(t.totalFloat)),
        ("freeFloat", .int(t.freeFloat)),
        ("critical", .bool(t.critical)),
        ("status", .string(TaskStatus(t, in: s).rawValue)),
        ("dependsOn", .array((dependsOn[t.id] ?? []).map { .string($0) })),
        ("drivenBy", .string(Explain.driver(t, in: s))),
        ("deadline", t.task.deadline.map { .string($0.description) } ?? .null),
        ("target", t.task.target.map { .string($0.description) } ?? .null),
        ("categories", .array(t.task.provenance.categories.map { .string($0) })),
        ("estimated", .bool(t.task.provenance.estimated)),
        ("source", t.task.provenance.sources.first.map { .string($0) } ?? .null),
        ("sources", .array(t.task.provenance.sources.map { .string($0) })),
        ("note", .string(t.task.provenance.note)),
      ])
    }
    return .object([
      ("schemaVersion", .int(1)),
      ("name", .string(profile.name)),
      ("matchYear", .int(r.matchYear)),
      ("today", .string(r.today.description)),
      ("feasible", .bool(r.feasible)),
      ("slackDays", .int(r.slack)),
      ("earliestFeasibleMatchYear", r.earliestFeasibleMatchYear.map { .int($0) } ?? .null),
      ("bindingConstraint", binding),
      ("criticalPath", .array(s.criticalPath.map { .string($0) })),
      ("violations", .array(s.violations.map { v in
        .object([("taskId", .string(v.taskID)), ("kind", .string(v.kind.rawValue)), ("limit", .string(v.limit.description)), ("actual", .string(v.actual.description)), ("daysOver", .int(v.daysOver)), ("description", .string(Explain.violation(v, in: s)))])
      })),
      ("targetMisses", .array(s.targetMisses.map { m in
        .object([("taskId", .string(m.taskID)), ("target", .string(m.target.description)), ("finish", .string(m.lastDay.description)), ("daysLate", .int(m.daysLate))])
      })),
      ("findings", .array(r.findings.map { f in
        .object([("severity", .string(f.severity.rawValue)), ("code", .string(f.code)), ("message", .string(f.message)), ("action", .string(f.action)), ("source", .string(f.source))])
      })),
      ("assumptions", .array(r.assumptions.map { .string($0) })),
      ("cycle", .array(r.cycle.datedValues.map { row in
        .object([("label", .string(row.label)), ("date", .string(row.value.value.description)), ("confidence", .string(row.value.confidence.rawValue)), ("estimated", .bool(row.value.confidence.isEstimated)), ("source", .string(row.value.source))])
      })),
      ("tasks", .array(tasks)),
    ])
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
