/// A distribution of days, as a piecewise-linear quantile function: `knots` are
/// (cumulative probability, days) pairs from probability 0 to 1. One knot is a fixed value.
public struct DayDistribution: Hashable, Sendable {
  public struct Knot: Hashable, Sendable {
    public var p: Double
    public var days: Double
    public init(_ p: Double, _ days: Double) {
      self.p = p
      self.days = days
    }
  }

  public var knots: [Knot]

  public init(_ knots: [Knot]) {
    precondition(!knots.isEmpty && knots.first!.p == 0 && (knots.count == 1 || knots.last!.p == 1), "a distribution runs from p = 0 to p = 1")
    self.knots = knots
  }

  public static func fixed(_ days: Int) -> DayDistribution { DayDistribution([Knot(0, Double(days))]) }

  /// The value at cumulative probability `u` (0 ≤ u < 1), rounded to whole days.
  public func quantile(_ u: Double) -> Int {
    guard knots.count > 1 else { return Int(knots[0].days.rounded()) }
    var k = 1
    while k < knots.count - 1 && knots[k].p <= u { k += 1 }
    let a = knots[k - 1], b = knots[k]
    let t = b.p > a.p ? (u - a.p) / (b.p - a.p) : 0
    return Int((a.days + t * (b.days - a.days)).rounded())
  }

  public var median: Int { quantile(0.5) }
  public var low: Int { Int(knots.first!.days.rounded()) }
  public var high: Int { Int(knots.last!.days.rounded()) }

  /// The same spread around another median (a profile's own lead time), never below 0 days.
  public func centred(onMedian days: Int) -> DayDistribution {
    let shift = Double(days - median)
    return DayDistribution(knots.map { Knot($0.p, max(0, $0.days + shift)) })
  }

  /// Every value moved by `days`.
  public func shifted(by days: Int) -> DayDistribution {
    DayDistribution(knots.map { Knot($0.p, $0.days + Double(days)) })
  }

  /// "21 d (7–90)".
  public var summary: String { knots.count == 1 ? "\(low) d" : "median \(median) d (\(low)–\(high))" }
}
