public import PlannerCore
import PlannerRules

/// What the applicant recorded after writing their profile: results, bookings, moves, documents.
///
/// The journal is append-only: record N is its Nth line that is not a comment, and `undo N`
/// takes record N back by adding a line (naming the record's fingerprint) rather than deleting
/// one, so the file's history reads like a diary and diffs cleanly. Merging it into the profile
/// is a pure function.
public struct Journal: Hashable, Sendable {
  public var entries: [JournalEntry]
  /// The line each entry came from (1-based), for diagnostics.
  public var lines: [Int]

  public init(entries: [JournalEntry] = [], lines: [Int]? = nil) {
    self.entries = entries
    self.lines = lines ?? entries.indices.map { $0 + 1 }
  }

  public static let header = """
    # planner journal: what you recorded after writing your profile, one record per line, newest
    # last. Written by `planner record`, `book`, `reschedule` and `undo` (which adds an "undo N"
    # line rather than deleting one). Your profile is never rewritten.

    """

  /// Whether each record is in force as of `today` (all records when nil). An undo in force
  /// takes its target out; an undo taken back by a later undo does nothing, so undoing an undo
  /// puts the record back. Records dated after `today` are not in force yet.
  public func inForce(asOf today: Day? = nil) -> [Bool] {
    var result = entries.map { e in today.map { e.recordedOn <= $0 } ?? true }
    // Undos only point backwards, so deciding from the newest down settles each one first.
    for i in entries.indices.reversed() where result[i] {
      if case .undo(let n, _) = entries[i].action, n >= 1, n <= i { result[n - 1] = false }
    }
    return result
  }

  /// Record number (1-based) → the number of the undo in force that took it back.
  public func undone(asOf today: Day? = nil) -> [Int: Int] {
    let live = inForce(asOf: today)
    var result: [Int: Int] = [:]
    for (i, entry) in entries.enumerated() where live[i] {
      if case .undo(let n, _) = entry.action { result[n] = i + 1 }
    }
    return result
  }

  /// The records still in force, in order. Records made after `today` are left out, so planning
  /// as of an earlier day shows what was known then.
  public func effective(asOf today: Day) -> [JournalEntry] {
    let live = inForce(asOf: today)
    return entries.indices.filter { live[$0] && !entries[$0].isUndo }.map { entries[$0] }
  }

  /// The newest record still in force that is not itself an undo: what a bare `undo` takes back.
  public func lastUndoable(asOf today: Day) -> Int? {
    let live = inForce(asOf: today)
    return entries.indices.last { live[$0] && !entries[$0].isUndo }.map { $0 + 1 }
  }

  /// The record `undo` (nil: the newest in force) or `undo N` takes back, or why there is none.
  public func undoTarget(_ requested: Int?, asOf today: Day) -> Result<Int, RecordError> {
    let later = entries.indices.filter { entries[$0].recordedOn > today }.map { $0 + 1 }
    let dated = later.isEmpty ? "" : "; \(Self.numbers(later)) \(later.count == 1 ? "is" : "are") dated after today (\(today)) and not in force yet"
    guard let n = requested else {
      if let n = lastUndoable(asOf: today) { return .success(n) }
      return .failure(RecordError(entries.isEmpty ? "nothing to undo: nothing is recorded yet" : "nothing to undo: no record is in force as of \(today)\(dated)"))
    }
    guard n >= 1 && n <= entries.count else {
      return .failure(RecordError("there is no record \(n): the journal has \(entries.count) (`planner history` lists them)"))
    }
    if entries[n - 1].recordedOn > today {
      return .failure(RecordError("record \(n) is dated \(entries[n - 1].recordedOn), after today (\(today)); it is not in force yet, so there is nothing to take back"))
    }
    if let by = undone(asOf: today)[n] {
      return .failure(RecordError("record \(n) (\(entries[n - 1].summary)) was already taken back by record \(by); `planner undo \(by)` puts it back"))
    }
    return .success(n)
  }

  static func numbers(_ ns: [Int]) -> String {
    ns.count == 1 ? "record \(ns[0])" : "records " + ns.map(String.init).joined(separator: ", ")
  }

  /// The canonical text of every record, for the saved plan's check that it still matches.
  public var tag: JournalTag { JournalTag(entries) }

  /// The profile with every record in force applied, oldest first.
  public func apply(to profile: Profile, asOf today: Day) -> Profile {
    // When the booking in force was recorded, per exam: a Step has one appointment at a time,
    // so a booking already recorded on the day of a sitting was that sitting's (moved by the
    // centre, or typed for the day it was taken), not a retake, even when it is dated later.
    var bookedOn: [Exam: Day] = [:]
    return effective(asOf: today).reduce(profile) { profile, entry in
      var p = profile
      switch entry.action {
      case .book(let exam, _), .reschedule(let exam, _, _):
        bookedOn[exam] = entry.recordedOn
      case .result(let exam, _, let day, _):
        if let on = bookedOn.removeValue(forKey: exam), on <= day, let booked = p.record(exam).booked, booked > day {
          var record = p.record(exam)
          record.booked = nil
          p.exams[exam] = record
        }
      default:
        break
      }
      return Self.apply(entry.action, to: p)
    }
  }

  /// One record applied to a profile.
  public static func apply(_ action: JournalEntry.Action, to profile: Profile) -> Profile {
    var p = profile
    switch action {
    case .result(let exam, let result, let day, let score):
      var record = p.record(exam)
      record.attempts.removeAll { $0.date == day && $0.result == .pending }
      record.attempts.append(Attempt(date: day, result: result, score: score))
      record.attempts.sort { $0.date < $1.date }
      // The booking was for this sitting; a later booking (a retake already booked) stays.
      if let booked = record.booked, booked <= day { record.booked = nil }
      // A ready-by date already past described the sitting just taken. Study weeks stay: they are
      // the profile's word (counted from today) and the user edits them for the retake.
      if result != .pass, let ready = record.readyBy, ready <= day { record.readyBy = nil }
      p.exams[exam] = record
    case .done(let id, let day):
      p.done[id] = day
    case .book(let exam, let day), .reschedule(let exam, _, let day):
      var record = p.record(exam)
      record.booked = day
      p.exams[exam] = record
    case .lead(let key, let days):
      p.leadTimes[key] = days
    case .undo:
      break
    }
    return p
  }

  /// The text of the journal with one more record appended (the header first if it is new),
  /// in the line ending the file already uses, so a CRLF journal stays CRLF.
  public static func appending(_ entry: JournalEntry, to text: String) -> String {
    let newline = text.contains("\r\n") ? "\r\n" : text.unicodeScalars.contains("\r") ? "\r" : "\n"
    var base = text.isEmpty ? header : text
    if let last = base.unicodeScalars.last, last != "\n" && last != "\r" { base += newline }
    return base + entry.line + newline
  }
}
