import Foundation
import PlannerCore
import PlannerPathway
import PlannerRender
import PlannerTestSupport
import Testing

struct HTMLReportTests {
  static func render(_ name: String) throws -> (String, PlanResult) {
    let (r, p) = try Fixtures.plan(name)
    return (HTMLReport.render(r, options: ReportOptions(profileName: p.name)), r)
  }

  /// The page as `planner report` writes it: with the Next block and the risk section.
  @Test func structuralGolden() async throws {
    let (r, p) = try Fixtures.plan("step1-passed-ck-booked")
    let html = HTMLReport.render(r, options: await Fixtures.fullOptions(r, p))
    assertGolden(HTMLStructure.outline(html), named: "step1-passed-ck-booked.structure.txt")
  }

  @Test(arguments: Fixtures.examples) func sameInputSameBytes(_ name: String) throws {
    let (a, _) = try Self.render(name)
    let (b, _) = try Self.render(name)
    #expect(a == b)
    #expect(a.hasPrefix("<!DOCTYPE html>\n"))
  }

  /// No network, fonts, scripts or images from anywhere: the page opens the same from a disk.
  @Test(arguments: Fixtures.examples) func selfContained(_ name: String) throws {
    let (html, _) = try Self.render(name)
    let lower = html.lowercased()
    for banned in ["<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", "@font-face", "src=", "javascript:"] {
      #expect(!lower.contains(banned), "the report contains \(banned)")
    }
    // url( only for the chart's own patterns.
    for piece in lower.components(separatedBy: "url(").dropFirst() {
      #expect(piece.hasPrefix("#"), "url( points outside the page: \(piece.prefix(30))")
    }
    // href only on <a> links to sources; xmlns is a name, not a fetch.
    let hrefs = lower.components(separatedBy: "href=").count - 1
    let anchors = lower.components(separatedBy: "<a href=").count - 1
    #expect(hrefs == anchors)
    #expect(lower.contains("content-security-policy\" content=\"default-src 'none'"))
    #expect(lower.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
  }

