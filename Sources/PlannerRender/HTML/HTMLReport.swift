import PlannerCore
public import PlannerPathway
import PlannerRules

/// `planner report`: one self-contained HTML page (inline CSS and SVG; no scripts, fonts, images
/// or network) with the verdict, the Next block, the chart, the deadlines, the findings and the
/// sources. A pure function of the plan and the options: same input, same bytes.
public enum HTMLReport {
  public static func render(_ r: PlanResult, options: ReportOptions) -> String {
    let s = r.schedule
    let title = "Match \(r.matchYear) plan for \(options.profileName)"
    var out: [String] = []
    out += HTMLHead.lines(title: title, css: Stylesheet.css(options.palette), dataImages: true)
    out.append("<header>")
    out.append("<h1>\(e(title))</h1>")
    out.append("<p class=\"muted\">As of \(r.today) · \(s.tasks.count) tasks · made by planner from the profile and the rules pack</p>")
    out.append("</header>")
    // The study time the plan assumed (issue 23, point 6: the report shows it), as the text says it.
    out += notices(options.notices + r.notices + (r.capacity.map { [StudyCapacityText.line($0)] } ?? []))
    out += verdict(ReportVerdict(r))
    out += next(options.next)
    out += chart(r, bands: options.risk?.bands ?? [])
    out += deadlines(r)
    out += findings(r)
    if let risk = options.risk { out += RiskSection.render(risk, result: r) }
    if let costs = options.costs { out += CostSection.render(costs, rules: r.rules) }
    out += tasks(r)
    out += sources(r)
    out.append("<footer><p>Dates marked ≈ rest on an estimated date or duration, not a published one. Every rule has its source above; `planner rules --match \(r.matchYear)` lists them all.</p></footer>")
    out.append("</main>")
    out.append("</body>")
    out.append("</html>")
    return out.joined(separator: "\n") + "\n"
  }

  static func e(_ s: String) -> String { Markup.escape(s) }

  static func notices(_ items: [String]) -> [String] {
    guard !items.isEmpty else { return [] }
    return ["<section id=\"notices\" aria-label=\"Notices\"><ul class=\"notices\">"] + items.map { "<li>\(e($0))</li>" } + ["</ul></section>"]
  }

  static func verdict(_ v: ReportVerdict) -> [String] {
    var out = ["<section id=\"verdict\" class=\"verdict \(v.status == .atRisk ? "at-risk" : v.feasible ? "feasible" : "not-feasible")\" data-status=\"\(v.status.rawValue)\" aria-label=\"Verdict\">"]
    out.append("<p class=\"headline\">Verdict: \(e(v.headline))</p>")
    out += v.lines.map { "<p>\(e($0))</p>" }
    out.append("</section>")
    return out
  }

  /// The Next block: the same items as `planner next`, each with the command that records it.
  static func next(_ next: NextActions?) -> [String] {
    guard let next else { return [] }
    var out = ["<section id=\"next\"><h2>Next (\(next.today) → \(next.until))</h2>"]
    guard !next.items.isEmpty else { return out + ["<p>Nothing to start or record before \(next.until).</p>", "</section>"] }
    out.append("<ol class=\"next\">")
    for item in next.items {
      let kind = item.kind == .start ? "do" : item.kind.rawValue
      // The command is copied alone: when to run it stays outside the <code>.
      let record = item.record.map { r in
        "<span class=\"record\">" + (r.when.label.map { "<span class=\"when\">\(e($0)):</span> " } ?? "") + "<code>\(e(r.command))</code></span>"
      } ?? ""
      out.append("<li class=\"\(item.kind.rawValue)\"><span class=\"date\">\(item.date)</span> <span class=\"kind\">\(kind)</span> \(e(item.text))\(record.isEmpty ? "" : " " + record)</li>")
    }
    out.append("</ol></section>")
    return out
  }

  static func chart(_ r: PlanResult, bands: [RiskSummary.Band]) -> [String] {
    let gantt = GanttSVG(r, gates: ChartGate.cycleGates(r), bands: bands)
    return [
      "<section id=\"chart\">",
      "<h2>The plan</h2>",
      "<p class=\"muted\">Hover or tap a row for its dates, days to spare and why it sits where it does. On a narrow screen the bars scroll sideways under the names.</p>",
    ] + (gantt.pastSummary.map { ["<p class=\"past\">\(e($0))</p>"] } ?? []) + [
      "<div class=\"chart\">",
      gantt.render(),
      "</div>",
      Legend.html,
      "</section>",
    ]
  }

