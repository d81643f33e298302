/// Deterministic UIDs: a hash of the plan identity and a component key (a task id such as
/// `step1.exam.2`, or `step1.exam.2.reminder.14`), never random and never from the title,
/// so a renamed or moved task keeps its UID and clients update it in place.
enum StableUID {
  /// 128 bits from two FNV-1a 64 passes with different seeds: FNV is simple enough to write
  /// by hand (no Foundation, no CryptoKit on Linux) and stable across platforms and runs.
  static func make(identity: String, key: String, domain: String) -> String {
    make(prefix: prefix(identity), key: key, domain: domain)
  }

  /// Both hashes after the identity and the separator: computed once per calendar, so a long
  /// identity costs its length once, not once per event.
  static func prefix(_ identity: String) -> (UInt64, UInt64) {
    // A separator byte that cannot occur in UTF-8 text keeps ("ab", "c") apart from ("a", "bc").
    var bytes = Array(identity.utf8)
    bytes.append(0xFF)
    return (fnv1a64(bytes, seed: 0xcbf2_9ce4_8422_2325), fnv1a64(bytes, seed: 0x8422_2325_cbf2_9ce4))
  }

  static func make(prefix: (UInt64, UInt64), key: String, domain: String) -> String {
    let bytes = Array(key.utf8)
    return hex(fnv1a64(bytes, seed: prefix.0)) + hex(fnv1a64(bytes, seed: prefix.1)) + "@" + domain
  }

  static func fnv1a64(_ bytes: [UInt8], seed: UInt64) -> UInt64 {
    var hash = seed
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
