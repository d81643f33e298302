/// One amount of a fee as it took effect (an entry of the fee's history): the charge per unit in
/// its currency, the year its source states it for, and the tiers of per-program and per-rank fees.
public struct FeeAmount: Hashable, Sendable {
  /// Whole units of `currency` per unit of the fee (per program up to `upTo`, per extra rank).
  public var amount: Int
  public var currency: Currency
  /// The year (or season) the source states the amount for; nil for a standing fee that holds
  /// until changed (a visa or USCIS fee). A payment in a later year is marked "verify".
  public var statedFor: Int?
  /// ERAS: `amount` per program for the first `upTo` programs of each specialty…
  public var upTo: Int?
  /// …and this much per program beyond them (FEES.md row 13).
  public var beyond: Int?
  /// NRMP: ranks the registration includes; only ranks beyond them are charged (row 16).
  public var included: Int?
  /// The most units that can be charged (NRMP: 300 ranks).
  public var most: Int?

  public init(amount: Int, currency: Currency, statedFor: Int? = nil, upTo: Int? = nil, beyond: Int? = nil, included: Int? = nil, most: Int? = nil) {
    self.amount = amount
    self.currency = currency
    self.statedFor = statedFor
    self.upTo = upTo
    self.beyond = beyond
    self.included = included
    self.most = most
  }

  /// The charge for `count` units: ERAS's tiers (11·min(n,30) + 30·max(0, n−30) for one
  /// specialty), NRMP's extra ranks, else `amount` each.
  public func price(_ count: Int) -> Int {
    let n = min(max(0, count), most ?? Int.max)
    if let upTo {
      return amount * min(n, upTo) + (beyond ?? amount) * max(0, n - upTo)
    }
    if let included { return amount * max(0, n - included) }
    return amount * n
  }
}