  static func deadlines(_ r: PlanResult) -> [String] {
    let gates = ReportGate.all(r)
    guard !gates.isEmpty else { return [] }
    var out = ["<section id=\"deadlines\"><h2>Deadlines and gates (room left)</h2><div class=\"table-wrap\"><table>", "<thead><tr><th>Date</th><th>What</th><th>Kind</th><th>Room left</th></tr></thead><tbody>"]
    for g in gates {
      let late = g.kind == "target" ? "<span class=\"warn\">! " : "<span class=\"bad\">✗ "
      let room = g.room < 0
        ? late + "\(e(Explain.days(-g.room))) late</span>"
        : "<span class=\"ok\">✓ \(e(Explain.days(g.room))) to spare</span>"
      out.append("<tr><td class=\"date\">\(g.date)</td><td>\(e(g.name)) <span class=\"muted\">(\(e(g.taskID)))</span><br><span class=\"muted\">\(e(g.what))</span></td><td>\(g.kind)</td><td class=\"num\">\(room)</td></tr>")
    }
    out.append("</tbody></table></div></section>")
    return out
  }

  static func findings(_ r: PlanResult) -> [String] {
    let s = r.schedule
    guard !r.findings.isEmpty || !r.assumptions.isEmpty || !s.targetMisses.isEmpty else { return [] }
    var out = ["<section id=\"findings\"><h2>Findings and notes</h2>"]
    if !r.findings.isEmpty || !s.targetMisses.isEmpty {
      out.append("<ul>")
      for f in r.findings.sorted(by: { $0.severity < $1.severity }) {
        let cls = f.severity == .blocker ? "bad" : f.severity == .warning ? "warn" : "muted"
        var line = "<li><span class=\"sev \(cls)\">\(f.severity.rawValue)</span> \(e(f.message))"
        if !f.action.isEmpty { line += " — \(e(f.action))" }
        if !f.source.isEmpty { line += " [\(Markup.link(f.source, text: "source"))]" }
        out.append(line + "</li>")
      }
      for m in s.targetMisses {
        let name = s.task(m.taskID)?.task.name ?? m.taskID
        out.append("<li><span class=\"sev warn\">target missed</span> \(e(name)) (\(e(m.taskID))) \(m.lastDay), \(e(Explain.days(m.daysLate))) after \(m.target)</li>")
      }
      out.append("</ul>")
    }
    if !r.assumptions.isEmpty {
      out.append("<h3>Assumptions (defaults you can change in your profile)</h3><ul>")
      out += r.assumptions.map { "<li>\(e($0))</li>" }
      out.append("</ul>")
    }
    out.append("</section>")
    return out
  }

  /// The same facts as the chart, as a table: for print, screen readers and phones.
  static func tasks(_ r: PlanResult) -> [String] {
    let s = r.schedule
    var out = ["<section id=\"tasks\"><h2>Every task</h2><div class=\"table-wrap\"><table>", "<thead><tr><th>Task</th><th>Start</th><th>Finish</th><th>Days to spare</th><th>Start by</th><th>Status</th><th>Why here</th></tr></thead><tbody>"]
    for t in s.tasks {
      let f = TaskFacts(t, in: r)
      let marks = (t.task.state == .booked ? "● " : "") + (t.task.provenance.estimated ? "≈ " : "") + (t.critical && t.task.state != .done ? "★ " : "")
      let float = f.latest.map { $0.float > 0 ? "+\($0.float)" : "\($0.float)" } ?? "–"
      let safe = f.latest.map(\.day.description) ?? "–"
      out.append("<tr><td>\(e(marks + t.task.name))</td><td class=\"date\">\(t.task.dateKnown ? t.start.description : "–")</td><td class=\"date\">\(t.task.dateKnown ? t.lastDay.description : "–")</td><td class=\"num\">\(float)</td><td class=\"date\">\(safe)</td><td class=\"status\">\(e(f.status.word))</td><td>\(e(f.why))</td></tr>")
    }
    out.append("</tbody></table></div></section>")
    return out
  }

  static func sources(_ r: PlanResult) -> [String] {
    let list = SourceList(r)
    guard !list.entries.isEmpty else { return [] }
    var out = ["<section id=\"sources\"><h2>Sources behind the rules used</h2><ol class=\"sources\">"]
    for entry in list.entries {
      out.append("<li>\(Markup.link(entry.url))<br><span class=\"used\">\(e(entry.uses.joined(separator: "; ")))</span></li>")
    }
    out.append("</ol></section>")
    return out
  }
}
