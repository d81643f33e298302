/// Which journal a saved plan was made from: the number of records and a fingerprint of their
/// canonical lines. Comments, blank lines and line endings do not change it; any record added,
/// edited or deleted does, which is how a saved plan older than its journal is noticed.
public struct JournalTag: Hashable, Sendable, Codable {
  public var records: Int
  public var digest: String

  public init(records: Int, digest: String) {
    self.records = records
    self.digest = digest
  }

  public init(_ entries: [JournalEntry]) {
    var hash: UInt64 = 14_695_981_039_346_656_037
    for byte in entries.map(\.line).joined(separator: "\n").utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 1_099_511_628_211
    }
    let hex = String(hash, radix: 16)
    self.init(records: entries.count, digest: String(repeating: "0", count: 16 - hex.count) + hex)
  }
}
