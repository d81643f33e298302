import PlannerCore
public import PlannerRules

/// The pack's fees as `planner rules` shows them: each fee, who pays, for what, and every amount
/// of its history with its source and confidence (issue 22, point 1).
public enum FeeScheduleReport {
  public static func text(_ fees: FeeSchedule, rules: RulesPack) -> [String] {
    var lines = ["Fees (planner cost prices them on the plan's dates; each amount in its own currency, never converted):"]
    for fee in fees.fees {
      var head = "  \(fee.name) (\(fee.payer.rawValue), \(unitWords(fee)); \(fee.tasks.joined(separator: ", ")))"
      let conditions = fee.conditions.sorted { $0.rawValue < $1.rawValue }
      if !conditions.isEmpty { head += ": " + conditions.map { CostWords.condition($0, rules: rules) }.joined(separator: "; ") }
      lines.append(head)
      for entry in fee.history {
        lines.append("    \(amountWords(entry.rule.value, fee: fee))\(since(entry))  [\(entry.rule.confidence.rawValue)]")
        lines.append("              \(entry.rule.source)" + (entry.rule.note.isEmpty ? "" : " — \(entry.rule.note)"))
      }
    }
    if !rules.trainingYears.isEmpty {
      lines.append("  Training years, for the yearly J-1 sponsorship (a specialty not listed is priced at the shortest):")
      for entry in rules.trainingYears {
        lines.append("    \(entry.keywords.joined(separator: ", ")): \(entry.years.value) years  [\(entry.years.confidence.rawValue)]")
        lines.append("              \(entry.years.source)" + (entry.years.note.isEmpty ? "" : " — \(entry.years.note)"))
      }
    }
    return lines
  }

  /// `training_years` and the H-1B payment's dated history, for `rules --format json`.
  public static func json(trainingYears: [TrainingYears], h1bFee: H1BFee) -> [(String, JSONValue)] {
    func meta<V>(_ s: Sourced<V>) -> [(String, JSONValue)] {
      [("confidence", .string(s.confidence.rawValue)), ("source", .string(s.source)), ("note", .string(s.note)), ("verified", s.verified.map { .string($0.description) } ?? .null)]
    }
    let years: JSONValue = .array(trainingYears.map { .object([("keywords", .array($0.keywords.map { .string($0) })), ("years", .int($0.years.value))] + meta($0.years)) })
    let history: JSONValue = .array(h1bFee.history.map { turn in
      .object([("date", .string(turn.value.day.description)), ("event", .string(turn.value.event)), ("inForce", turn.value.inForce.map { .bool($0) } ?? .null)] + meta(turn))
    })
    return [("trainingYears", years), ("h1bFee", .object([("amount", .int(h1bFee.amount.value)), ("petitionsFiledFrom", .string(h1bFee.petitionsFiledFrom.value.description)), ("termEnds", .string(h1bFee.termEnds.description)), ("history", history)]))]
  }

  public static func json(_ fees: FeeSchedule) -> JSONValue {
    .array(fees.fees.map { fee in
      .object([
        ("id", .string(fee.id)), ("name", .string(fee.name)), ("payer", .string(fee.payer.rawValue)), ("unit", .string(fee.unit.rawValue)),
        ("count", .int(fee.count)), ("tasks", .array(fee.tasks.map { .string($0) })),
        ("conditions", .array(fee.conditions.sorted { $0.rawValue < $1.rawValue }.map { .string($0.rawValue) })),
        ("amounts", .array(fee.history.map { entry in
          let a = entry.rule.value
          return .object([
            ("from", entry.from.year > 1900 ? .string("\(entry.from)") : .null), ("tiers", .array(a.tiers.map { .object([("from", .int($0.from)), ("each", .int($0.each))]) })), ("amount", fee.conditions.contains(.amountUnknown) ? .null : .int(a.amount)), ("currency", .string(a.currency.rawValue)),
            ("statedFor", a.statedFor.map { .int($0) } ?? .null), ("upTo", a.upTo.map { .int($0) } ?? .null), ("beyond", a.beyond.map { .int($0) } ?? .null),
            ("included", a.included.map { .int($0) } ?? .null), ("most", a.most.map { .int($0) } ?? .null),
            ("confidence", .string(entry.rule.confidence.rawValue)), ("source", .string(entry.rule.source)), ("note", .string(entry.rule.note)),
            ("verified", entry.rule.verified.map { .string("\($0)") } ?? .null),
          ])
        })),
      ])
    })
  }

  static func unitWords(_ fee: Fee) -> String {
    switch fee.unit {
    case .once: return "once"
    case .attempt: return "each attempt"
    case .sitting: return "each sitting"
    case .season: return "each season"
    case .document: return "per document, \(fee.count) counted"
    case .program: return "per program"
    case .rank: return "per extra rank"
    case .year: return "each training year"
    case .petition: return "each application"
    case .request: return "on request"
    }
  }

  static func amountWords(_ a: FeeAmount, fee: Fee) -> String {
    if fee.conditions.contains(.varies) { return "varies" }
    if fee.conditions.contains(.amountUnknown) { return "amount not published" }
    var text = CostWords.amount(a.amount, a.currency)
    if let first = a.tiers.first {
      text += " for programs 1–\(first.from - 1) of each specialty, then " + a.tiers.enumerated().map { i, tier in
        let range = i + 1 < a.tiers.count ? "for \(tier.from)–\(a.tiers[i + 1].from - 1)" : "from \(tier.from)"
        return CostWords.amount(tier.each, a.currency) + " each \(range)"
      }.joined(separator: ", ")
    }
    if let upTo = a.upTo { text += " per program for the first \(upTo) of each specialty, then " + CostWords.amount(a.beyond ?? a.amount, a.currency) }
    if let included = a.included { text += " per rank beyond the \(included) included" + (a.most.map { ", at most \($0) ranks" } ?? "") }
    return text
  }

  static func since(_ entry: Dated<FeeAmount>) -> String {
    var parts: [String] = []
    if entry.from.year > 1900 { parts.append("from \(entry.from)") }
    if let year = entry.rule.value.statedFor { parts.append("stated for \(year)") }
    return parts.isEmpty ? "" : ", " + parts.joined(separator: ", ")
  }
}
