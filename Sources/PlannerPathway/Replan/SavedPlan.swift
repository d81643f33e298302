internal import Foundation
public import PlannerCore

/// The saved plan beside the profile (`me.plan.json`): the baseline `record` and `diff` compare
/// with. One typed schema, read and written by the same Codable code (README: "The saved plan").
///
/// It is a cache of the journal, never the truth: it names the journal it was made from
/// (`journal`), and a saved plan whose journal has changed since (a crash between the two writes,
/// a hand edit) is not trusted: the baseline is then rebuilt from the journal itself.
public struct SavedPlan: Hashable, Sendable, Codable {
  public static let currentSchema = "planner-saved-plan/2"

  public struct Task: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    /// Absent for a task done on a day nobody gave (files of earlier versions carry a made-up one).
    public var start: Day?
    /// Inclusive last day; absent when `start` is.
    public var finish: Day?
    /// null for a done task in files written by `plan --format json`.
    public var totalFloat: Int?
    /// A `TaskStatus.code`: the strings planner has always written, so older files load.
    public var status: String
    /// The day an overdue task should have started, written only when it is not `start` (a task
    /// whose window opened before today: `OverdueWork`). The plan's JSON carries the same object.
    public var overdue: Overdue?
  }

  /// `{"since": DAY}`: `PlanReport`'s `overdue` object, of which only the day is kept.
  public struct Overdue: Hashable, Sendable, Codable {
    public var since: Day
  }

  public struct TargetMiss: Hashable, Sendable, Codable {
    public var taskId: String
    public var daysLate: Int
  }

  /// `planner-saved-plan/2`; absent in files written by planner 0.1 (the plan's JSON), which
  /// decode too but carry no journal tag.
  public var schema: String?
  /// The journal the plan was made from (nil in files written by planner 0.1).
  public var journal: JournalTag?
  public var matchYear: Int
  public var today: Day
  public var feasible: Bool
  public var slackDays: Int
  public var earliestFeasibleMatchYear: Int?
  public var tasks: [Task]
  public var targetMisses: [TargetMiss]

  public init(_ result: PlanResult, journal: JournalTag) {
    let snapshot = PlanSnapshot(result)
    schema = Self.currentSchema
    self.journal = journal
    matchYear = snapshot.matchYear
    today = snapshot.today
    feasible = snapshot.feasible
    slackDays = snapshot.slack
    earliestFeasibleMatchYear = snapshot.earliestFeasibleMatchYear
    tasks = snapshot.tasks.map { t in
      var since: Overdue?
      if case .shouldHaveStarted(let day) = t.status, day != t.start { since = Overdue(since: day) }
      return Task(id: t.id, name: t.name, start: t.start, finish: t.finish, totalFloat: t.totalFloat, status: t.status.code, overdue: since)
    }
    targetMisses = snapshot.targetMisses.sorted { $0.key < $1.key }.map { TargetMiss(taskId: $0.key, daysLate: $0.value) }
  }

  public var snapshot: PlanSnapshot {
    PlanSnapshot(
      matchYear: matchYear, today: today, feasible: feasible, slack: slackDays, earliestFeasibleMatchYear: earliestFeasibleMatchYear,
      tasks: tasks.map { t in
        // "done (date not given)" in a file of an earlier version still carries a made-up date: dropped.
        let status = TaskStatus(code: t.status, start: t.overdue?.since ?? t.start) ?? .planned
        let dated = status != .doneUndated
        return PlanSnapshot.Task(id: t.id, name: t.name, start: dated ? t.start : nil, finish: dated ? t.finish : nil, totalFloat: t.totalFloat ?? 0, status: status)
      },
      targetMisses: Dictionary(targetMisses.map { ($0.taskId, $0.daysLate) }, uniquingKeysWith: max))
  }

  /// The file's text: sorted keys, two-space indentation, a final newline; byte-identical for
  /// the same plan.
  public func encoded() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain strings, numbers and dates cannot fail.
    guard let data = try? encoder.encode(self) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// Reads the file's text, or says in one line why it is not a saved plan.
  public static func decode(_ text: String, file: String) throws(JournalError) -> SavedPlan {
    do {
      let plan = try JSONDecoder().decode(SavedPlan.self, from: Data(text.utf8))
      if let schema = plan.schema, schema != currentSchema {
        throw JournalError([.init(file: file, line: 1, message: "is a saved plan of another format ('\(schema)'); delete it and `planner diff --save` writes it again")])
      }
      return plan
    } catch let error as JournalError {
      throw error
    } catch {
      throw JournalError([.init(file: file, line: 1, message: "is not a saved plan (damaged?); delete it and the next `planner record` or `planner diff --save` writes it again")])
    }
  }
}
