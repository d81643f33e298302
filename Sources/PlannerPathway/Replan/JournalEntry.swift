public import PlannerCore
public import PlannerRules

/// One line of the journal: what the applicant recorded, and on which day they recorded it.
public struct JournalEntry: Hashable, Sendable {
  public enum Action: Hashable, Sendable {
    /// A sitting of an exam and how it went.
    case result(Exam, Attempt.Result, on: Day, score: Int?)
    /// A document or milestone done, by task id.
    case done(String, on: Day)
    /// A test date booked.
    case book(Exam, for: Day)
    /// A booked test date moved.
    case reschedule(Exam, from: Day, to: Day)
    /// A lead time the applicant now knows (e.g. their ministry's Statement of Need takes 90 days).
    case lead(String, days: Int)
    /// Takes back the record with this number; `ref` is that record's fingerprint, so a hand
    /// edit that renumbers the journal cannot make the undo take back a different record.
    case undo(Int, ref: String?)
  }

  /// The day the record was made (`--today`, or the local date).
  public var recordedOn: Day
  public var action: Action

  public init(recordedOn: Day, _ action: Action) {
    self.recordedOn = recordedOn
    self.action = action
  }

  /// The journal line, parsed back by `JournalParser` (one record per line, words and ISO dates).
  public var line: String {
    let head = recordedOn.description + " "
    switch action {
    case .result(let exam, let result, let day, let score):
      return head + "result \(exam.rawValue) \(result.rawValue) on \(day)" + (score.map { " score \($0)" } ?? "")
    case .done(let id, let day): return head + "done \(id) on \(day)"
    case .book(let exam, let day): return head + "book \(exam.rawValue) for \(day)"
    case .reschedule(let exam, let from, let to): return head + "reschedule \(exam.rawValue) from \(from) to \(to)"
    case .lead(let key, let days): return head + "lead \(key) \(days) days"
    case .undo(let n, let ref): return head + "undo \(n)" + (ref.map { " ref \($0)" } ?? "")
    }
  }

  /// A short, stable fingerprint of the record (FNV-1a over its line): what an undo names.
  public var fingerprint: String {
    var hash: UInt32 = 2_166_136_261
    for byte in line.utf8 {
      hash ^= UInt32(byte)
      hash = hash &* 16_777_619
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }

  /// Plain words for `history` and confirmations.
  public var summary: String {
    switch action {
    case .result(let exam, let result, let day, let score):
      return "\(exam.title) \(result.rawValue) on \(day)" + (score.map { ", score \($0)" } ?? "")
    case .done(let id, let day): return "\(id) done on \(day)"
    case .book(let exam, let day): return "\(exam.title) booked for \(day)"
    case .reschedule(let exam, let from, let to): return "\(exam.title) moved from \(from) to \(to)"
    case .lead(let key, let days): return "lead time \(key): \(days) days"
    case .undo(let n, _): return "took back record \(n)"
    }
  }

  public var isUndo: Bool {
    if case .undo = action { return true }
    return false
  }
}