  @Test func showsVerdictTasksGatesDeadlinesAndSources() throws {
    let (html, r) = try Self.render("step1-passed-ck-booked")
    #expect(html.contains("Verdict: \(Markup.escape(ReportVerdict(r).headline))"))
    // Every task has a chart row, or is done before the chart starts and named above it.
    let past = html.components(separatedBy: "<p class=\"past\">").dropFirst().first?.components(separatedBy: "</p>").first ?? ""
    for t in r.schedule.tasks {
      #expect(html.contains(Markup.escape(t.task.name)), "missing task \(t.id)")
      #expect(html.contains("data-id=\"\(t.id)\"") || (t.task.state == .done && past.contains(Markup.escape(t.task.name))), "no chart row for \(t.id)")
    }
    for g in ChartGate.cycleGates(r) {
      #expect(html.contains("<text x=") && html.contains(">\(g.label) \(g.day)</text>"), "missing gate \(g.label)")
    }
    #expect(html.contains(">today \(r.today)</text>"))
    for g in ReportGate.all(r) {
      #expect(html.contains("<td class=\"date\">\(g.date)</td><td>\(Markup.escape(g.name))"))
    }
    let sources = SourceList(r).entries
    #expect(!sources.isEmpty)
    for s in sources where s.url.hasPrefix("http") {
      #expect(html.contains("<a href=\"\(Markup.escape(s.url))\""), "source not linked: \(s.url)")
    }
    // Every task's sources are among them.
    let listed = Set(sources.map(\.url))
    for t in r.schedule.tasks { #expect(t.task.provenance.sources.allSatisfy(listed.contains)) }
  }

  @Test func everyBarHasATooltipWithDatesFloatAndWhy() throws {
    let (html, r) = try Self.render("step1-passed-ck-booked")
    // Done work before the chart is named above it, not drawn (`pastSummary`).
    for t in r.schedule.tasks where html.contains("data-id=\"\(t.id)\"") || t.task.state != .done {
      // The plan's facts (overdue work included: the 2027 Pathways season opened 2026-08-20).
      let facts = TaskFacts(t, in: r)
      #expect(html.contains("data-id=\"\(t.id)\"><title>\(Markup.escape(facts.tooltip))</title>"))
      #expect(facts.tooltip.contains(t.start.description))
      #expect(facts.tooltip.contains("Why here: "))
      // The room is the latest safe start, the value JSON, `next` and the terminal show.
      if t.task.state != .done { #expect(facts.tooltip.contains("You can start as late as \(LatestSafeStart(t, in: r.schedule)!.day)")) }
    }
  }

  /// Marks that carry meaning without colour: the deciding chain has a star and bold names,
  /// done work is hatched, estimates dotted and marked ≈, bookings outlined and marked ●.
  @Test func meaningIsNotColourAlone() throws {
    let (html, r) = try Self.render("step1-passed-ck-booked")
    let s = r.schedule
    let critical = s.tasks.filter { $0.critical && $0.task.state != .done }
    #expect(!critical.isEmpty)
    #expect(html.contains(" ★</text>"))
    #expect(html.contains("svg .crit .name{font-weight:700}"))
    #expect(html.contains("svg .done .bar{fill:url(#hatch)"))
    #expect(html.contains("svg .est{fill:url(#dots)}"))
    if s.tasks.contains(where: { $0.task.provenance.estimated }) { #expect(html.contains("<rect class=\"est\"")) }
    if let booked = s.tasks.first(where: { $0.task.state == .booked }) {
      #expect(html.contains(">● " + Markup.escape(String(booked.task.name.prefix(10)))))
    }
    #expect(html.contains("<ul class=\"legend\""))
  }

  @Test func layoutForPhonesAndPrint() throws {
    let (html, _) = try Self.render("fresh-graduate")
    #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
    #expect(html.contains(".chart{overflow-x:auto"))
    #expect(html.contains("@page{size:landscape"))
    #expect(html.contains("@media print{"))
  }

  @Test func userTextIsEscapedEverywhere() throws {
    let (r, p) = try Fixtures.hostile()
    var next = NextActions(r, profile: p, days: 400)
    try #require(!next.items.isEmpty)
    next.items[0].text = "<u>next</u>"
    next.items[0].record = RecordSuggestion(when: .whenDone, command: "planner record <u>x</u> done")
    let html = HTMLReport.render(r, options: ReportOptions(profileName: p.name, notices: ["<i>notice</i>"], next: next))
    for raw in ["<script>", "<img src=x", "</text></svg><b>", "<i>notice", "<u>next"] {
      #expect(!html.contains(raw), "unescaped: \(raw)")
    }
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Dr&quot; &#39;O&#39;"))
    #expect(html.contains("<section id=\"next\"><h2>Next (\(r.today) → \(r.today + 400))</h2>"))
    // When to run it stays outside the <code>, so the command is copied alone.
    #expect(html.contains("&lt;u&gt;next&lt;/u&gt; <span class=\"record\"><span class=\"when\">when done:</span> <code>planner record &lt;u&gt;x&lt;/u&gt; done</code></span>"))
    // The chart's three svgs (two names columns and the plot), each opened and closed.
    #expect(html.components(separatedBy: "<svg xmlns").count == 4)
    #expect(html.components(separatedBy: "</svg>\n").count == 4)
    #expect(html.components(separatedBy: "</svg>\n</div>\n</div>").count == 2)
  }

  @Test func controlCharactersAndBidiOverridesAreReplaced() {
    #expect(Markup.escape("a\u{0}b\u{202E}c\u{7}d\ne\tf") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\ne f")
    #expect(Markup.link("javascript:alert(1)") == "javascript:alert(1)")
    #expect(Markup.link("https://x.org/?a=1&b=\"2\"") == "<a href=\"https://x.org/?a=1&amp;b=&quot;2&quot;\" rel=\"noreferrer\">https://x.org/?a=1&amp;b=&quot;2&quot;</a>")
  }

  @Test func riskSectionWhenTheRiskLayerGivesOne() throws {
    let (r, p) = try Fixtures.plan("step1-passed-ck-booked")
    #expect(!HTMLReport.render(r, options: ReportOptions(profileName: p.name)).contains("id=\"risk\""))
    let day = r.schedule.task("match.day")!.start
    let risk = RiskSummary(runs: 1000, seed: 9, targetYear: 2028, pReady: 0.82, standardError: 0.012,
                           years: [.init(label: "2028", share: 0.82), .init(label: "2029", share: 0.17), .init(label: "none", share: 0.01)],
                           bands: [.init(taskID: "match.day", name: "Match Day", p50: day, p80: day + 3, p90: nil)],
                           inputs: [.init(name: "Step 2 CK pass, first attempt", value: "82%", confidence: "estimated", origin: "default", source: "https://example.org/<x>")])
    let html = HTMLReport.render(r, options: ReportOptions(profileName: p.name, risk: risk))
    #expect(html.contains("<p class=\"headline\">P(ready for the 2028 Match) = 82.0% ± 1.2% (standard error)</p>"))
    #expect(html.contains("1000 simulated runs, seed 9"))
    #expect(html.contains("<td>2028</td><td class=\"num\">82.0%</td>"))
    #expect(html.contains("<td>none</td><td class=\"num\">1.0%</td>"))
    #expect(html.contains("<td>Match Day</td><td class=\"date\">\(r.schedule.task("match.day")!.lastDay)</td><td class=\"date\">\(day)</td><td class=\"date\">\(day + 3)</td><td class=\"date\">not reached</td>"))
    #expect(html.contains("<td>Step 2 CK pass, first attempt</td><td>82%</td><td>estimated</td><td>default</td>"))
    #expect(!html.contains("<x>"))
    // The band is drawn in the chart too, under Match Day's row.
    #expect(html.contains("<g class=\"risk-band\" data-id=\"match.day\">"))
  }

  @Test func theRealRiskLayerFillsTheSection() async throws {
    let (r, p) = try Fixtures.plan("step1-passed-ck-booked")
    let options = await Fixtures.fullOptions(r, p, runs: 500)
    let risk = try #require(options.risk)
    #expect(risk.runs == 500 && risk.seed == 2028)
    #expect(abs(risk.years.map(\.share).reduce(0, +) - 1) < 1e-9)
    #expect(risk.bands.contains { $0.taskID == "ecfmg.verified" })
    #expect(risk.inputs.contains { $0.name.contains("Step 2 CK pass") })
    let html = HTMLReport.render(r, options: options)
    #expect(html.contains("<section id=\"risk\">"))
    #expect(html.contains("<section id=\"next\">"))
    for item in try #require(options.next).items { #expect(html.contains(Markup.escape(item.text))) }
  }

  @Test func numbersAreLocaleFree() {
    #expect(Markup.number(12.34) == "12.3")
    #expect(Markup.number(-0.05) == "-0.1")
    #expect(Markup.number(3) == "3")
    #expect(Markup.number(1260) == "1260")
  }
}

struct UndatedDoneTaskTests {
  /// Done without a date: no bar and no false date in the page or the Mermaid block.
  @Test func noBarAndNoDate() throws {
    var (r, p) = try Fixtures.plan("step1-passed-ck-booked")
    guard let i = r.schedule.tasks.firstIndex(where: { $0.task.state == .done }) else {
      Issue.record("the example has no done task")
      return
    }
    r.schedule.tasks[i].task.dateKnown = false
    let t = r.schedule.tasks[i]
    let html = HTMLReport.render(r, options: ReportOptions(profileName: p.name))
    // Summarised above the chart as the terminal does (issue 25 §7), with no row and no date.
    #expect(!html.contains("data-id=\"\(t.id)\""))
    let past = try #require(html.components(separatedBy: "<p class=\"past\">").dropFirst().first?.components(separatedBy: "</p>").first)
    #expect(past.contains("done, date not given: " + Markup.escape(t.task.name)), "\(past)")
    let mermaid = MermaidExport.render(r, profileName: p.name)
    #expect(mermaid.contains("    %% done, date not given: " + MermaidExport.taskTextForTests(t.task.name)))
    try MermaidExportTests.check(mermaid, r)
  }
}
