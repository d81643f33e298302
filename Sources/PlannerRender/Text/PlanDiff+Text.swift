import PlannerCore
public import PlannerPathway
import PlannerRules

/// The words of a `PlanDiff`: the report after every record, `planner diff` and `what-if`.
extension PlanDiff {
  /// The short report shown after every record and by `planner diff` / `what-if`; with `all`,
  /// every moved task is listed, not only the milestones.
  public func render(since: String, all: Bool = false) -> String {
    var lines = ["What moved \(since):"]
    let listed = all ? moved + others : moved
    let width = (listed.map(\.id) + added.map(\.id) + removed.map(\.id)).map(\.count).max() ?? 0
    func pad(_ id: String) -> String { id + String(repeating: " ", count: max(0, width - id.count)) }
    for m in listed {
      var line = "  \(pad(m.id))  \(Self.day(m.from)) → \(Self.day(m.to))"
      if let days = m.days { line += "  " + (days == 0 ? "same day" : (days > 0 ? "+" : "") + Explain.days(days)) }
      if m.fromStatus != m.toStatus { line += " (\(m.fromStatus.word) → \(m.toStatus.word))" }
      // Float to the task's own limit (deadline, booking, residency start): what the move cost.
      if m.fromFloat != m.toFloat && !m.toStatus.isDone { line += ", days to spare \(m.fromFloat) → \(m.toFloat)" }
      lines.append(line + "  \(m.name)")
    }
    if otherMoved > 0 && !all { lines.append("  and \(otherMoved) other task\(otherMoved == 1 ? "" : "s") moved (--all lists \(otherMoved == 1 ? "it" : "them"))") }
    for t in added { lines.append("  + \(pad(t.id))  \(Self.day(t.start))  \(t.name) (\(t.status.word))") }
    for t in removed { lines.append("  - \(pad(t.id))  \(Self.day(t.start))  \(t.name)") }
    if moved.isEmpty && others.isEmpty && added.isEmpty && removed.isEmpty { lines.append("  nothing moved") }
    // A booking that reorders the study blocks is said, with why (issue 9 §2).
    if let order = StudyOrder.change(before: before, after: after) { lines.append(order) }
    // With every attempt used up the plan after is only the first open cycle's shape: its
    // margin and targets would read as room gained on a road that no longer exists.
    if after.findings.contains(where: { $0.code == .attemptsExhausted }) {
      lines.append("Margin: \(Explain.days(before.slack)) → none (no path to certification remains)")
      lines += verdict()
      return lines.joined(separator: "\n") + "\n"
    }
    let gained = after.slack - before.slack
    let change = gained == 0 ? "unchanged" : gained > 0 ? "\(Explain.days(gained)) gained" : "\(Explain.days(-gained)) lost"
    lines.append("Margin: \(Explain.days(before.slack)) → \(Explain.days(after.slack)) (\(change))" + (before.matchYear == after.matchYear ? "" : "; the saved plan was for the \(before.matchYear) Match"))
    let s = after.schedule
    // A year at risk lists every missed target in its verdict, below.
    for miss in s.targetMisses where before.targetMisses[miss.taskID] != miss.daysLate && after.verdict.status != .atRisk {
      let name = s.task(miss.taskID)?.task.name ?? miss.taskID
      lines.append("  ! Target missed: \(name) \(miss.lastDay), \(Explain.days(miss.daysLate)) after \(miss.target)" + (miss.taskID == "step2ck.result" ? ", when programs start reviewing applications" : ""))
    }
    for (id, _) in before.targetMisses.sorted(by: { $0.key < $1.key }) where !s.targetMisses.contains(where: { $0.taskID == id }) {
      lines.append("  ✓ Target met again: \(s.task(id)?.task.name ?? id)")
    }
    lines += verdict()
    return lines.joined(separator: "\n") + "\n"
  }

  /// A day, or that none was given (a task done on no known day has no date to show).
  static func day(_ day: Day?) -> String { day?.description ?? "date not given" }

  /// Whether the Match year holds, said against the baseline ("still holds", "holds again",
  /// "no longer holds"); if not, what breaks, the chain that drives it, and the earliest year.
  /// Without a baseline (`compared` false), or against a baseline for another Match year, there
  /// is nothing the year "still" holds or "no longer" holds against.
  public func verdict(compared: Bool = true) -> [String] {
    let r = after
    let s = r.schedule
    let v = r.verdict
    let post = v.postMatch.map { ["After Match Day: " + $0.sentence + "."] } ?? []
    let sameYear = before.matchYear == r.matchYear
    if v.holds {
      return VerdictText.diffLines(v, compared: compared && sameYear, heldBefore: before.feasible) + post
    }
    var lines: [String]
    if r.findings.contains(where: { $0.code == .attemptsExhausted }) {
      lines = ["Verdict: no path to certification remains."]
    } else {
      lines = VerdictText.diffLines(v, compared: compared && sameYear, heldBefore: before.feasible)
    }
    for f in v.blockers {
      lines.append("  ✗ \(f.message)" + (f.action.isEmpty ? "" : " — \(f.action)"))
    }
    for broken in v.brokenGates {
      lines.append("  ✗ " + Explain.violation(broken, in: s))
      lines.append("    because: " + Self.because(broken.taskID, in: r))
    }
    switch v.earliestFeasibleYear {
    case .some(let y) where y != r.matchYear: lines.append("Earliest feasible Match year: \(y).")
    case .some: break
    case .none: lines.append("Earliest feasible Match year: none up to \(after.rules.supportedYears.upperBound).")
    }
    return lines
  }

  /// The chain behind a broken date, root first, in one line: the first link that is not done
  /// (the event the user can act on) and the milestones that carry the delay.
  static func because(_ id: String, in r: PlanResult) -> String {
    let links = WhyChain.chain(id, in: r).map(\.task).reversed().filter { $0.task.state != .done }
    guard let root = links.first else { return "its prerequisites" }
    let verb = root.task.kind.contains(.exam) ? "is on" : root.task.isMilestone ? "arrives" : "ends"
    var text = "\(root.task.name) \(verb) \(root.task.isMilestone || root.task.duration <= 1 ? root.start : root.lastDay)"
    let shown: TaskKind = [.exam, .study, .milestone]
    // A short chain is shown whole; a long one by its exams, study blocks and milestones.
    let rest = links.dropFirst().filter { links.count <= 6 || !shown.isDisjoint(with: $0.task.kind) || $0.id == links.last?.id }
    if !rest.isEmpty { text += "; then " + rest.map { "\($0.task.name) \($0.lastDay)" }.joined(separator: " → ") }
    return text
  }
}
