import PlannerCore
public import PlannerPathway

/// `plan --format mermaid`: a Mermaid `gantt` block — a section per phase, `crit` on the deciding
/// chain, `done` on finished work, milestones, fixed dates — for Markdown that renders Mermaid.
public enum MermaidExport {
  public static func render(_ r: PlanResult, profileName: String) -> String {
    let s = r.schedule
    var lines = ["```mermaid", "gantt"]
    lines.append("    title " + clean("Match \(r.matchYear) plan for \(profileName) · today \(r.today)", keepColon: true))
    lines.append("    dateFormat YYYY-MM-DD")
    lines.append("    axisFormat %b %Y")
    // The viewer's clock is not the plan's today: its marker would mislead.
    lines.append("    todayMarker off")
    var order: [String] = []
    var byPhase: [String: [ScheduledTaskRef]] = [:]
    for (i, t) in s.tasks.enumerated() {
      if byPhase[t.task.group] == nil { order.append(t.task.group) }
      byPhase[t.task.group, default: []].append(ScheduledTaskRef(index: i))
    }
    var ids = IdentifierMap()
    for phase in order {
      lines.append("    section " + clean(phase.isEmpty ? "Other" : phase, keepColon: false))
      for ref in byPhase[phase] ?? [] {
        let t = s.tasks[ref.index]
        guard t.task.dateKnown else {
          // Mermaid has no undated task: a comment keeps it in the file without a false date.
          lines.append("    %% done, date not given: " + clean(t.task.name, keepColon: true))
          continue
        }
        var tags: [String] = []
        if t.task.state == .done { tags.append("done") }
        if t.critical && t.task.state != .done { tags.append("crit") }
        if t.task.isMilestone { tags.append("milestone") }
        let marks = (t.task.state == .booked ? "● " : "") + (t.task.provenance.estimated ? "≈ " : "")
        let data = (tags + [ids.identifier(for: t.id), t.start.description, "\(t.task.duration)d"]).joined(separator: ", ")
        lines.append("    " + taskText(marks + t.task.name) + " :" + data)
      }
    }
    lines.append("```")
    return lines.joined(separator: "\n") + "\n"
  }

  struct ScheduledTaskRef { var index: Int }

  /// Mermaid's lexer ends a task's text at `:`, `;`, `#` or a newline; a line that starts with a
  /// keyword (section, title, click…) or a date would be read as that instead.
  static func taskText(_ name: String) -> String {
    var text = clean(name, keepColon: false)
    let lower = text.lowercased()
    let keywords = ["gantt", "dateformat", "inclusiveenddates", "topaxis", "axisformat", "tickinterval", "includes", "excludes",
                    "todaymarker", "weekday", "title", "accdescription", "acctitle", "accdescr", "section", "click", "href", "call"]
    let startsWithDate = lower.prefix(10).allSatisfy { $0.isNumber || $0 == "-" } && lower.count >= 10
    if keywords.contains(where: { lower.hasPrefix($0) }) || startsWithDate || text.hasPrefix("%%") {
      text = "· " + text
    }
    return text.isEmpty ? "(unnamed)" : text
  }

  static func clean(_ s: String, keepColon: Bool) -> String {
    var out = ""
    for ch in s {
      switch ch {
      case ":" where !keepColon: out += " –"
      case ";": out += ","
      case "#": out += "No."
      case "\n", "\r", "\t": out += " "
      default: out.append(ch)
      }
    }
    while out.contains("  ") { out = out.replacingAll("  ", with: " ") }
    return out.trimmingSpaces
  }
}

/// Task ids as Mermaid and TaskJuggler accept them (letters, digits, underscore), unique.
struct IdentifierMap {
  private var used: [String: String] = [:]
  private var taken: Set<String> = []

  mutating func identifier(for id: String) -> String {
    if let known = used[id] { return known }
    var base = String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    if base.first.map({ !$0.isLetter && $0 != "_" }) ?? true { base = "t_" + base }
    var candidate = base
    var n = 2
    while taken.contains(candidate) {
      candidate = "\(base)_\(n)"
      n += 1
    }
    used[id] = candidate
    taken.insert(candidate)
    return candidate
  }
}

extension String {
  func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}

extension MermaidExport {
  /// A name as the comment line writes it (for tests).
  public static func taskTextForTests(_ name: String) -> String { clean(name, keepColon: true) }
}
