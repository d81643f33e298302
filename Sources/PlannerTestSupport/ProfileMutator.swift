public import PlannerCore

/// Seeded mutations of profile files, for the fuzz test in the suite and the bigger run of
/// `Tests/fuzz/run.sh` (through `planner-fuzz`): the same seed gives the same inputs anywhere.
///
/// Each input is one of the examples with one to four mutations (mostly one): byte flips, deleted and
/// duplicated lines, wrong types, huge and negative numbers, impossible and extreme dates,
/// aliases (up to a billion-laughs block), NUL, invalid UTF-8, byte-order marks, very long
/// strings, escape sequences in names, cycles among own tasks, truncation; and issue 26's classes
/// (`HostileCorpus`): long scalars under aliases, huge lists, near-miss keys, and the key ×
/// wrong-type matrix.
public struct ProfileMutator {
  /// The one portable generator, so a seed means the same inputs on every machine.
  public typealias Random = SplitMix64

  let seeds: [[UInt8]]
  var random: Random
  /// Issue 26's classes too (inputs of megabytes, seconds each in a debug build): for the larger
  /// run (`planner-fuzz`), not for the suite's in-process fuzz test, which the corpus covers.
  let large: Bool

  public init(examples: [[UInt8]], seed: UInt64, large: Bool = false) {
    seeds = examples.isEmpty ? [Array("name: X\n".utf8)] : examples
    random = Random(seed: seed)
    self.large = large
  }

  public mutating func next() -> [UInt8] {
    var bytes = seeds[Int.random(in: 0..<seeds.count, using: &random)]
    // Mostly one mutation, so that many inputs still plan and the planner's own checks run.
    for _ in 0..<[1, 1, 1, 2, 3, 4][Int.random(in: 0..<6, using: &random)] { mutate(&bytes) }
    return bytes
  }

  static let dates = [
    "9999-12-31", "0001-01-01", "2027-02-30", "1949-12-31", "1950-01-01", "2100-12-31", "2101-01-01",
    "3000-01-01", "2026-13-01", "2026-00-10", "1900-02-29", "2000-02-29", "2026-1-1", "20260101",
  ]
  static let numbers = ["-1", "0", "-99999", "99999999999999999999", "2147483648", "9223372036854775807", "1e9", "0x10", "3650", "3651", "104", "105"]
  static let wrongTypes = ["[1, 2, 3]", "{a: b}", "true", "~", "\"\"", "[]", "{}", "- x", "!!binary aGk=", "*undefined", "&a"]
  static let hostile = [
    #""\e]0;pwned\a""#, #""\e]52;c;cm0gLXJmIH4=\a""#, #""\e[2J\e[H""#, #""\u202Egnp.exe""#, #""a\rb""#, #""\x9b31m""#,
  ]

  static let matrix = HostileCorpus.wrongTypeMatrix()

  mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }

  mutating func lines(_ bytes: [UInt8]) -> [[UInt8]] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
  }

  static func join(_ lines: [[UInt8]]) -> [UInt8] { Array(lines.joined(separator: [0x0A])) }

  /// Replaces the value after `key: ` on a random line that has one.
  mutating func replaceValue(_ bytes: inout [UInt8], with value: String) {
    var all = lines(bytes)
    let candidates = all.indices.filter { all[$0].contains(0x3A) }
    guard !candidates.isEmpty else { return }
    let i = pick(candidates)
    guard let colon = all[i].firstIndex(of: 0x3A) else { return }
    all[i] = Array(all[i][...colon]) + Array(" \(value)".utf8)
    bytes = Self.join(all)
  }

  /// Replaces every match of a pattern-like token (dates or numbers) on one random line.
  mutating func replaceToken(_ bytes: inout [UInt8], isDate: Bool, with value: String) {
    var all = lines(bytes)
    let hits = all.indices.filter { i in
      let text = String(decoding: all[i], as: UTF8.self)
      return isDate ? text.contains("20") && text.contains("-") : text.contains(where: \.isNumber)
    }
    guard !hits.isEmpty else { return }
    let i = pick(hits)
    let text = String(decoding: all[i], as: UTF8.self)
    var out = ""
    var token = ""
    func flush() {
      let isToken = isDate ? (token.count == 10 && token.filter { $0 == "-" }.count == 2) : token.allSatisfy(\.isNumber)
      out += !token.isEmpty && isToken ? value : token
      token = ""
    }
    for c in text {
      if c.isNumber || (isDate && c == "-") { token.append(c) } else { flush(); out.append(c) }
    }
    flush()
    all[i] = Array(out.utf8)
    bytes = Self.join(all)
  }

  mutating func mutate(_ bytes: inout [UInt8]) {
    switch Int.random(in: 0..<(large ? 20 : 16), using: &random) {
    case 0:  // byte flips
      for _ in 0..<Int.random(in: 1...3, using: &random) where !bytes.isEmpty {
        bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
      }
    case 1:  // delete a line
      var all = lines(bytes)
      if !all.isEmpty { all.remove(at: Int.random(in: 0..<all.count, using: &random)) }
      bytes = Self.join(all)
    case 2:  // duplicate a line (duplicate keys, repeated items)
      var all = lines(bytes)
      if !all.isEmpty {
        let i = Int.random(in: 0..<all.count, using: &random)
        all.insert(all[i], at: Int.random(in: 0...all.count, using: &random))
      }
      bytes = Self.join(all)
    case 3: replaceValue(&bytes, with: pick(Self.wrongTypes))
    case 4: replaceToken(&bytes, isDate: false, with: pick(Self.numbers))
    case 5: replaceToken(&bytes, isDate: true, with: pick(Self.dates))
    case 6:  // aliases: a few, or a bomb
      if Bool.random(using: &random) {
        bytes += Array("\nx_anchor: &a [1, 2, 3]\ny_alias: *a\ndone:\n  ecfmg.account: *a\n".utf8)
      } else {
        var bomb = "\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for k in 1...9 { bomb += "l\(k): &l\(k) [" + Array(repeating: "*l\(k - 1)", count: 9).joined(separator: ", ") + "]\n" }
        bomb += pick(["tasks: *l9\n", "name: *l9\n", "? *l9\n: x\n"])
        bytes += Array(bomb.utf8)
      }
    case 7: bytes.insert(0, at: Int.random(in: 0...bytes.count, using: &random))  // NUL
    case 8: bytes.insert(contentsOf: pick([[0xFF], [0xC3], [0xE9], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]]), at: Int.random(in: 0...bytes.count, using: &random))
    case 9: bytes = pick([[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]]) + bytes  // byte-order marks
    case 10: replaceValue(&bytes, with: String(repeating: pick(["x", "é", "東", "🩺", "a b "]), count: Int.random(in: 1_000...100_000, using: &random)))
    case 11: replaceValue(&bytes, with: pick(Self.hostile))
    case 12:  // cycles and unknown links among own tasks
      bytes += Array("\ntasks:\n  - {id: own.a, days: 3, after: own.b}\n  - {id: own.b, days: 2, after: [own.c]}\n  - {id: own.c, days: 1, after: own.\(pick(["a", "b", "x"]))}\n".utf8)
    case 13: bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))  // truncation
    case 14:  // long chains of own tasks, some years long
      var text = "\ntasks:\n"
      for i in 0..<Int.random(in: 2...200, using: &random) {
        text += "  - {id: own.t\(i), days: \(pick(["1", "30", "3650"]))\(i > 0 ? ", after: own.t\(i - 1)" : "")}\n"
      }
      bytes += Array(text.utf8)
    case 16:  // a long scalar under an anchor, aliased many times
      var text = "\nx_note: &long \"" + String(repeating: pick(["x", "é", "🩺"]), count: Int.random(in: 1_000...200_000, using: &random)) + "\"\ntasks:\n"
      for i in 0..<Int.random(in: 1...5_000, using: &random) { text += "  - {id: own.a\(i), name: *long, days: 1}\n" }
      bytes += Array(text.utf8)
    case 17: bytes = Array(HostileCorpus.hugeList(pick(HostileCorpus.HugeList.allCases), count: Int.random(in: 1_000...60_000, using: &random)).utf8)
    case 18:  // a near-miss key: one letter of a key changed
      var all = lines(bytes)
      let keyed = all.indices.filter { i in all[i].contains(0x3A) && all[i].first.map { $0 != 0x23 } == true }
      guard !keyed.isEmpty else { return }
      let i = pick(keyed)
      let letters = all[i].indices.prefix { all[i][$0] != 0x3A }.filter { (0x61...0x7A).contains(all[i][$0]) }
      guard !letters.isEmpty else { return }
      all[i][pick(letters)] = UInt8.random(in: 0x61...0x7A, using: &random)
      bytes = Self.join(all)
    case 19: bytes = Array(pick(Self.matrix).profile.utf8)
    default:  // deep nesting or odd indentation
      if Bool.random(using: &random) {
        let depth = Int.random(in: 10...2_000, using: &random)
        bytes += Array(("\nx: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n").utf8)
      } else {
        var all = lines(bytes)
        if !all.isEmpty { all[Int.random(in: 0..<all.count, using: &random)].insert(contentsOf: [0x20, 0x09], at: 0) }
        bytes = Self.join(all)
      }
    }
  }
}
