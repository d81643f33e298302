import PlannerCore
public import PlannerPathway
import PlannerRules

/// The text around the chart: the verdict header, findings, assumptions; and the table and JSON
/// formats. Pure functions of a `PlanResult`.
public enum PlanReport {
  /// The verdict and what it rests on, before the chart.
  public static func header(_ r: PlanResult, profileName: String, notice: String? = nil) -> String {
    let parts = headerParts(r, profileName: profileName, notice: notice)
    return parts.title + "\n" + parts.body
  }

  /// The header in two parts: the title, then the verdict first and the details after it.
  public static func headerParts(_ r: PlanResult, profileName: String, notice: String? = nil) -> (title: String, body: String) {
    let sections = headerSections(r, profileName: profileName, notice: notice)
    return (sections.title, sections.headline + sections.verdict + sections.notices + sections.rest)
  }

  /// The header's parts, in the order `plan` prints them (issue 25 §4: the verdict leads, then
  /// what to do next, then the details): the title; the verdict's headline (the part shown in
  /// the verdict's colour, `Verdict.tone`); the rest of the verdict (missed targets, what breaks
  /// the year, the room after Match Day); the notices; the rest. The body parts each end with a
  /// newline (or are empty), so a caller can wrap and colour each on its own without reading the
  /// text, and put the Next block between the verdict and the notices.
  public static func headerSections(_ r: PlanResult, profileName: String, notice: String? = nil) -> (title: String, headline: String, verdict: String, notices: String, rest: String) {
    var title = ["Match \(r.matchYear) plan for \(profileName) · today \(r.today)"]
    if let notice { title.append(notice) }
    let s = r.schedule
    let notices = r.notices.map { $0 + "\n" }.joined()
    let margin = r.margin
    let verdict = r.verdict
    var said = verdictLines(r, verdict: verdict)
    let headline = said.removeFirst() + "\n"
    var lines: [String] = []
    if let capacity = r.capacity { lines.append(StudyCapacityText.line(capacity)) }
    // Warnings and notes in the same words as `planner check` (blockers are in the verdict).
    for f in r.findings where f.severity != .blocker {
      lines.append(f.line)
    }
    // Names, not task ids, in sentences (issue 25 §5: ids stay in commands and JSON).
    let named = { (id: String) in s.task(id)?.task.name ?? id }
    if !margin.path.isEmpty, let gate = margin.deciding {
      lines.append("Critical path (to \(named(gate.taskID))): " + margin.path.map(named).joined(separator: " → "))
    }
    if !margin.postMatchPath.isEmpty {
      lines.append("After Match Day: " + margin.postMatchPath.map(named).joined(separator: " → "))
    }
    if !margin.gates.isEmpty {
      lines.append("Gates (room left):")
      for g in margin.gates {
        let mark = g.room < 0 ? (g.kind == .target ? "!" : "✗") : "✓"
        let name = s.task(g.taskID)?.task.name ?? g.taskID
        let kind = g.kind == .target ? "target: " : ""
        lines.append("  \(mark) \(g.date)  \(kind)\(name): \(g.room < 0 ? "\(Explain.days(-g.room)) late" : "\(Explain.days(g.room)) to spare")")
      }
    }
    switch r.earliestFeasibleMatchYear {
    case .some(let y) where y == r.matchYear: lines.append("Earliest feasible Match year: \(y) (this one)")
    case .some(let y): lines.append("Earliest feasible Match year: \(y)")
    case .none:
      lines.append("Earliest feasible Match year: none up to \(r.rules.supportedYears.upperBound)")
    }
    // A year at risk lists its missed targets in the verdict, with the catalogue's words.
    for miss in s.targetMisses where verdict.status != .atRisk {
      let name = s.task(miss.taskID)?.task.name ?? miss.taskID
      lines.append("  ! Target missed: \(name) \(miss.lastDay), \(Explain.days(miss.daysLate)) after \(miss.target)")
    }
    return (title.joined(separator: "\n"), headline, said.map { $0 + "\n" }.joined(), notices, lines.map { $0 + "\n" }.joined())
  }

