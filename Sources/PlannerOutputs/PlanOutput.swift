public import PlannerCore
public import PlannerPathway
import PlannerReport

/// What `planner plan` prints, as one pure function of the plan and the resolved options: the
/// executable and the benchmark run exactly this.
public enum PlanOutput {
  public enum Format: String, Sendable, CaseIterable { case gantt, table, json, mermaid, csv, tjp }

  /// The output text, and whether it carries the chart's own colour codes (then the caller
  /// prints it as is: all user text in it is already escaped). Otherwise the caller still
  /// passes it through `TerminalText.sanitize` like every other output.
  public static func render(
    _ result: PlanResult, profile: Profile, notice: String?, next: NextActions? = nil, format: Format, width: Int, ascii: Bool, color: Bool,
    from: Day? = nil, until: Day? = nil, bands: [String: (p50: Day, p90: Day?)] = [:]
  ) -> (text: String, styled: Bool) {
    var text: String
    var styled = false
    switch format {
    case .json:
      text = PlanReport.json(result, profile: profile).rendered() + "\n"
    case .mermaid:
      text = MermaidExport.render(result, profileName: profile.name)
    case .tjp:
      text = TaskJugglerExport.render(result, profileName: profile.name)
    case .csv:
      // CRLF record ends are the format's own; the cells are already sanitized.
      text = CSVExport.render(result, profile: profile)
      styled = true
    case .table:
      text = PlanReport.header(result, profileName: profile.name, notice: notice, next: next) + "\n" + PlanReport.table(result) + "\n" + PlanReport.footer(result)
    case .gantt:
      var chart = ChartStyle(width: width, ascii: ascii, color: color, from: from, until: until)
      chart.bands = bands
      let header = TextWrap.wrap(PlanReport.header(result, profileName: profile.name, notice: notice, next: next), width: width)
      // The coloured chart carries its own escape codes: the text around it is escaped here.
      styled = color
      text = TerminalText.sanitize(header) + "\n" + chart.render(result) + "\n" + TerminalText.sanitize(TextWrap.wrap(PlanReport.footer(result), width: width))
    }
    return (ascii ? AsciiText.fold(text) : text, styled)
  }
}
