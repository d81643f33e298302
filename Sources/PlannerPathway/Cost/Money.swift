public import PlannerRules

/// Amounts in several currencies, never converted (issue 22: "USD 4,865 + AUD 587").
public struct Money: Hashable, Sendable {
  /// Whole units per currency; a currency with nothing is absent.
  public private(set) var amounts: [Currency: Int] = [:]

  public init() {}

  public init(_ amount: Int, _ currency: Currency) { add(amount, currency) }

  public mutating func add(_ amount: Int, _ currency: Currency) {
    guard amount != 0 else { return }
    amounts[currency, default: 0] += amount
    if amounts[currency] == 0 { amounts[currency] = nil }
  }

  public static func + (a: Money, b: Money) -> Money {
    var sum = a
    for (currency, amount) in b.amounts { sum.add(amount, currency) }
    return sum
  }

  public static func - (a: Money, b: Money) -> Money {
    var difference = a
    for (currency, amount) in b.amounts { difference.add(-amount, currency) }
    return difference
  }

  /// USD first, then the others: the order every view shows them in.
  public var parts: [(currency: Currency, amount: Int)] {
    amounts.keys.sorted().map { ($0, amounts[$0]!) }
  }

  public var isZero: Bool { amounts.isEmpty }

  public func amount(_ currency: Currency) -> Int { amounts[currency] ?? 0 }
}
