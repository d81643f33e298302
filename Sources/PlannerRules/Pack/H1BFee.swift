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

  /// One sentence on the fee, for a petition filed from `petition` on (nil: no plan).
  public func sentence(petition: Day?) -> String {
    var text = "A \(amountText) fee applies to new H-1B petitions filed from \(petitionsFiledFrom.value) (proclamation of \(proclaimed.value)) \(condition.value); it runs \(termMonths.value) months, to about \(termEnds), unless extended"
    if let petition {
      text += petition > termEnds
        ? ", and your petition (filed from \(petition) at the earliest) comes after that, so it applies only if the proclamation is extended or renewed"
        : ", which covers your petition (filed from \(petition) at the earliest) if you are outside the US then"
    }
    return text + "; \(litigation.value) — verify its current status"
  }
}
