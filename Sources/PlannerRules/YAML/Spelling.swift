/// What people type for a file's words, and which known word they meant: `J-1` is `j1`,
/// `step2` is `step2ck` (a prefix and the usual aliases beat the nearest spelling, which would
/// say `step1`).
public enum Spelling {
  /// Lower case without the punctuation and spaces people put in: "H-1B" → "h1b".
  public static func folded(_ text: String) -> String {
    String(text.lowercased().filter { !"-_ .".contains($0) })
  }

  /// Common names for keys, by the key they mean.
  static let aliases: [String: String] = [
    "step2": "step2ck", "ck": "step2ck", "step2_ck": "step2ck", "usmle2": "step2ck",
    "usmle1": "step1", "usmle3": "step3", "son": "statement_of_need", "graduated": "graduation",
    "graduation_date": "graduation", "timezone_name": "timezone", "tz": "timezone", "license_issued": "license",
  ]

  /// The known key meant by `key`, or nil when none is near.
  public static func suggestion(forKey key: String, in allowed: [String], context: String) -> String? {
    let lower = key.lowercased()
    let where_ = { (k: String) -> String in
      // An exam written at the top level: say where it goes.
      context == "the profile" && !allowed.contains(k) ? "exams.\(k)" : k
    }
    if let alias = aliases[lower] ?? aliases[folded(key)] {
      if allowed.contains(alias) { return alias }
      if context == "the profile", ["step1", "step2ck", "step3", "oet"].contains(alias) { return where_(alias) }
    }
    if let same = allowed.first(where: { folded($0) == folded(key) }) { return same }
    if lower.count >= 4, let prefixed = allowed.first(where: { $0.hasPrefix(lower) }) { return prefixed }
    if context == "the profile", ["step1", "step2ck", "step3", "oet"].contains(lower) { return where_(lower) }
    return nearest(key, in: allowed)
  }

  /// The edit distance, or `limit + 1` as soon as it is certain to exceed `limit`.
  static func editDistance(_ a: String, _ b: String, atMost limit: Int) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return min(b.count, limit + 1) }
    var row = Array(0...b.count)
    for i in 1...a.count {
      var previous = row[0]
      row[0] = i
      var smallest = row[0]
      for j in stride(from: 1, through: b.count, by: 1) {
        let keep = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = keep
        smallest = min(smallest, row[j])
      }
      // Every later row is at least this row's smallest value.
      if smallest > limit { return limit + 1 }
    }
    return min(row[b.count], limit + 1)
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    var row = Array(0...b.count)
    for i in 1...a.count {
      var previous = row[0]
      row[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let keep = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = keep
      }
    }
    return row[b.count]
  }
}

/// The closest known word, for "did you mean" hints; nil when nothing is close.
public func nearest(_ word: String, in candidates: [String]) -> String? {
  // No key or id is this long: a hint would cost time (edit distances) and say nothing.
  guard word.count <= 64 else { return nil }
  // Only words within the allowed distance can be suggested: the length filter and the bounded
  // distance keep a hint cheap over thousands of ids (issue 26, point 7: 5,000 misspelt
  // references over 5,000 ids took 14 s).
  let limit = max(2, word.count / 3)
  let lower = word.lowercased()
  let length = lower.count
  var best: (String, Int)?
  for candidate in candidates where abs(candidate.count - length) <= limit {
    let d = Spelling.editDistance(lower, candidate, atMost: limit)
    guard d <= limit else { continue }
    if best.map({ (d, candidate) < ($0.1, $0.0) }) ?? true { best = (candidate, d) }
  }
  return best?.0
}