  /// The verdict (`PlanResult.verdict`) in words: the headline, the missed targets of a year at
  /// risk, or what breaks a year that does not hold; then the post-Match steps on their own line.
  public static func verdictLines(_ r: PlanResult, verdict v: Verdict) -> [String] {
    let s = r.schedule
    var lines = [VerdictText.headline(v)]
    switch v.status {
    case .onTrack: break
    case .atRisk:
      lines += v.targetsMissed.map { "  ! " + $0.sentence + "." }
    case .notFeasible, .blocked:
      for finding in v.blockers {
        lines.append("  ✗ \(finding.message)" + (finding.action.isEmpty ? "" : " — \(finding.action)"))
      }
      for broken in v.brokenGates {
        lines.append("  ✗ " + Explain.violation(broken, in: s))
      }
      if let late = v.targetsMissed.first(where: { $0.taskID == PathwayTask.erasSubmit.id || $0.taskID == PathwayTask.residencyCASSubmit.id }) {
        lines.append("  ! A late application: programs start reviewing on \(late.target) and you can submit on \(late.finish), \(Explain.days(late.daysLate)) later, when many interview places are already given out.")
      }
    }
    if let unrecorded = r.unrecordedStudyStart { lines += UnrecordedStudyText.lines(unrecorded, verdict: v) }
    if let post = v.postMatch {
      var line = "After Match Day: " + post.sentence + "; " + r.postMatchSteps + " depend on others"
      if post.room < 0 {
        // The Statement of Need is the one step the applicant can start before the Match.
        let son = s.task(PathwayTask.visaJ1Son.id)?.task.state == .planned && r.dependencies(of: PathwayTask.visaJ1Son.id).contains(PathwayTask.matchDay.id)
        line += " — " + (son ? "request the Statement of Need before Match Day (set statement_of_need: before_match in your profile; some ministries take months), " : "") + "shorten lead_times you know, or ask your program about a later start"
      }
      lines.append(line + ".")
    }
    return lines
  }

