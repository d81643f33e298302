import PlannerCore
import PlannerPathway
public import PlannerRisk
import PlannerRules

extension RiskAnalysis {
  /// The report `planner risk` prints, fitted to `width` columns (issue 25 §4): prose wraps,
  /// the tables shorten their name column (names cut with …, dates and numbers whole) and the
  /// bars scale. `verdict` is the deterministic plan's one-line verdict.
  public func text(verdict: String, cost: RiskCost? = nil, width: Int = 80) -> String {
    let pct = { (p: Double) in RiskText.percent(p) }
    var out: [String] = []
    out.append("Risk for \(profileName) · the \(targetYear) Match · today \(today)")
    out.append("\(runs) simulated runs, seed \(seed): same input and seed give the same numbers.")
    out.append("Deterministic plan (every step at its likely value, every exam passed first time): \(verdict)")
    out.append("")
    out.append("P(ready for the \(targetYear) Match) = \(pct(pReady)) ± \(pct(standardError)) (standard error)")
    out.append("  ready = every gate of the \(targetYear) cycle met: ECFMG verifies the exams and clinical skills by the ROL deadline, every hard deadline kept, the certificate by its deadline. The visa steps after Match Day depend on others: their chance is P(visa in hand) below.")
    out.append("")
    out.append("First Match year each simulated run meets:")
    // The bar takes what the label and the share leave, up to 40 columns.
    let barRoom = max(10, min(40, width - 2 - 18 - 7 - 2))
    for (label, share) in distribution {
      out.append("  " + RiskText.pad(label, 18) + RiskText.padLeft(pct(share), 7) + "  " + bar(share, columns: barRoom))
    }
    out.append("  (none: an exam failed four times, or no cycle up to the last the rules pack covers works)")
    out.append("")
    if let ck = pStep2CKVisible {
      out.append("P(Step 2 CK score out when programs start reviewing, \(programsReview)) = \(pct(ck))")
    }
    if let visa = pVisa {
      out.append("P(visa in hand by \(residencyStart), whatever else happened) = \(pct(visa))")
    }
    if pStep2CKVisible != nil || pVisa != nil { out.append("") }
    if !milestones.isEmpty {
      out.append("Key milestones in the \(targetYear) plan (P50: half the runs are done by then):")
      let cells = milestones.map { m in [m.p50, m.p80, m.p90].map { $0.map(\.description) ?? "not reached" } }
      let cellWidth = max(10, cells.flatMap { $0 }.map(\.count).max() ?? 10)
      let w = Self.nameColumn(milestones.map(\.name), least: 24, width: width - 2 - 3 * (cellWidth + 2))
      out.append("  " + RiskText.pad("", w) + "  " + ["P50", "P80", "P90"].map { RiskText.pad($0, cellWidth) }.joined(separator: "  "))
      for (m, row) in zip(milestones, cells) {
        out.append(("  " + RiskText.pad(Self.cut(m.name, w), w) + "  " + row.map { RiskText.pad($0, cellWidth) }.joined(separator: "  ")).trimmingTrailingSpaces())
      }
      out.append("  (not reached: in more than that share of runs the step never happens, e.g. after four failures)")
      out.append("")
    }
    if !criticality.isEmpty {
      out.append("Criticality: share of runs in which the task was on the chain that decided the \(targetYear) verdict")
      for c in criticality.prefix(14) {
        out.append("  " + RiskText.padLeft(RiskText.percent(c.share, decimals: 0), 5) + "  " + c.name)
      }
      out.append("")
    }
    if !sensitivity.isEmpty {
      out.append("Sensitivity: P(ready for \(targetYear)) with one input changed (same runs)")
      let numbers = sensitivity.map { s -> String in
        let delta = (s.pReady - pReady) * 100
        let sign = delta > 0.05 ? "+" : delta < -0.05 ? "−" : "±"
        return RiskText.padLeft(pct(s.pReady), 7) + "  " + sign + RiskText.fixed(abs(delta), decimals: 1) + " points"
      }
      let numberWidth = numbers.map(\.count).max() ?? 0
      // The change is the row's meaning: it wraps under itself rather than being cut.
      let w = max(16, min(max(40, sensitivity.map { $0.change.count }.max() ?? 0), width - 2 - numberWidth))
      for (s, figures) in zip(sensitivity, numbers) {
        let label = TextWrap.wrap(s.change, width: w).split(separator: "\n").map { $0.hasPrefix("  ") ? String($0.dropFirst(2)) : String($0) }
        out.append("  " + RiskText.pad(label[0], w) + figures)
        for more in label.dropFirst() { out.append("    " + more) }
      }
      out.append("")
    }
    if let cost {
      out.append("What it costs you over these runs: expected \(CostWords.money(cost.expected)), 90th percentile \(CostWords.money(cost.p90))")
      out.append("  the fees of `planner cost`, with each retake and each later season priced as drawn; amounts stay in their currency.")
      // Never a silent default (issue 22, point 5): an unreadable programs file, or testing in the US, is said.
      if case .unreadableProgramsFile = cost.options.basis { out.append("  programs: \(CostWords.basis(cost.options.basis)).") }
      if !cost.options.abroad { out.append("  testing in the US (--in-us): no international surcharge.") }
      out.append("")
    }
    out.append("Inputs (value · confidence · from · source):")
    for row in inputs {
      out.append("  " + row.name + ": " + row.value + " · " + row.confidence.rawValue + " · " + row.origin)
      out.append("      " + row.source)
    }
    out.append("  Every other duration is the plan's likely value (`planner rules`); booked and done items are facts.")
    out.append("")
    out.append("These are model estimates from the inputs above, not predictions: nothing here is certain. Set your own pass chances under `risk:` in the profile (see `planner init`).")
    return TextWrap.wrap(out.joined(separator: "\n"), width: width) + "\n"
  }

