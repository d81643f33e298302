public import PlannerCore
public import PlannerPathway

/// What `planner plan` prints, as one pure function of the plan and the resolved options: the
/// executable and the benchmark run exactly this.
public enum PlanOutput {
  public enum Format: String, Sendable, CaseIterable { case gantt, table, json, mermaid, csv, tjp }

  /// The output text, and whether it carries the chart's own colour codes (then the caller
  /// prints it as is: all user text in it is already escaped). Otherwise the caller still
  /// passes it through `TerminalText.sanitize` like every other output.
  public static func render(
    _ result: PlanResult, profile: Profile, notice: String?, next: NextActions? = nil, format: Format, width: Int, ascii: Bool, color: Bool,
    from: Day? = nil, until: Day? = nil, bands: [String: (p50: Day, p90: Day?)] = [:], costs: CostLedger? = nil
  ) -> (text: String, styled: Bool) {
    var text: String
    var styled = false
    switch format {
    case .json:
      var document = PlanReport.json(result, profile: profile)
      // The ledger of `planner cost`, computed once by the caller (issue 22, point 3).
      if let costs, case .object(let pairs) = document { document = .object(pairs + [("costs", CostJSON.ledger(costs, rules: result.rules))]) }
      text = document.rendered() + "\n"
    case .mermaid:
      text = MermaidExport.render(result, profileName: profile.name)
    case .tjp:
      text = TaskJugglerExport.render(result, profileName: profile.name)
    case .csv:
      // CRLF record ends are the format's own; the cells are already sanitized.
      text = CSVExport.render(result, profile: profile)
      styled = true
    case .table:
      // Prose wraps to the width and task names are cut to it; ids, dates and numbers stay whole.
      let header = Self.header(result, profile: profile, notice: notice, next: next, width: width, ascii: ascii, tone: color ? result.verdict.tone : nil)
      let rest = "\n" + PlanReport.table(result, width: width, ascii: ascii) + "\n" + TextWrap.wrap(PlanReport.footer(result), width: width, ascii: ascii)
      // With colour the header comes escaped and painted; the rest is escaped here to match.
      styled = color
      text = header + (color ? TerminalText.sanitize(rest) : rest)
    case .gantt:
      var chart = ChartStyle(width: width, ascii: ascii, color: color, from: from, until: until)
      chart.bands = bands
      let header = color
        ? Self.header(result, profile: profile, notice: notice, next: next, width: width, ascii: ascii, tone: result.verdict.tone)
        : TerminalText.sanitize(Self.header(result, profile: profile, notice: notice, next: next, width: width, ascii: ascii))
      // The coloured chart carries its own escape codes: the text around it is escaped here.
      styled = color
      text = header + "\n" + chart.render(result) + "\n" + TerminalText.sanitize(TextWrap.wrap(PlanReport.footer(result), width: width, ascii: ascii))
    }
    return (ascii ? AsciiText.fold(text) : text, styled)
  }

  /// The header wrapped to the width: the title, the verdict, the Next block, then the details
  /// (issue 25 §4). With a tone, the header comes escaped (`TerminalText.sanitize`) with the
  /// verdict's headline painted.
  static func header(_ result: PlanResult, profile: Profile, notice: String?, next: NextActions?, width: Int, ascii: Bool, tone: Verdict.Tone? = nil) -> String {
    let parts = PlanReport.headerSections(result, profileName: profile.name, notice: notice)
    let block = next.map { NextText.block($0, width: width, ascii: ascii) } ?? ""
    let wrap = { (text: String) in TextWrap.wrap(text, width: width, ascii: ascii) }
    let before = wrap(parts.title) + "\n"
    let headline = wrap(parts.headline)
    let after = wrap(parts.verdict) + block + wrap(parts.notices) + wrap(parts.rest)
    guard let tone else { return before + headline + after }
    return TerminalText.sanitize(before) + VerdictColor.paint(TerminalText.sanitize(headline), tone: tone) + TerminalText.sanitize(after)
  }
}
