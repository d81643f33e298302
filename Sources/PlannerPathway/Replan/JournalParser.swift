import PlannerCore
public import PlannerRules

/// Reads journal text (see `JournalEntry.line` for the format). Pure: the caller reads the file.
/// Blank lines and `#` comments are skipped; every damaged line is reported with its number.
/// Lines may end in LF, CRLF or a lone CR (Windows editors, git autocrlf, sync tools).
public enum JournalParser {
  public static func parse(_ text: String, file: String, rules: RulesPack) throws(JournalError) -> Journal {
    var entries: [JournalEntry] = []
    var lines: [Int] = []
    var problems: [JournalError.Problem] = []
    // Swift reads "\r\n" as one Character, so this splits LF, CRLF and CR alike, and only them:
    // U+2028, NEL, FF and VT are not line ends to an editor's line count (issue 26, point 8).
    for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).enumerated() {
      let trimmed = String(raw.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
      switch entry(words, earlier: entries, leadTimeKeys: rules.leadTimes.keys) {
      case .success(let entry):
        entries.append(entry)
        lines.append(index + 1)
      case .failure(let message):
        problems.append(.init(file: file, line: index + 1, message: "\(message.text) in \(YAMLText.quoted(trimmed, limit: 120))"))
        // A damaged line still holds its place, so later numbers and undos stay as written.
        entries.append(JournalEntry(recordedOn: Day(ordinal: 0), .lead("damaged", days: 0)))
        lines.append(index + 1)
      }
    }
    if !problems.isEmpty { throw JournalError(problems) }
    return Journal(entries: entries, lines: lines)
  }

  struct Message: Error { var text: String }

  static func entry(_ w: [String], earlier: [JournalEntry], leadTimeKeys: [String]) -> Result<JournalEntry, Message> {
    do throws(Message) {
      guard w.count >= 2 else { throw Message(text: "a record needs a date and what happened") }
      let recorded = try day(w[0], "recorded-on date")
      let action: JournalEntry.Action
      switch w[1] {
      case "result":
        guard w.count == 6 || (w.count == 8 && w[6] == "score"), w[4] == "on" else { throw Message(text: "expected 'result EXAM pass|fail|incomplete on DATE [score N]'") }
        guard let result = Attempt.Result(rawValue: w[3]), result != .pending else { throw Message(text: "'\(w[3])' is not pass, fail or incomplete") }
        var score: Int?
        if w.count == 8 {
          guard let n = Int(w[7]), (1...999).contains(n) else { throw Message(text: "score '\(w[7])' is not a number from 1 to 999") }
          score = n
        }
        action = .result(try exam(w[2]), result, on: try day(w[5], "exam date"), score: score)
      case "done":
        guard w.count == 5, w[3] == "on" else { throw Message(text: "expected 'done TASK on DATE'") }
        action = .done(w[2], on: try day(w[4], "date"))
      case "book":
        guard w.count == 5, w[3] == "for" else { throw Message(text: "expected 'book EXAM for DATE'") }
        action = .book(try exam(w[2]), for: try day(w[4], "test date"))
      case "reschedule":
        guard w.count == 7, w[3] == "from", w[5] == "to" else { throw Message(text: "expected 'reschedule EXAM from DATE to DATE'") }
        action = .reschedule(try exam(w[2]), from: try day(w[4], "old date"), to: try day(w[6], "new date"))
      case "lead":
        guard w.count == 5, w[4] == "days", leadTimeKeys.contains(w[2]), let n = Int(w[3]), (0...730).contains(n) else {
          throw Message(text: "expected 'lead KEY N days' with a known key and 0–730 days")
        }
        action = .lead(w[2], days: n)
      case "undo":
        guard w.count == 3 || (w.count == 5 && w[3] == "ref"), let n = Int(w[2]) else { throw Message(text: "expected 'undo N ref FINGERPRINT'") }
        action = .undo(try undoTarget(n, ref: w.count == 5 ? w[4] : nil, earlier: earlier), ref: w.count == 5 ? w[4] : nil)
      default:
        let hint = nearest(w[1], in: verbs).map { "; did you mean '\($0)'?" } ?? ""
        throw Message(text: "unknown record '\(w[1])'\(hint)")
      }
      return .success(JournalEntry(recordedOn: recorded, action))
    } catch {
      return .failure(error)
    }
  }

  /// The record an undo takes back. With a fingerprint the record is found by identity, so a line
  /// deleted or added by hand above it does not redirect the undo; without one (older journals),
  /// by number.
  static func undoTarget(_ n: Int, ref: String?, earlier: [JournalEntry]) throws(Message) -> Int {
    guard let ref else {
      guard n >= 1 && n <= earlier.count else { throw Message(text: "undo \(n) refers to no earlier record") }
      return n
    }
    if n >= 1 && n <= earlier.count && earlier[n - 1].fingerprint == ref { return n }
    if let found = earlier.indices.last(where: { earlier[$0].fingerprint == ref }) { return found + 1 }
    let now = n >= 1 && n <= earlier.count ? "record \(n) is now '\(earlier[n - 1].line)'" : "there is no record \(n) above it"
    throw Message(text: "undo \(n) takes back a record that is no longer in the journal (\(now), and no line has fingerprint \(ref)); a line was edited or deleted by hand: restore it, or delete this undo line")
  }

  static let verbs = ["result", "done", "book", "reschedule", "lead", "undo"]

  static func day(_ text: String, _ what: String) throws(Message) -> Day {
    guard let d = Day(iso: text) else { throw Message(text: "\(what) \(YAMLText.quoted(text)) \(DateSpelling.notADate(text))") }
    guard PlannableDates.contains(d) else { throw Message(text: "\(what) '\(d)' is outside the dates planner can plan (\(PlannableDates.summary))") }
    return d
  }

  static func exam(_ text: String) throws(Message) -> Exam {
    guard let e = Exam(rawValue: text) else { throw Message(text: "unknown exam '\(text)' (step1, step2ck, step3, oet)") }
    return e
  }
}
