public import PlannerCohort

extension Cohort {
  /// One self-contained page: the report's stylesheet and escaping, a row per applicant, and a
  /// section per applicant below the table (the only links are to those sections, inside the page).
  public func html() -> String {
    let e = Markup.escape
    let palette = Palette()
    var out: [String] = []
    out += HTMLHead.lines(title: title, css: "\(Stylesheet.css(palette))\n\(Self.css(palette))")
    out.append("<h1>\(e(title))</h1>")
    out.append("<p class=\"summary\">\(e(summary)).</p>")
    out.append("<p class=\"muted\">\(e(riskLine)).</p>")
    out.append("<div class=\"table-wrap\">")
    out.append("<table class=\"cohort\">")
    out.append("<thead><tr><th>Status</th><th>Applicant</th><th>File</th><th>Match</th><th>Margin</th><th>Earliest</th><th>Next</th><th>Overdue</th><th>P(ready)</th><th>Programs</th><th>Still to pay</th><th>Blockers</th></tr></thead>")
    out.append("<tbody>")
    for (k, r) in rows.enumerated() {
      let status = r.group.rawValue.replacingSpaces
      if let error = r.error {
        out.append("<tr class=\"\(status)\"><td class=\"status\">error</td><td>—</td><td>\(e(r.file))</td><td colspan=\"9\"><code>\(e(error))</code></td></tr>")
        continue
      }
      let next = r.nextDate.map { "<span class=\"date\">\($0)</span> \(e(r.nextAction ?? ""))" } ?? "nothing in 30 days"
      let blockers = r.blockers.isEmpty ? "—" : r.blockerCodes.map(e).joined(separator: ", ")
      out.append(
        "<tr class=\"\(status)\"><td class=\"status\">\(e(r.group.rawValue))</td><td><a href=\"#applicant-\(k + 1)\">\(e(r.name))</a></td>"
          + "<td class=\"file\">\(e(r.file))</td><td class=\"num\">\(r.targetYear.map(String.init) ?? "—")</td><td class=\"num\">\(e(Self.days(r.marginDays)))</td>"
          + "<td class=\"num\">\(r.earliestFeasibleYear.map(String.init) ?? "none")</td><td class=\"next\">\(next)</td><td class=\"num\">\(r.overdue.count)</td>"
          + "<td class=\"num\">\(e(Self.percent(r.pReady)))</td><td class=\"num\">\(e(programs(r)))</td><td class=\"num\">\(e(Self.toPay(r)))</td><td>\(blockers)</td></tr>")
    }
    out.append("</tbody>")
    out.append("</table>")
    out.append("</div>")
    for (k, r) in rows.enumerated() where r.error == nil {
      out.append("<section id=\"applicant-\(k + 1)\">")
      out.append("<h2>\(e(r.name)) <span class=\"muted\">\(e(r.file))</span></h2>")
      var facts = ["\(r.group.rawValue): \(r.verdict)"]
      if let t = r.targetYear { facts.append("target Match \(t)" + (r.planYear.map { $0 != t ? ", planned for \($0)" : "" } ?? "")) }
      if let g = r.marginGate { facts.append("deciding gate \(g)") }
      facts.append("earliest feasible \(r.earliestFeasibleYear.map(String.init) ?? "none")")
      if r.journalRecords > 0 { facts.append("\(r.journalRecords) journal \(r.journalRecords == 1 ? "record" : "records")") }
      out.append("<p>\(e(facts.joined(separator: " · ")))</p>")
      let lists: [(String, [String])] = [
        ("Blockers", r.blockerLines), ("Overdue", r.overdueLines), ("Programs file", r.programsError.map { [$0] } ?? []),
      ]
      for (heading, items) in lists where !items.isEmpty {
        out.append("<p><strong>\(e(heading))</strong></p>")
        out.append("<ul>" + items.map { "<li>\(e($0))</li>" }.joined() + "</ul>")
      }
      out.append("</section>")
    }
    out.append("</main>")
    out.append("</body>")
    out.append("</html>")
    return out.joined(separator: "\n") + "\n"
  }

  static func css(_ p: Palette) -> String {
    """
    .cohort tr.error td.status,.cohort tr.blocked td.status,.cohort tr.late td.status{color:\(p.badText);font-weight:700}
    .cohort tr.overdue td.status,.cohort tr.at-risk td.status{color:\(p.warningText);font-weight:700}
    .cohort tr.on-track td.status{color:\(p.okText)}
    .cohort .date{white-space:nowrap}
    .cohort td.next{min-width:16rem}
    .cohort td.file{overflow-wrap:anywhere;min-width:8rem}
    @media (max-width:40rem){.cohort th:nth-child(2),.cohort td:nth-child(2){position:sticky;left:0;z-index:1;background:\(p.background)}}
    .summary{font-weight:700}
    code{overflow-wrap:anywhere}
    """
  }
}

extension String {
  var replacingSpaces: String { String(map { $0 == " " ? "-" : $0 }) }
}
