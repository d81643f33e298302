public import PlannerCore

/// What the applicant recorded after writing their profile: results, bookings, moves, documents.
///
/// The journal is append-only: record N is its Nth line that is not a comment, and `undo N`
/// takes record N back by adding a line rather than deleting one, so the file's history reads
/// like a diary and diffs cleanly. Merging it into the profile is a pure function.
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

  /// Record number (1-based) → the number of the undo that took it back.
  public func undone(asOf today: Day? = nil) -> [Int: Int] {
    var result: [Int: Int] = [:]
    for (i, entry) in entries.enumerated() where today.map({ entry.recordedOn <= $0 }) ?? true {
      if case .undo(let n) = entry.action { result[n] = i + 1 }
    }
    return result
  }

  /// The records still in force, in order. Records made after `today` are left out, so planning
  /// as of an earlier day shows what was known then.
  public func effective(asOf today: Day) -> [JournalEntry] {
    let undone = undone(asOf: today)
    return entries.enumerated().filter { i, e in !e.isUndo && undone[i + 1] == nil && e.recordedOn <= today }.map(\.element)
  }

  /// The newest record still in force: what `undo` takes back.
  public func lastUndoable(asOf today: Day) -> Int? {
    let undone = undone(asOf: today)
    return entries.indices.last { !entries[$0].isUndo && undone[$0 + 1] == nil && entries[$0].recordedOn <= today }.map { $0 + 1 }
  }

  /// The profile with every record in force applied, oldest first.
  public func apply(to profile: Profile, asOf today: Day) -> Profile {
    effective(asOf: today).reduce(profile) { Self.apply($1.action, to: $0) }
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

  /// The text of the journal with one more record appended (the header first if it is new).
  public static func appending(_ entry: JournalEntry, to text: String) -> String {
    var base = text.isEmpty ? header : text
    if !base.hasSuffix("\n") { base += "\n" }
    return base + entry.line + "\n"
  }
}