  /// The width of a table's name column: the longest name (at least `least`), narrowed to what
  /// `width` leaves (never under 12: a table narrower than that is printed wider).
  static func nameColumn(_ names: [String], least: Int, width: Int) -> Int {
    max(12, min(max(least, names.map(\.count).max() ?? 0), width))
  }

  /// A name cut to `width` columns with "…".
  static func cut(_ name: String, _ width: Int) -> String {
    name.count <= width ? name : String(name.prefix(width - 1)) + "…"
  }

  func bar(_ share: Double, columns: Int = 40) -> String { String(repeating: "█", count: Int((share * Double(columns)).rounded())) }

  /// The same report as JSON (stable key order).
  public func json(verdict: String, cost: RiskCost? = nil) -> String {
    var o: [(String, JSONValue)] = []
    o.append(("profile", .string(profileName)))
    o.append(("today", .string(today.description)))
    o.append(("match_year", .int(targetYear)))
    o.append(("runs", .int(runs)))
    o.append(("seed", .string(String(seed))))
    o.append(("deterministic_verdict", .string(verdict)))
    o.append(("p_ready", .number(pReady)))
    o.append(("standard_error", .number(standardError)))
    o.append(("match_year_distribution", .array(distribution.map { d in .object([("year", .string(d.label)), ("share", .number(d.share))]) })))
    o.append(("p_step2ck_visible_at_review", pStep2CKVisible.map { .number($0) } ?? .null))
    o.append(("programs_review", .string(programsReview.description)))
    o.append(("p_visa_by_start", pVisa.map { .number($0) } ?? .null))
    o.append(("residency_start", .string(residencyStart.description)))
    o.append(("milestones", .array(milestones.map { m in
      .object([("id", .string(m.id)), ("name", .string(m.name)), ("p50", m.p50.map { .string($0.description) } ?? .null), ("p80", m.p80.map { .string($0.description) } ?? .null), ("p90", m.p90.map { .string($0.description) } ?? .null)])
    })))
    o.append(("criticality", .array(criticality.map { c in .object([("id", .string(c.id)), ("name", .string(c.name)), ("share", .number(c.share))]) })))
    o.append(("sensitivity", .array(sensitivity.map { s in .object([("change", .string(s.change)), ("p_ready", .number(s.pReady)), ("delta", .number(s.pReady - pReady))]) })))
    if let cost {
      o.append(("cost", .object([("expected", CostJSON.money(cost.expected)), ("p90", CostJSON.money(cost.p90)), ("expectedText", .string(CostWords.money(cost.expected))), ("p90Text", .string(CostWords.money(cost.p90))), ("abroad", .bool(cost.options.abroad)), ("programsFileError", Self.unreadable(cost.options.basis))])))
    }
    o.append(("inputs", .array(inputs.map { r in .object([("name", .string(r.name)), ("value", .string(r.value)), ("confidence", .string(r.confidence.rawValue)), ("from", .string(r.origin)), ("source", .string(r.source))]) })))
    return JSONValue.object(o).rendered() + "\n"
  }

  /// Why the programs file beside the profile could not be read, or null.
  static func unreadable(_ basis: CostOptions.Basis) -> JSONValue {
    if case .unreadableProgramsFile(_, let reason) = basis { return .string(reason) }
    return .null
  }
}
