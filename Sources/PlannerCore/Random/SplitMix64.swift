/// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", 2014):
/// a small, fast generator whose stream is fixed by its seed on every platform, so a seed
/// reproduces the same graphs, fuzz inputs and worlds anywhere. The one copy: the tests, the
/// fuzz inputs (`ProfileMutator`) and the benchmark all draw from it.
@frozen public struct SplitMix64: RandomNumberGenerator, Sendable {
  @usableFromInline var state: UInt64

  @inlinable public init(seed: UInt64) { state = seed }

  @inlinable public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Run `run`'s own stream: a function of (seed, run) only, never of the thread that runs it.
  @inlinable public static func stream(seed: UInt64, run: Int) -> SplitMix64 {
    var mixer = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: run) &* 0xD1B5_4A32_D192_ED03))
    return SplitMix64(seed: mixer.next())
  }

  /// Uniform in [0, 1) from the top 53 bits.
  @inlinable public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
}
