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
  /// A flat `amount` for the first programs, then each tier's price per program from its `from`
  /// (ResidencyCAS: $99 for 1–18, $18 each for 19–30, $23 each from 31; FEES.md row 14).
  public var tiers: [Tier] = []

  /// Programs from `from` on cost `each` (until the next tier's `from`).
  public struct Tier: Hashable, Sendable {
    public var from: Int
    public var each: Int
    public init(from: Int, each: Int) {
      self.from = from
      self.each = each
    }
  }

  public init(amount: Int, currency: Currency, statedFor: Int? = nil, upTo: Int? = nil, beyond: Int? = nil, included: Int? = nil, most: Int? = nil) {
    self.amount = amount
    self.currency = currency
    self.statedFor = statedFor
    self.upTo = upTo
    self.beyond = beyond
    self.included = included
    self.most = most
  }

  /// The charge for `count` units: ResidencyCAS's flat fee and tiers, ERAS's tiers
  /// (11·min(n,30) + 30·max(0, n−30) for one specialty), NRMP's extra ranks, else `amount` each.
  public func price(_ count: Int) -> Int {
    let n = min(max(0, count), most ?? Int.max)
    if !tiers.isEmpty {
      guard n > 0 else { return 0 }
      var total = amount
      for (i, tier) in tiers.enumerated() {
        let last = i + 1 < tiers.count ? tiers[i + 1].from - 1 : Int.max
        total += tier.each * max(0, min(n, last) - tier.from + 1)
      }
      return total
    }
    if let upTo {
      return amount * min(n, upTo) + (beyond ?? amount) * max(0, n - upTo)
    }
    if let included { return amount * max(0, n - included) }
    return amount * n
  }
}
