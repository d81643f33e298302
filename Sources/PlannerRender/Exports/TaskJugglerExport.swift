import PlannerCore
public import PlannerPathway

/// `plan --format tjp`: a TaskJuggler 3 project with the same tasks (one container per phase),
/// dependencies with their lags, fixed dates and durations in calendar days, so that tj3
/// schedules the same early dates. Two kinds of helper milestone carry what TaskJuggler has no
/// attribute for: today (nothing open starts before it) and a window's opening day.
public enum TaskJugglerExport {
  public static func render(_ r: PlanResult, profileName: String) -> String {
    let s = r.schedule
    var ids = IdentifierMap()
    var phaseIDs = IdentifierMap()
    // Full ids first: a dependency can point at a task in a later phase.
    var full: [String: String] = [:]
    var order: [String] = []
    var byPhase: [String: [ScheduledTask]] = [:]
    for t in s.tasks {
      if byPhase[t.task.group] == nil { order.append(t.task.group) }
      byPhase[t.task.group, default: []].append(t)
    }
    for phase in order {
      let p = phaseIDs.identifier(for: slug(phase.isEmpty ? "other" : phase))
      for t in byPhase[phase] ?? [] { full[t.id] = p + "." + ids.identifier(for: t.id) }
    }
    let starts = s.tasks.map(\.start) + [s.today]
    let projectStart = (starts.min() ?? s.today) - 1
    let projectEnd = max(s.projectFinish, s.tasks.map(\.lateFinish).max() ?? s.projectFinish) + 60
    var out: [String] = []
    out.append("/* Match \(r.matchYear) plan for \(comment(profileName)), as of \(s.today). Written by planner: tj3 FILE.tjp */")
    out.append("project planner \(string("Match \(r.matchYear) plan for \(profileName)")) \(projectStart) - \(projectEnd) {")
    out.append("  timezone \"UTC\"")
    out.append("  timingresolution 60min")
    out.append("}")
    out.append("")
    out.append("task planner_dates \"Dates the plan must respect\" {")
    out.append("  task today \(string("Today (\(s.today))")) { start \(s.today) milestone }")
    var windows: [String: String] = [:]
    for t in s.tasks where t.task.fixedStart == nil {
      // A start blackout that moved the task is a window that opens for TaskJuggler too.
      var opens = t.task.notBefore
      if case .blackout(let day) = t.driver { opens = max(opens ?? day, day) }
      guard let nb = opens, nb > s.today else { continue }
      let id = "opens_" + ids.identifier(for: t.id)
      windows[t.id] = "planner_dates." + id
      out.append("  task \(id) \(string("Window opens for \(t.task.name)")) { start \(nb) milestone }")
    }
    out.append("}")
    for phase in order {
      let tasks = byPhase[phase] ?? []
      guard let first = tasks.first, let container = full[first.id]?.split(separator: ".").first else { continue }
      out.append("")
      out.append("task \(container) \(string(phase.isEmpty ? "Other" : phase)) {")
      for t in tasks {
        out += task(t, in: r, id: String(full[t.id]?.split(separator: ".").last ?? ""), full: full, window: windows[t.id])
      }
      out.append("}")
    }
    out.append("")
    out.append("taskreport planner_dates_csv \"planner-dates\" {")
    out.append("  formats csv")
    out.append("  columns id, start, end")
    out.append("  timeformat \"%Y-%m-%d\"")
    out.append("}")
    return out.joined(separator: "\n") + "\n"
  }

  static func task(_ t: ScheduledTask, in r: PlanResult, id: String, full: [String: String], window: String?) -> [String] {
    var body: [String] = []
    let backwards = r.graph.dependencies.filter { $0.successor == t.id && $0.lag < 0 }.compactMap { full[$0.predecessor] }
    if let fixed = t.task.fixedStart {
      // Booked or done: TaskJuggler keeps it on its date, as planner does.
      body.append("start \(fixed)")
      let after = r.dependencies(of: t.id).compactMap { full[$0] }
      if !after.isEmpty { body.append("# fixed date; planner checks it comes after " + after.joined(separator: ", ")) }
    } else if !backwards.isEmpty {
      // A negative lag (a study block that ends at a permit, a period around a test date) has no
      // TaskJuggler form: the task keeps planner's date.
      body.append("start \(t.start)")
      body.append("# placed by planner with a negative lag from " + backwards.joined(separator: ", "))
    } else {
      var deps = ["planner_dates.today"]
      if let window { deps.append(window) }
      for d in r.graph.dependencies where d.successor == t.id {
        guard let p = full[d.predecessor] else { continue }
        var options: [String] = []
        if d.kind == .startToStart { options.append("onstart") }
        if d.lag > 0 { options.append("gapduration \(d.lag)d") }
        deps.append(options.isEmpty ? p : p + " { " + options.joined(separator: " ") + " }")
      }
      // planner does one study block at a time: the block it waited for becomes a dependency.
      if case .applicantBusy(let blocker) = t.driver, let p = full[blocker] { deps.append(p) }
      body.append("depends " + deps.joined(separator: ", "))
    }
    body.append(t.task.isMilestone ? "milestone" : "duration \(t.task.duration)d")
    var notes: [String] = []
    if let d = t.task.deadline { notes.append("Deadline \(d).") }
    if let d = t.task.target { notes.append("Target \(d).") }
    if t.task.state == .done { notes.append(t.task.dateKnown ? "Done." : "Done; the date is not given, so planner places it just before what needed it.") }
    if t.task.state == .booked { notes.append("Booked.") }
    if t.task.provenance.estimated { notes.append("Rests on an estimated date or duration.") }
    if !notes.isEmpty { body.append("note " + string(notes.joined(separator: " "))) }
    return ["  task \(id) \(string(t.task.name)) {"] + body.map { "    " + $0 } + ["  }"]
  }

  /// A TaskJuggler string: double-quoted, with the characters TaskJuggler's reader would act on
  /// mapped to look-alikes that it reads as text (issue 26, point 2; TaskJugglerTests): a double
  /// quote (ends the string) to ”, a backslash (escapes the closing quote) to ∖, a dollar sign
  /// (`${…}` expands a macro, even inside a string) to ＄, and line breaks, tabs and other
  /// control characters to spaces.
  static func string(_ s: String) -> String {
    "\"" + safeText(s) + "\""
  }

  static func safeText(_ s: String) -> String {
    String(
      s.map { c -> Character in
        switch c {
        case "\"": "”"
        case "\\": "∖"
        case "$": "＄"
        default: c.isNewline || c.unicodeScalars.contains { $0.properties.generalCategory == .control } ? " " : c
        }
      })
  }

  /// "ECFMG & credentials" → "ecfmg_credentials": a readable container id.
  static func slug(_ s: String) -> String {
    let words = s.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
    return words.isEmpty ? "phase" : words.joined(separator: "_")
  }

  static func comment(_ s: String) -> String { safeText(s).replacingAll("*/", with: "* /") }
}
