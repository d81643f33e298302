public import PlannerCore
import PlannerRules

/// What to do in the next days, as a pure value of a plan: work that is overdue, what to start or
/// do (with its latest safe start and what it unblocks), the gates coming up and the bookings.
/// `planner next`, the plan's Next block, the calendar's latest-start reminders and the HTML
/// report all read this.
public struct NextActions: Sendable {
  public struct Item: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
      /// A finding that stops the plan (`planner check`'s blockers): it comes before any work.
      case blocker
      /// A planned start that has passed with nothing recorded.
      case overdue
      /// Start or do it in the window.
      case start
      /// A hard deadline or soft target in (or just after) the window.
      case deadline
      case target
      /// A booked exam or fixed date coming up.
      case booking
    }

    public var kind: Kind
    /// The day the line is sorted by: the overdue start, the planned start, the gate, the booking.
    public var date: Day
    public var taskID: String
    /// The action in words: "Ask three letter writers now: letters should be uploaded by 2027-09-01".
    public var text: String
    /// The action alone, for the plan's short Next block: "Ask three letter writers now".
    public var headline: String
    /// The latest start that keeps every gate (its float), for work to start.
    public var latestStart: Day?
    public var float: Int?
    /// The tasks that wait for this one.
    public var unblocks: [String]
    /// The command that records it and when to run it (`RecordSuggestion`); nil when there is
    /// nothing for the applicant to record (Match Day, the residency start).
    public var record: RecordSuggestion?
    /// The command alone: `planner record eras.photo done --date today`.
    public var command: String? { record?.command }
  }

  public var today: Day
  /// The last day of the window.
  public var until: Day
  public var items: [Item]

  /// - Parameters:
  ///   - days: the window, from today.
  ///   - baseline: the saved plan, when there is one: its starts that have passed with nothing
  ///     recorded are overdue.
  ///   - profileArgument: appended to every command (`--profile me.yaml`) when the profile had to
  ///     be named; nil when planner finds it by itself.
  public init(_ r: PlanResult, profile: Profile, days: Int, baseline: PlanSnapshot? = nil, profileArgument: String? = nil) {
    let s = r.schedule
    today = r.today
    until = r.today + max(0, days)
    let suffix = profileArgument.map { " --profile \($0)" } ?? ""
    let successors = Dictionary(grouping: r.graph.dependencies, by: \.predecessor).mapValues { $0.map(\.successor) }
    var items: [Item] = []
    var seen = Set<String>()

    // The day a command names: the planned last day of work, the exam day of a result or a booking.
    func command(_ t: ScheduledTask, action: TaskAction?) -> RecordSuggestion? {
      let catalogue = PathwayTasks.task(t.id)
      guard let subject = RecordSuggestion.subject(taskID: t.id, action: action, kind: catalogue?.kind, state: t.task.state) else { return nil }
      let day: Day
      switch subject {
      case .done: day = t.lastDay
      case .result(let exam), .book(let exam):
        day = t.id == "\(exam.rawValue).exam" ? t.start : s.task("\(exam.rawValue).exam")?.start ?? t.lastDay
      }
      return RecordSuggestion.choose(subject, day: day, today: r.today, profileSuffix: suffix)
    }
    func ref(_ t: ScheduledTask) -> PlanTaskRef {
      PlanTaskRef(id: t.id, name: t.task.name, isOwn: t.task.group == Phase.own.rawValue)
    }

    // Overdue work, by the one definition every output uses (`OverdueWork`).
    let overdue = OverdueWork.find(r, profile: profile, baseline: baseline)
    for late in overdue.values.sorted(by: { ($0.since, $0.taskID) < ($1.since, $1.taskID) }) {
      guard let t = s.task(late.taskID) else { continue }
      if late.basis == .bookedExam, let exam = Exam(rawValue: String(late.taskID.dropLast(".exam".count))) {
        items.append(Item(
          kind: .overdue, date: late.since, taskID: late.taskID,
          text: "Record your \(exam.title) result: the exam was booked for \(late.since) and nothing is recorded",
          headline: "Record your \(exam.title) result",
          unblocks: [], record: RecordSuggestion.choose(.result(exam), day: late.since, today: r.today, profileSuffix: suffix)))
        seen.insert(late.taskID)
        continue
      }
      guard let action = TaskActions.action(for: ref(t)) else { continue }
      let latest = LatestSafeStart(t, in: s)
      // A study block kept at its saved start: its room is counted from today, for an applicant
      // who has not begun (`UnrecordedStudyStart`; the verdict says what the year becomes).
      let kept = profile.keptStudyStarts[t.id] == late.since && t.task.fixedStart == late.since
      let clause = kept ? latest.map { Self.roomFromToday($0.day, today: r.today) } ?? "" : latest?.clause ?? ""
      items.append(Item(
        kind: .overdue, date: late.since, taskID: t.id,
        text: "\(action.action): \(late.reason) (\(Explain.days(late.days)) overdue); \(action.outcome) by \(t.lastDay)" + clause,
        headline: action.action, latestStart: latest?.day, float: latest?.float, unblocks: successors[t.id] ?? [],
        record: command(t, action: action)))
      seen.insert(t.id)
    }
    // Work to start or do in the window (in progress included), and bookings coming up.
    for t in s.tasks where t.task.state != .done && !seen.contains(t.id) && t.start <= until && t.lastDay >= r.today {
      let action = TaskActions.action(for: ref(t))
      if t.task.state == .booked {
        guard t.start >= r.today else { continue }
        items.append(Item(
          kind: .booking, date: t.start, taskID: t.id,
          text: "\(t.task.name) on \(t.start)" + (action.map { ": \($0.action)" } ?? ""),
          headline: "\(t.task.name) on \(t.start)",
          unblocks: successors[t.id] ?? [], record: command(t, action: action)))
        continue
      }
      guard let action else { continue }
      let latest = LatestSafeStart(t, in: s)
      var text = "\(action.action): \(action.outcome) by \(t.lastDay)" + (latest?.clause ?? "")
      let next = successors[t.id] ?? []
      // Names in the sentence; the ids stay in JSON's `unblocks` (issue 25 §5).
      if !next.isEmpty { text += "; unblocks " + next.map { s.task($0)?.task.name ?? $0 }.joined(separator: ", ") }
      items.append(Item(
        kind: .start, date: t.start, taskID: t.id, text: text, headline: action.action, latestStart: latest?.day, float: latest?.float,
        unblocks: next, record: command(t, action: action)))
    }
    // Gates in the window or just after it; the next one anyway, so the list is never silent about it.
    let horizon = until + max(14, days / 2)
    let open = r.margin.gates.filter { $0.date >= r.today && $0.kind != .fixed }
    let near = open.filter { $0.date <= horizon }
    for g in near.isEmpty ? Array(open.prefix(1)) : near {
      guard let t = s.task(g.taskID) else { continue }
      let room = g.room < 0 ? "\(Explain.days(-g.room)) late" : "\(Explain.days(g.room)) to spare"
      let label = g.kind == .target ? "Target" : "Deadline"
      items.append(Item(
        kind: g.kind == .target ? .target : .deadline, date: g.date, taskID: g.taskID,
        text: (g.what.hasPrefix("the ") ? "\(label) for \(t.task.name)" : "\(label): \(g.what) (\(t.task.name))") + ": planned \(t.lastDay), \(room)",
        headline: "\(label): \(t.task.name)", float: g.room, unblocks: [], record: command(t, action: TaskActions.action(for: ref(t)))))
    }
    // What blocks the plan comes first. When it leaves no Match year open at all, the work of
    // this plan's year is moot: listing letters and photos as overdue would say otherwise.
    let blockers = r.findings.filter { $0.severity == .blocker }
    if !blockers.isEmpty && r.earliestFeasibleMatchYear == nil { items = [] }
    for finding in blockers {
      items.append(Item(
        kind: .blocker, date: r.today, taskID: finding.code.string,
        text: finding.message + (finding.action.isEmpty ? "" : " — \(finding.action)"),
        headline: finding.action.isEmpty ? finding.message : Self.sentenceCase(finding.action) + " (\(finding.code.string))",
        unblocks: [], record: nil))
    }
    let order: [Item.Kind: Int] = [.blocker: 0, .overdue: 1, .start: 2, .booking: 3, .deadline: 4, .target: 5]
    // Blockers lead whatever their date; the rest by date.
    func rank(_ item: Item) -> Int { item.kind == .blocker ? 0 : 1 }
    self.items = items.sorted { (rank($0), $0.date, order[$0.kind] ?? 9, $0.float ?? 0, $0.taskID) < (rank($1), $1.date, order[$1.kind] ?? 9, $1.float ?? 0, $1.taskID) }
  }

  /// "Speak to ECFMG about your options" from a finding's action clause.
  static func sentenceCase(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// "; if you have not begun, begin by 2027-02-10 (25 days from today)", or how far past that day
  /// today is.
  static func roomFromToday(_ latest: Day, today: Day) -> String {
    latest >= today
      ? "; if you have not begun, begin by \(latest) (\(Explain.days(latest - today)) from today)"
      : "; if you have not begun, today is \(Explain.days(today - latest)) past its latest safe start (\(latest))"
  }
}
