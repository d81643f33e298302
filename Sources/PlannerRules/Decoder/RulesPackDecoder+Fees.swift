import PlannerCore
import Yams

extension RulesPackDecoder {
  static let feeKeys = ["name", "payer", "tasks", "unit", "count", "conditions", "amounts"]
  static let amountKeys = ["amount", "currency", "stated_for", "up_to", "beyond", "included", "most", "tiers"]

  /// The `fees:` section (issue 22, point 1): each fee's payer, the tasks that incur it, its unit
  /// and conditions, and its amounts newest first, each with its source. Refused: an amount
  /// without a source, a history out of order, an unknown currency, task, unit or condition.
  mutating func readFees(_ node: Node) -> FeeSchedule? {
    var fees: [Fee] = []
    var ok = true
    for (key, _, value) in reader.pairs(node, allowed: nil, context: "fees") {
      if let fee = readFee(value, id: key) { fees.append(fee) } else { ok = false }
    }
    if fees.isEmpty && ok {
      reader.fail(node, "fees: the section lists no fee (FEES.md has one row per fee)")
      return nil
    }
    return ok ? FeeSchedule(fees) : nil
  }

  mutating func readFee(_ value: Node, id: String) -> Fee? {
    let what = "fees.\(id)"
    let f = fields(value, Self.feeKeys, what, required: ["name", "payer", "tasks", "unit", "amounts"])
    let name = f["name"].flatMap { reader.string($0, "\(what).name") }
    let payer = f["payer"].flatMap { reader.choice($0, "\(what).payer", FeePayer.self) }
    let unit = f["unit"].flatMap { reader.choice($0, "\(what).unit", FeeUnit.self) }
    let count = f["count"].map { reader.integer($0, "\(what).count", in: 1...20, unit: "units") } ?? 1
    let tasks = f["tasks"].flatMap { words($0, "\(what).tasks", known: FeeSchedule.knownTasks, kind: "a task or event that incurs a fee") }
    var conditions: Set<FeeCondition>? = []
    if let node = f["conditions"] {
      conditions = words(node, "\(what).conditions", known: FeeCondition.allCases.map(\.rawValue), kind: "a fee condition")
        .map { Set($0.compactMap(FeeCondition.init(rawValue:))) }
    }
    let amounts = history(f["amounts"], "\(what).amounts", Self.amountKeys, optional: ["stated_for", "up_to", "beyond", "included", "most", "tiers"]) { d, f, label in
      d.feeAmount(f, label)
    }
    guard let name, let payer, let unit, let count, let tasks, let conditions, let amounts else { return nil }
    return Fee(id: id, name: name, payer: payer, tasks: tasks, unit: unit, count: count, conditions: conditions, history: amounts)
  }

  mutating func feeAmount(_ f: [String: Node], _ what: String) -> FeeAmount? {
    let amount = reader.integer(f["amount"]!, "\(what).amount", in: 0...1_000_000, unit: "currency units")
    var currency: Currency?
    if let text = reader.string(f["currency"]!, "\(what).currency") {
      currency = Currency(rawValue: text.uppercased())
      if currency == nil {
        let known = Currency.allCases.map(\.rawValue).joined(separator: ", ")
        reader.fail(f["currency"]!, "\(what).currency: \(YAMLText.quoted(text)) is not a currency the planner knows (\(known)); amounts are never converted, so add the currency to the planner first")
      }
    }
    func optional(_ key: String, _ range: ClosedRange<Int>, _ unit: String) -> Int?? {
      guard let node = f[key] else { return .some(nil) }
      return reader.integer(node, "\(what).\(key)", in: range, unit: unit).map { .some($0) }
    }
    let statedFor = optional("stated_for", 1990...2100, "years")
    let upTo = optional("up_to", 1...1_000, "programs")
    let beyond = optional("beyond", 0...1_000_000, "currency units")
    let included = optional("included", 0...1_000, "ranks")
    let most = optional("most", 1...1_000, "units")
    var tiers: [FeeAmount.Tier]? = []
    if let node = f["tiers"] { tiers = readTiers(node, "\(what).tiers") }
    guard let amount, let currency, let statedFor, let upTo, let beyond, let included, let most, let tiers else { return nil }
    var fee = FeeAmount(amount: amount, currency: currency, statedFor: statedFor, upTo: upTo, beyond: beyond, included: included, most: most)
    fee.tiers = tiers
    return fee
  }

  /// `tiers: [{from: 19, each: 18}, …]`: per-program prices after a flat amount, `from` rising
  /// and above 1 (the flat amount covers the programs before the first tier).
  mutating func readTiers(_ node: Node, _ what: String) -> [FeeAmount.Tier]? {
    guard let list = node.sequence, !list.isEmpty else {
      reader.fail(node, "\(what) must be a list such as [{from: 19, each: 18}, {from: 31, each: 23}]")
      return nil
    }
    var out: [FeeAmount.Tier] = []
    for (i, item) in list.enumerated() {
      let label = "\(what)[\(i + 1)]"
      let f = fields(item, ["from", "each"], label, required: ["from", "each"])
      guard let fromNode = f["from"], let eachNode = f["each"], let from = reader.integer(fromNode, "\(label).from", in: 2...1_000, unit: "programs"),
        let each = reader.integer(eachNode, "\(label).each", in: 0...1_000_000, unit: "currency units")
      else { return nil }
      if let previous = out.last, from <= previous.from {
        reader.fail(fromNode, "\(label).from \(from) is not after the tier above it (\(previous.from)); list the tiers in order")
        return nil
      }
      out.append(FeeAmount.Tier(from: from, each: each))
    }
    return out
  }

  /// A list of known words (`[step1.register]`), each unknown one reported with the nearest known.
  mutating func words(_ node: Node, _ what: String, known: [String], kind: String) -> [String]? {
    guard let list = node.sequence, !list.isEmpty else {
      reader.fail(node, "\(what) must be a list, e.g. [\(known[0])]")
      return nil
    }
    var out: [String] = []
    var ok = true
    for item in list {
      guard let word = reader.string(item, what) else {
        ok = false
        continue
      }
      if known.contains(word) {
        out.append(word)
      } else {
        let hint = nearest(word, in: known).map { "; did you mean '\($0)'?" } ?? ""
        reader.fail(item, "\(what): \(YAMLText.quoted(word)) is not \(kind) the planner knows\(hint)")
        ok = false
      }
    }
    return ok ? out : nil
  }

  /// Each fact once (docs/ARCHITECTURE.md): where a fee repeats a value another section holds
  /// (the proclamation's amount, the NRMP late fee), the two must agree.
  mutating func checkFeesAgree(_ fees: FeeSchedule, _ node: Node?, h1bFee: H1BFee, application: ApplicationRules) {
    guard let node else { return }
    for fee in fees.fees {
      let other: (Int, String)?
      if fee.conditions.contains(.h1bProclamation) {
        other = (h1bFee.amount.value, "h1b_fee.amount")
      } else if fee.conditions.contains(.lateRegistration) {
        other = (application.nrmpLateRegistrationFee.value, "application.nrmp_late_registration_fee")
      } else {
        other = nil
      }
      guard let (value, key) = other, let newest = fee.latest, newest.rule.value.amount != value else { continue }
      let at = node.mapping?.first { $0.key.string == fee.id }?.value ?? node
      reader.fail(at, "fees.\(fee.id): the newest amount \(newest.rule.value.amount) differs from \(key) \(value); change both together")
    }
  }
}
