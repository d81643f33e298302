public import PlannerRules

/// One task the pathway builder can produce, with everything other parts of planner key by its
/// id: what the applicant does (the words of `planner next`), what a calendar reminder says, the
/// lead time its length comes from, and the gate phrase the verdict uses when its deadline or
/// target is the one that decides. The ids are the JSON and calendar ids: they never change.
public struct PathwayTask: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    /// Paperwork the applicant does or asks for.
    case document
    /// Study, an exam, or its scheduling.
    case exam
    /// Someone else's step: a review, a result, a release, a date.
    case others
    /// A day in the calendar: Match Day, the residency start.
    case milestone
  }

  public var id: String
  public var kind: Kind
  /// What the applicant does, nil for the work of others.
  public var action: TaskAction?
  /// What its calendar reminder tells the applicant to do, if it has one.
  public var reminder: String?
  /// The event on the day its window opens, if it has one.
  public var opening: String?
  /// The exam whose attempt chain it belongs to: its calendar key carries the attempt number.
  public var examChain: Exam? { chain?.exam }
  /// The exam and the step of its chain, for an exam's preparation, application, period, sitting or result.
  public var chain: (exam: Exam, part: ExamPart)?

  /// The steps of an exam's chain, as the last part of their ids (`step1.window`).
  public enum ExamPart: String, Hashable, Sendable, CaseIterable {
    case prep, register, window, exam, result
  }

  public static func == (a: PathwayTask, b: PathwayTask) -> Bool { a.id == b.id }
  public func hash(into h: inout Hasher) { h.combine(id) }
  /// The `lead_times` key its length comes from, if any.
  public var leadTimeKey: String?
  /// What its hard deadline means in the verdict ("ECFMG must verify your exams").
  public var gate: String?
  /// What its soft target means, when that differs from `gate`.
  public var target: String?
  /// Its deadline can decide the Match year: the applicant's work must reach it by Match Day.
  public var decidesMatchYear: Bool

  init(
    _ id: String, _ kind: Kind, action: TaskAction? = nil, reminder: String? = nil, opening: String? = nil, chain: Exam? = nil,
    lead: String? = nil, gate: String? = nil, target: String? = nil, decides: Bool = false
  ) {
    self.id = id
    self.kind = kind
    self.action = action
    self.reminder = reminder
    self.opening = opening
    // The chain part is the id's last component; the catalogue test checks every entry.
    self.chain = chain.flatMap { exam in ExamPart(rawValue: String(id.split(separator: ".").last ?? "")).map { (exam, $0) } }
    self.leadTimeKey = lead
    self.gate = gate
    self.target = target
    self.decidesMatchYear = decides
  }
}
