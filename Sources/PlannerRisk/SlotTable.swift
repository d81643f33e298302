import PlannerCore
import PlannerPathway
import PlannerRules

/// SplitMix64: a small, fast generator whose stream is fixed by its seed, on every platform.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Run `run`'s own stream: a function of (seed, run) only, never of the thread that runs it.
  static func stream(seed: UInt64, run: Int) -> SplitMix64 {
    var mixer = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: run) &* 0xD1B5_4A32_D192_ED03))
    return SplitMix64(seed: mixer.next())
  }

  /// Uniform in [0, 1) from the top 53 bits.
  mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
}

/// Every value a world samples, one slot each, in a fixed order: pass or fail per attempt,
/// result lags per attempt, sampled lead times, whether each year's scheduled delay happens.
struct SlotTable: Sendable {
  enum Draw: Sendable {
    case bernoulli(Double)
    case days(DayDistribution)
    /// A consular wait plus, with some probability, administrative processing.
    case consular(DayDistribution, Double, DayDistribution)
  }

  var names: [String] = []
  var draws: [Draw] = []
  var index: [String: Int] = [:]
  /// Per uncertain exam: the slots of its attempts' pass draws, in attempt order.
  var passSlots: [[Int]] = []
  let years: ClosedRange<Int>

  /// Lead times that belong to one Match cycle (a Pathways season, the post-Match visa steps):
  /// drawn afresh for each year, since a slow consulate in one cycle says nothing of the next.
  static let perCycleKeys: Set<String> = ["pathway_application", "minicex", "pathway_review", "statement_of_need", "j1_review", "consular"]

  init(uncertain: [UncertainExam], inputs: RiskInputs, profile: Profile, pack: RulesPack, sampledKeys: [String], years: ClosedRange<Int>, cycles: [Int]) {
    self.years = years
    let r = inputs.rules
    for u in uncertain {
      var slots: [Int] = []
      let p = inputs.pass[u.exam] ?? (1, 1)
      for a in u.firstAttempt..<(u.firstAttempt + u.maxAttempts) {
        slots.append(add("pass:\(u.exam.rawValue)#\(a)", .bernoulli(a == 1 ? p.first : p.repeatAttempt)))
      }
      passSlots.append(slots)
      for a in u.firstAttempt..<(u.firstAttempt + u.maxAttempts) {
        add("lag:\(u.exam.rawValue)#\(a)", .days(u.usmle ? r.usmleResultLag.value : r.oetResultLag.value))
      }
    }
    for key in sampledKeys {
      guard let dist = inputs.distribution(key, profile: profile) else { continue }
      let draw: Draw = key == "consular" ? .consular(dist, r.administrativeProcessing.value, r.administrativeProcessingDays.value) : .days(dist)
      if Self.perCycleKeys.contains(key) {
        for y in cycles { add("dur:\(key):\(y)", draw) }
      } else {
        add("dur:\(key)", draw)
      }
    }
    for delay in r.scheduledDelays where uncertain.contains(where: { $0.exam == delay.exam }) {
      for y in years { add("delay:\(delay.exam.rawValue):\(y)", .bernoulli(delay.probability.value)) }
    }
  }

  @discardableResult
  private mutating func add(_ name: String, _ draw: Draw) -> Int {
    index[name] = names.count
    names.append(name)
    draws.append(draw)
    return names.count - 1
  }

  var count: Int { draws.count }

  /// The draws as flat arrays (kind, probability, knot ranges), so sampling a world reads
  /// plain numbers and touches no reference counts.
  struct Flat: Sendable {
    var kind: [UInt8] = []
    var p: [Double] = []
    var knots: [(start: Int32, end: Int32)] = []
    var extra: [(start: Int32, end: Int32)] = []
    var knotP: [Double] = []
    var knotDays: [Double] = []

    init(_ draws: [Draw]) {
      func add(_ d: DayDistribution) -> (start: Int32, end: Int32) {
        let start = Int32(knotP.count)
        for k in d.knots {
          knotP.append(k.p)
          knotDays.append(k.days)
        }
        return (start, Int32(knotP.count))
      }
      for draw in draws {
        switch draw {
        case .bernoulli(let q):
          kind.append(0); p.append(q); knots.append((0, 0)); extra.append((0, 0))
        case .days(let d):
          kind.append(1); p.append(0); knots.append(add(d)); extra.append((0, 0))
        case .consular(let d, let q, let e):
          kind.append(2); p.append(q); knots.append(add(d)); extra.append(add(e))
        }
      }
    }

    /// Same as `DayDistribution.quantile`, on the flat knots.
    func quantile(_ r: (start: Int32, end: Int32), _ u: Double) -> Int {
      let s = Int(r.start), e = Int(r.end)
      if e - s == 1 { return Int(knotDays[s].rounded()) }
      var k = s + 1
      while k < e - 1 && knotP[k] <= u { k += 1 }
      let a = k - 1
      let t = knotP[k] > knotP[a] ? (u - knotP[a]) / (knotP[k] - knotP[a]) : 0
      return Int((knotDays[a] + t * (knotDays[k] - knotDays[a])).rounded())
    }
  }

  var flat: Flat { Flat(draws) }
}

extension SlotTable.Flat {
  /// Fills `out` with one world's values from `rng`, one uniform per slot in slot order.
  func sample(into out: UnsafeMutableBufferPointer<Int32>, rng: inout SplitMix64) {
    for i in 0..<kind.count {
      let u = rng.unit()
      switch kind[i] {
      case 0: out[i] = u < p[i] ? 1 : 0
      case 1: out[i] = Int32(quantile(knots[i], u))
      default:
        let a = rng.unit(), b = rng.unit()
        out[i] = Int32(quantile(knots[i], u) + (a < p[i] ? quantile(extra[i], b) : 0))
      }
    }
  }
}