  /// Findings, assumptions and the estimated-values note, after the chart.
  public static func footer(_ r: PlanResult) -> String {
    var lines: [String] = []
    if !r.assumptions.isEmpty {
      lines.append("Assumptions (defaults you can change in your profile):")
      for a in r.assumptions { lines.append("  - \(a)") }
    }
    if r.usesEstimates {
      lines.append("≈ marks tasks resting on an estimated date or duration; `planner rules --match \(r.matchYear)` lists every rule with its source.")
    }
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  /// One row per task: start, finish, total float, free float, latest safe start (`*`: a soft
  /// target sets it), critical, status.
  /// - Parameter ascii: measure and cut the cells as `--ascii` prints them.
  /// - Parameter width: the columns to fit; task names are cut (with …) to fit, never the ids,
  ///   dates or numbers, so a table too narrow even then is printed wider than asked.
  public static func table(_ r: PlanResult, width: Int? = nil, ascii: Bool = false) -> String {
    let s = r.schedule
    var rows: [[String]] = [["ID", "TASK", "START", "FINISH", "SPARE", "FREE SPARE", "START BY", "CRIT", "STATUS"]]
    for t in s.tasks {
      // The latest safe start (`LatestSafeStart`), whether a deadline or a soft target sets it.
      let safe = LatestSafeStart(t, in: s).map { $0.day.description } ?? "-"
      rows.append([
        t.id, (t.task.provenance.estimated ? "≈ " : "") + t.task.name, t.task.dateKnown ? t.start.description : "-", t.task.dateKnown ? t.lastDay.description : "-",
        t.float.map(String.init) ?? "-", t.float == nil ? "-" : String(t.freeFloat), safe,
        t.critical ? "yes" : "", status(t, in: r),
      ])
    }
    // `--ascii` folds the cells before they are measured, so the folded table still fits.
    if ascii { rows = rows.map { $0.map(AsciiText.fold) } }
    let ellipsis = ascii ? "..." : "…"
    var widths = (0..<rows[0].count).map { c in rows.map { $0[c].count }.max() ?? 0 }
    let name = 1, status = 8, shortestName = 12
    let numeric: Set<Int> = [4, 5]
    func line(_ row: [String], columns: [Int]) -> String {
      columns.map { c in
        let pad = String(repeating: " ", count: max(0, widths[c] - row[c].count))
        return numeric.contains(c) ? pad + row[c] : row[c] + pad
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
    if let width {
      let total = widths.reduce(0, +) + 2 * (widths.count - 1)
      if total > width {
        if total - (widths[name] - shortestName) > width {
          // Too narrow for names beside the numbers: each task's name and status go on a line of
          // their own under its row, the ids, dates and numbers stay whole. The name is cut to
          // the width, not the status ("should have started 2026-11-25" keeps its date).
          var columns = Array(0..<rows[0].count).filter { $0 != name && $0 != status }
          // Still too wide (60 columns): FREE SPARE, CRIT, then FINISH are left out, and the
          // table says so and how to see them (issue 25 §4).
          var dropped: [Int] = []
          for column in [5, 7, 3] where columns.map({ widths[$0] + 2 }).reduce(-2, +) > width {
            columns.removeAll { $0 == column }
            dropped.append(column)
          }
          let left = dropped.isEmpty ? "" : "Left out to fit \(width) columns: " + dropped.sorted().map { rows[0][$0] }.joined(separator: ", ") + "; `--width \(total - (widths[name] + 2) - (widths[status] + 2))` or `--format csv` shows them.\n"
          return rows.enumerated().map { i, row in
            let tail = i == 0 ? " — STATUS" : " — " + row[status]
            var head = i == 0 ? "    TASK" : "    " + row[name]
            if head.count + tail.count > width {
              let room = width - tail.count - 1
              head = room > 4 ? String(head.prefix(room + 1 - ellipsis.count)) + ellipsis : head
            }
            let detail = head + tail
            return line(row, columns: columns) + "\n" + (detail.count > width ? String(detail.prefix(width - ellipsis.count)) + ellipsis : detail)
          }.joined(separator: "\n") + "\n" + TextWrap.wrap(left, width: width, ascii: ascii)
        }
        widths[name] -= total - width
        for i in rows.indices where rows[i][name].count > widths[name] {
          rows[i][name] = String(rows[i][name].prefix(widths[name] - ellipsis.count)) + ellipsis
        }
      }
    }
    return rows.map { line($0, columns: Array($0.indices)) }.joined(separator: "\n") + "\n"
  }

  /// The table's status cell: "should have started 2026-12-17".
  static func status(_ t: ScheduledTask, in r: PlanResult) -> String { TaskStatus(t, in: r).word }

  /// The documented JSON document (see README: JSON schema).
  public static func json(_ r: PlanResult, profile: Profile) -> JSONValue {
    let s = r.schedule
    let margin = r.margin
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
    let latest = r.latestSafeStarts
    let tasks: [JSONValue] = s.tasks.map { t in
      // Two typed halves: one literal of every field is more than the type checker can take.
      let dates: [(String, JSONValue)] = [
        ("id", .string(t.id)),
        ("name", .string(t.task.name)),
        ("phase", .string(t.task.group)),
        // A task done on no known day has no dates: the scheduler's are only the latest days
        // that keep the order, and would read as facts (issue 20, "Honest status";
        // HonestStatusTests). `dateKnown: false` says so, and the status reads "done (date not given)".
        ("start", dated(t.start, t)),
        ("finish", dated(t.lastDay, t)),
        ("dateKnown", .bool(t.task.dateKnown)),
        ("durationDays", .int(t.task.duration)),
        ("milestone", .bool(t.task.isMilestone)),
        ("earlyStart", dated(t.earlyStart, t)),
        ("lateStart", dated(t.lateStart, t)),
        ("lateFinish", dated(t.lateLastDay, t)),
        ("totalFloat", t.float.map { .int($0) } ?? .null),
        ("freeFloat", t.float == nil ? .null : .int(t.freeFloat)),
        ("targetFloat", t.targetFloat.map { .int($0) } ?? .null),
      ]
      let facts: [(String, JSONValue)] = [
        ("latestSafeStart", latest[t.id].map { .string($0.day.description) } ?? .null),
        ("latestSafeStartProtects", latest[t.id]?.protectsJSON ?? .null),
        ("critical", .bool(t.critical)),
        ("status", .string(TaskStatus(t, in: r).code)),
        ("overdue", r.overdue[t.id].map { o in .object([("since", .string(o.since.description)), ("days", .int(o.days)), ("reason", .string(o.reason))]) } ?? .null),
        ("dependsOn", .array((dependsOn[t.id] ?? []).map { .string($0) })),
        ("drivenBy", .string(Explain.driver(t, in: s))),
        ("deadline", t.task.deadline.map { .string($0.description) } ?? .null),
        ("target", t.task.target.map { .string($0.description) } ?? .null),
        ("categories", .array(t.task.kind.names.map { .string($0) })),
        ("estimated", .bool(t.task.provenance.estimated)),
        ("source", t.task.provenance.sources.first.map { .string($0) } ?? .null),
        ("sources", .array(t.task.provenance.sources.map { .string($0) })),
        ("note", .string(t.task.provenance.note)),
      ]
      return .object(dates + facts)
    }
    return .object([
      ("schemaVersion", .int(1)),
      ("name", .string(profile.name)),
      ("matchYear", .int(r.matchYear)),
      ("today", .string(r.today.description)),
      ("notices", .array(r.notices.map { .string($0) })),
      ("feasible", .bool(r.feasible)),
      ("verdict", VerdictText.json(r.verdict)),
      ("unrecordedStudyStart", r.unrecordedStudyStart.map(UnrecordedStudyText.json) ?? .null),
      ("slackDays", .int(r.slack)),
      ("margin", marginJSON(margin.deciding)),
      ("postMatchMargin", marginJSON(margin.postMatch)),
      ("gates", gatesJSON(margin.gates)),
      ("earliestFeasibleMatchYear", r.earliestFeasibleMatchYear.map { .int($0) } ?? .null),
      ("bindingConstraint", binding),
      ("criticalPath", .array(margin.path.map { .string($0) })),
      ("postMatchPath", .array(margin.postMatchPath.map { .string($0) })),
      ("violations", .array(s.violations.map { v in
        .object([("taskId", .string(v.taskID)), ("kind", .string(v.kind.rawValue)), ("limit", .string(v.limit.description)), ("actual", .string(v.actual.description)), ("daysOver", .int(v.daysOver)), ("description", .string(Explain.violation(v, in: s)))])
      })),
      ("targetMisses", .array(s.targetMisses.map { m in
        .object([("taskId", .string(m.taskID)), ("target", .string(m.target.description)), ("finish", .string(m.lastDay.description)), ("daysLate", .int(m.daysLate))])
      })),
      ("findings", .array(r.findings.map { f in
        .object([("severity", .string(f.severity.rawValue)), ("code", .string(f.code.string)), ("message", .string(f.message)), ("action", .string(f.action)), ("source", .string(f.source))])
      })),
      ("assumptions", .array(r.assumptions.map { .string($0) })),
      ("cycle", .array(r.cycle.datedValues.map { row in
        .object([("label", .string(row.label)), ("date", .string(row.value.value.description)), ("confidence", .string(row.value.confidence.rawValue)), ("estimated", .bool(row.value.confidence.isEstimated)), ("source", .string(row.value.source))])
      })),
      ("tasks", .array(tasks)),
    ])
  }
}

extension PlanReport {
  /// A task's day in JSON, or null when the task was done on a day nobody gave.
  static func dated(_ day: Day, _ t: ScheduledTask) -> JSONValue { t.task.dateKnown ? .string(day.description) : .null }

  static func marginJSON(_ gate: GateRoom?) -> JSONValue {
    guard let g = gate else { return .null }
    return .object([("days", .int(g.room)), ("taskId", .string(g.taskID)), ("date", .string(g.date.description)), ("gate", .string(g.what))])
  }

  static func gatesJSON(_ gates: [GateRoom]) -> JSONValue {
    .array(gates.map { g in
      .object([("date", .string(g.date.description)), ("task", .string(g.taskID)), ("kind", .string(g.kind.rawValue)), ("room", .int(g.room)), ("gate", .string(g.what))])
    })
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
