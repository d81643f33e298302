public import PlannerCohort
import PlannerCore
import PlannerPathway

extension Cohort {
  /// The title line: what was planned, as of which day.
  public var title: String {
    "Caseload · today \(options.today)" + (options.matchYear.map { " · Match \($0) for everyone" } ?? "")
  }

  static func percent(_ p: Double?) -> String {
    guard let p else { return "—" }
    let tenths = Int((p * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }

  static func days(_ d: Int?) -> String { d.map { $0 > 0 ? "+\($0)d" : "\($0)d" } ?? "—" }

  /// The applicant's fees still to come, "USD 5,135 + AUD 587" ("—" for a row with an error).
  static func toPay(_ r: CohortRow) -> String { r.stillToPay.map(CostWords.money) ?? "—" }

  func programs(_ r: CohortRow) -> String {
    if r.programsError != nil { return "error" }
    guard let met = r.programsMet, let total = r.programsTotal else { return "—" }
    return "\(met)/\(total)"
  }

  /// The terminal table: one line per applicant, then each row's problems in full.
  /// - Parameter width: the columns to fit (issue 25 §4): the least needed columns are left out,
  ///   then the next action and the name are cut, and the table says what it left out and how
  ///   to see it all. Nil prints every column.
  public func table(width: Int? = nil) -> String {
    let header = ["status", "applicant", "file", "match", "margin", "earliest", "next", "overdue", "P(ready)", "programs", "still to pay", "blockers"]
    var cells: [[String]] = [header]
    for r in rows {
      if let error = r.error {
        cells.append(["error", "—", r.file, "", "", "", error])
        continue
      }
      let match = r.targetYear.map(String.init) ?? "—"
      let next = r.nextDate.map { "\($0) \(r.nextAction ?? "")" } ?? "nothing in 30 days"
      let blockers = r.blockerCodes.joined(separator: ", ")
      cells.append([
        r.group.rawValue, r.name, r.file, match, Self.days(r.marginDays), r.earliestFeasibleYear.map(String.init) ?? "none",
        next, String(r.overdue.count), Self.percent(r.pReady), programs(r), Self.toPay(r), blockers.isEmpty ? "—" : blockers,
      ])
    }
    // Long free text is cut in the table (CSV, JSON and HTML keep it whole).
    var caps = [8, 28, 40, 5, 7, 8, 48, 7, 8, 8, 24, 60]
    var shown = Array(header.indices)
    var leftOut: [Int] = []
    var leftOutNote: String?
    if let width {
      let whole = Self.tableWidth(cells, columns: shown, caps: caps)
      let fits = { Self.tableWidth(cells, columns: shown, caps: caps) <= width }
      for column in [11, 10, 9, 2, 5, 7] where !fits() {
        shown.removeAll { $0 == column }
        leftOut.append(column)
      }
      // The next action and the name are cut before P(ready), the advisor's figure, goes.
      while !fits() && (caps[6] > 20 || caps[1] > 12) {
        if caps[6] > 20 { caps[6] -= 1 } else { caps[1] -= 1 }
      }
      if !fits() {
        shown.removeAll { $0 == 8 }
        leftOut.append(8)
        // The room P(ready) leaves goes back to the name, then the next action.
        while caps[1] < 28 { caps[1] += 1; if !fits() { caps[1] -= 1; break } }
        while caps[6] < 48 { caps[6] += 1; if !fits() { caps[6] -= 1; break } }
      }
      if !leftOut.isEmpty || caps[6] < 48 || caps[1] < 28 {
        leftOutNote = "Left out to fit \(width) columns: " + (leftOut.isEmpty ? "the ends of long cells" : leftOut.sorted().map { header[$0] }.joined(separator: ", "))
          + "; `--width \(whole)`, `--format csv` or `--format json` shows every column in full."
      }
    }
    let errorStart = shown.filter { $0 < 6 }
    let projected = cells.map { row -> [String] in
      guard row.count < header.count else {
        // `TextTable` never cuts a row's last cell (an error's): a full row's is cut here.
        var out = shown.map { row[$0] }
        if let last = shown.last, out[out.count - 1].count > caps[last] { out[out.count - 1] = String(out[out.count - 1].prefix(caps[last] - 1)) + "…" }
        return out
      }
      // An error row: its first cells, then the error, cut to the width (Problems has it whole).
      var out = errorStart.map { row[$0] }
      var error = row[6]
      if let width {
        let used = errorStart.map { k in min(caps[k], cells.filter { $0.count == header.count }.map { $0[k].count }.max() ?? 0) + 2 }.reduce(0, +)
        if used + error.count > width { error = String(error.prefix(max(8, width - used - 1))) + "…" }
      }
      out.append(error)
      return out
    }
    var lines = [title]
    lines += TextTable.render(projected, caps: shown.map { caps[$0] }, keepTail: shown.firstIndex(of: 2).map { [$0] } ?? [])
    let problems = rows.flatMap { r -> [String] in
      var out: [String] = []
      // An error names its file already (file:line:col: error: …).
      if let e = r.error { out.append(e.hasPrefix(r.file) ? e : "\(r.file): \(e)") }
      if let e = r.programsError { out.append("\(r.file): programs: \(e)") }
      for b in r.blockerLines { out.append("\(r.file): blocker: \(b)") }
      return out
    }
    if !problems.isEmpty { lines.append("Problems:") ; lines += problems.map { "  " + $0 } }
    if let leftOutNote { lines.append(leftOutNote) }
    lines.append(summary + ".")
    lines.append(riskLine + ".")
    let text = lines.map { TerminalText.sanitize($0, keepingNewlines: false) }.joined(separator: "\n")
    return (width.map { TextWrap.wrap(text, width: $0) } ?? text) + "\n"
  }

  /// The width `TextTable` gives these columns: each as wide as its widest cell (up to its
  /// cap), two spaces between; error rows, which span, are left out.
  static func tableWidth(_ cells: [[String]], columns: [Int], caps: [Int]) -> Int {
    let full = cells.filter { $0.count == cells[0].count }
    return columns.map { k in min(caps[k], full.map { $0[k].count }.max() ?? 0) }.reduce(0, +) + 2 * (columns.count - 1)
  }

  public static let csvHeader = [
    "file", "name", "status", "target_year", "plan_year", "feasible", "margin_days", "margin_gate", "earliest_feasible_year", "next_date",
    "next_action", "overdue", "overdue_items", "blockers", "p_ready", "risk_runs", "programs_met", "programs_total", "journal_records", "error",
    "verdict_status", "still_to_pay",
  ]

  public func csv() -> String {
    var out = [CSVReader.line(Self.csvHeader)]
    for r in rows {
      let fields: [String] = [
        r.file, r.name, r.group.rawValue, r.targetYear.map(String.init) ?? "", r.planYear.map(String.init) ?? "", r.error == nil ? String(r.feasible) : "",
        r.marginDays.map(String.init) ?? "", r.marginGate ?? "", r.earliestFeasibleYear.map(String.init) ?? "", r.nextDate?.description ?? "",
        r.nextAction ?? "", String(r.overdue.count), r.overdueLines.joined(separator: "; "), r.blockerLines.joined(separator: "; "),
        r.pReady.map { Self.ratio($0) } ?? "", r.pReady == nil ? "" : String(options.riskRuns), r.programsMet.map(String.init) ?? "",
        r.programsTotal.map(String.init) ?? "", String(r.journalRecords), r.error ?? r.programsError.map { "programs: " + $0 } ?? "",
        r.planVerdict?.status.rawValue ?? "", r.stillToPay.map(CostWords.money) ?? "",
      ]
      out.append(CSVReader.line(fields.map { TerminalText.sanitize($0, keepingNewlines: false) }))
    }
    return out.joined(separator: "\r\n") + "\r\n"
  }

  /// A share as a fixed 4-decimal number, the same on every machine (no locale).
  static func ratio(_ p: Double) -> String {
    let units = Int((p * 10_000).rounded())
    let frac = String(units % 10_000)
    return "\(units / 10_000)." + String(repeating: "0", count: 4 - frac.count) + frac
  }

  public func json() -> String {
    func opt(_ v: Int?) -> JSONValue { v.map { .int($0) } ?? .null }
    func opt(_ v: String?) -> JSONValue { v.map { .string($0) } ?? .null }
    let items = rows.map { r -> JSONValue in
      .object([
        ("file", .string(r.file)), ("name", r.error == nil ? .string(r.name) : .null), ("status", .string(r.group.rawValue)),
        ("verdict", .string(r.verdict)), ("verdictStatus", opt(r.planVerdict?.status.rawValue)), ("targetYear", opt(r.targetYear)), ("planYear", opt(r.planYear)),
        ("feasible", r.error == nil ? .bool(r.feasible) : .null), ("marginDays", opt(r.marginDays)), ("marginGate", opt(r.marginGate)),
        ("earliestFeasibleYear", opt(r.earliestFeasibleYear)),
        ("next", r.nextDate.map { .object([("date", .string($0.description)), ("action", .string(r.nextAction ?? ""))]) } ?? .null),
        ("overdue", .array(r.overdueLines.map { .string($0) })), ("blockers", .array(r.blockerLines.map { .string($0) })),
        // A share with four decimals, as text-stable as the rest of the document.
        ("pReady", r.pReady.map { .string(Self.ratio($0)) } ?? .null),
        ("programs", r.programsTotal.map { .object([("met", .int(r.programsMet ?? 0)), ("total", .int($0))]) } ?? .null),
        ("programsError", opt(r.programsError)), ("journalRecords", .int(r.journalRecords)), ("error", opt(r.error)),
        ("stillToPay", r.stillToPay.map(CostJSON.money) ?? .null), ("stillToPayText", opt(r.stillToPay.map(CostWords.money))),
      ])
    }
    let counts = CohortRow.Group.allCases.map { ($0.rawValue, JSONValue.int(count($0))) }
    return JSONValue.object([
      ("schemaVersion", .int(1)), ("today", .string(options.today.description)), ("matchYear", opt(options.matchYear)),
      ("riskRuns", .int(options.riskRuns)), ("seed", .string(String(options.seed))), ("summary", .object(counts + [("text", .string(summary))])),
      ("applicants", .array(items)),
    ]).rendered() + "\n"
  }
}
