public import PlannerCore

/// The H-1B new-petition fee of the 2025 proclamation (part of the rules pack): conditional,
/// dated, for a limited term, and under litigation — never to be stated as permanent.
public struct H1BFee: Hashable, Sendable {
  public var amount: Sourced<Int>
  /// The proclamation's date.
  public var proclaimed: Sourced<Day>
  /// Petitions filed on or after this day.
  public var petitionsFiledFrom: Sourced<Day>
  /// The proclamation runs this many months from `petitionsFiledFrom` unless extended.
  public var termMonths: Sourced<Int>
  /// Who pays and who is exempt, in plain words.
  public var condition: Sourced<String>
  /// Court status at the last verification.
  public var litigation: Sourced<String>
  /// The dated turns of its history, oldest first (`h1b_fee.history`; FACTS.md §10), each with
  /// its source. Empty in a pack that has none.
  public var history: [Sourced<H1BFeeEvent>] = []

  public init(amount: Sourced<Int>, proclaimed: Sourced<Day>, petitionsFiledFrom: Sourced<Day>, termMonths: Sourced<Int>, condition: Sourced<String>, litigation: Sourced<String>) {
    self.amount = amount
    self.proclaimed = proclaimed
    self.petitionsFiledFrom = petitionsFiledFrom
    self.termMonths = termMonths
    self.condition = condition
    self.litigation = litigation
  }

  /// When the term runs out unless it is extended (about; the proclamation counts from 12:01 am).
  public var termEnds: Day { petitionsFiledFrom.value.adding(months: termMonths.value) }

  /// "$100,000"
  public var amountText: String {
    let digits = String(amount.value)
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
      out.append(c)
    }
    return "$" + out
  }

  /// The latest turn of the history on or before `today` (nil: none recorded by then).
  public func latestEvent(on today: Day) -> Sourced<H1BFeeEvent>? {
    history.last { $0.value.day <= today }
  }

  /// Whether `today` is past the end of the term: the date has passed and no extension is
  /// confirmed, so the status must be verified, never stated (FACTS.md §10).
  public func termHasPassed(on today: Day) -> Bool { today > termEnds }

  /// "the term ended about 2026-09-21, a date now passed; an extension is not confirmed" or "it
  /// runs 12 months, to about 2026-09-21, unless extended".
  public func termWords(on today: Day?) -> String {
    if let today, termHasPassed(on: today) {
      return "its \(termMonths.value)-month term ran to about \(termEnds), a date now passed, and an extension is not confirmed"
    }
    return "it runs \(termMonths.value) months, to about \(termEnds), unless extended"
  }

  /// "latest: 2026-06-12, an administrative stay put it back in effect" (nil with no history).
  public func latestWords(on today: Day?) -> String? {
    guard let event = today.map({ latestEvent(on: $0) }) ?? history.last else { return nil }
    return "latest recorded turn: \(event.value.day), \(event.value.event)"
  }

  /// One sentence on the fee, for a petition filed from `petition` on (nil: no plan), as of
  /// `today` (nil: no date, as in `planner rules`). Never settled: it ends "verify its current status".
  public func sentence(petition: Day?, today: Day? = nil) -> String {
    var text = "A \(amountText) fee applies to new H-1B petitions filed from \(petitionsFiledFrom.value) (proclamation of \(proclaimed.value)) \(condition.value); \(termWords(on: today))"
    if let petition {
      text += petition > termEnds
        ? ", and your petition (filed from \(petition) at the earliest) comes after that, so it applies only if the proclamation is extended or renewed"
        : ", which covers your petition (filed from \(petition) at the earliest) if you are outside the US then"
    }
    let latest = latestWords(on: today).map { "; \($0)" } ?? "; \(litigation.value)"
    return text + latest + " — verify its current status"
  }
}
