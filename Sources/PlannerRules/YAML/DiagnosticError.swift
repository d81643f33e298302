/// Every problem found in an input file, collected before failing so the user fixes them in one go.
public struct DiagnosticError: Error, Hashable, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  /// How many times one message is printed before the rest are counted on one line, and how many
  /// lines are printed at all: 60,000 misspelt references once printed 59,889 lines (issue 26,
  /// point 7). `diagnostics` keeps every one.
  public static let repeatsShown = 3
  public static let linesShown = 100
  public static let summariesShown = 10

  public var description: String {
    var lines: [String] = []
    var seen: [String: Int] = [:]
    var order: [String] = []
    // The first of each message, kept as it is met: searching for it again per message made
    // 7,000 distinct errors quadratic (10 s; HostileCorpusTests "huge list of attempts").
    var firstOf: [String: Diagnostic] = [:]
    var hidden = 0
    for d in diagnostics {
      let key = d.file + "\u{0}" + d.message
      let count = seen[key, default: 0]
      seen[key] = count + 1
      if count == 0 {
        order.append(key)
        firstOf[key] = d
      }
      guard count < Self.repeatsShown else { continue }
      if lines.count < Self.linesShown { lines.append(d.description) } else { hidden += 1 }
    }
    // The counts of repeated messages are lines too: at most `summariesShown` of them, the rest
    // counted with the hidden ones (7,000 distinct repeated messages once printed 7,000 counts;
    // Tests/fuzz/run.sh).
    var summaries = 0
    for key in order {
      let more = (seen[key] ?? 0) - Self.repeatsShown
      guard more > 0, let first = firstOf[key] else { continue }
      guard summaries < Self.summariesShown else {
        hidden += more
        continue
      }
      summaries += 1
      lines.append("\(first.file): and \(more) more like \"\(first.message.prefix(80))\"")
    }
    if hidden > 0 { lines.append("\(diagnostics.first?.file ?? "input"): and \(hidden) more problems; fix these first") }
    return lines.joined(separator: "\n")
  }
}
