/// One problem in a profile, positioned like a compiler diagnostic.
public struct ProfileDiagnostic: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String

  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// One line, and never a screenful: a message quoting a huge value is cut.
  public var description: String {
    let shown = message.count > 400 ? message.prefix(400) + "…" : Substring(message)
    return "\(file):\(line):\(column): error: \(shown.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " "))"
  }
}

/// Every problem found in a profile, collected before failing so the user fixes them in one go.
public struct ProfileError: Error, Hashable, Sendable, CustomStringConvertible {
  public var diagnostics: [ProfileDiagnostic]

  public init(_ diagnostics: [ProfileDiagnostic]) { self.diagnostics = diagnostics }

  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// The closest known word, for "did you mean" hints; nil when nothing is close.
func nearest(_ word: String, in candidates: [String]) -> String? {
  // No key or id is this long: a hint would cost time (edit distances) and say nothing.
  guard word.count <= 64 else { return nil }
  let scored = candidates.map { ($0, editDistance(word.lowercased(), $0)) }
  guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return nil }
  return best.1 <= max(2, word.count / 3) ? best.0 : nil
}

func editDistance(_ a: String, _ b: String) -> Int {
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
