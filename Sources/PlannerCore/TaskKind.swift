/// What a task is, as a set: an exam, a study block, a window that runs its course, a deadline,
/// a document, a visa step, a milestone, an action the applicant takes, a gate of the cycle,
/// a task of the applicant's own. Code tests membership (`kind.contains(.exam)`), never words;
/// the views write each kind with the one word of `words` (JSON `categories`, the CSV, the
/// calendar's CATEGORIES).
public struct TaskKind: OptionSet, Hashable, Sendable {
  public let rawValue: UInt16

  public init(rawValue: UInt16) { self.rawValue = rawValue }

  public static let exam = TaskKind(rawValue: 1 << 0)
  public static let visa = TaskKind(rawValue: 1 << 1)
  public static let document = TaskKind(rawValue: 1 << 2)
  public static let deadline = TaskKind(rawValue: 1 << 3)
  public static let gate = TaskKind(rawValue: 1 << 4)
  public static let milestone = TaskKind(rawValue: 1 << 5)
  public static let action = TaskKind(rawValue: 1 << 6)
  public static let window = TaskKind(rawValue: 1 << 7)
  public static let study = TaskKind(rawValue: 1 << 8)
  /// A task the applicant added in the profile (`tasks:`).
  public static let personal = TaskKind(rawValue: 1 << 9)

  /// Each kind's word, in the order the outputs write them: the order the builder listed them
  /// in when they were strings (`["visa", "document"]`, `["deadline", "gate"]`, …), so the JSON
  /// and calendar goldens keep their bytes.
  public static let words: [(kind: TaskKind, word: String)] = [
    (.exam, "exam"), (.visa, "visa"), (.document, "document"), (.deadline, "deadline"), (.gate, "gate"),
    (.milestone, "milestone"), (.action, "action"), (.window, "window"), (.study, "study"), (.personal, "personal"),
  ]

  /// The words of the kinds in this set, in `words` order.
  public var names: [String] { Self.words.filter { contains($0.kind) }.map(\.word) }
}
