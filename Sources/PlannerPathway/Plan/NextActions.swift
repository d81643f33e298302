public import PlannerCore

/// What to do in the next days, as a pure value of a plan: work that is overdue, what to start or
/// do (with its latest safe start and what it unblocks), the gates coming up and the bookings.
/// `planner next`, the plan's Next block, the calendar's latest-start reminders and the HTML
/// report all read this.
public struct NextActions: Sendable {
  public struct Item: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
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
    /// The command that records it: `planner record eras.photo done --date today`.
    public var command: String
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

    func command(_ t: ScheduledTask, action: TaskAction?, date: Day? = nil) -> String {
      switch action?.record ?? .done {
      case .done: return "planner record \(t.id) done --date today" + suffix
      case .result(let exam): return "planner record \(exam.rawValue) pass|fail --date \(date ?? t.start)" + suffix
      case .book(let exam):
        let planned = s.task("\(exam.rawValue).exam")?.start ?? t.lastDay
        return "planner book \(exam.rawValue) --date \(planned)" + suffix
      }
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
          unblocks: [], command: "planner record \(exam.rawValue) pass|fail --date \(late.since)" + suffix))
        seen.insert(late.taskID)
        continue
      }
      guard let action = TaskActions.action(for: ref(t)) else { continue }
      let room = [t.float, t.targetFloat].compactMap { $0 }.min()
      items.append(Item(
        kind: .overdue, date: late.since, taskID: t.id,
        text: "\(action.action): \(late.reason) (\(Explain.days(late.days)) overdue); \(action.outcome) by \(t.lastDay)" + Self.latestClause(t.start, room),
        headline: action.action, latestStart: room.map { t.start + max(0, $0) }, float: room, unblocks: successors[t.id] ?? [],
        command: command(t, action: action)))
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
          unblocks: successors[t.id] ?? [], command: command(t, action: action)))
        continue
      }
      guard let action else { continue }
      let room = [t.float, t.targetFloat].compactMap { $0 }.min()
      let latest = room.map { t.start + max(0, $0) }
      var text = "\(action.action): \(action.outcome) by \(t.lastDay)" + Self.latestClause(t.start, room)
      let next = successors[t.id] ?? []
      if !next.isEmpty { text += "; unblocks " + next.joined(separator: ", ") }
      items.append(Item(
        kind: .start, date: t.start, taskID: t.id, text: text, headline: action.action, latestStart: latest, float: room,
        unblocks: next, command: command(t, action: action)))
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
        headline: "\(label): \(t.task.name)", float: g.room, unblocks: [], command: command(t, action: TaskActions.action(for: ref(t)), date: t.start)))
    }
    let order: [Item.Kind: Int] = [.overdue: 0, .start: 1, .booking: 2, .deadline: 3, .target: 4]
    self.items = items.sorted { ($0.date, order[$0.kind] ?? 9, $0.float ?? 0, $0.taskID) < ($1.date, order[$1.kind] ?? 9, $1.float ?? 0, $1.taskID) }
  }

  /// "; latest safe start 2027-02-10 (77 days of float)", or that there is no room.
  static func latestClause(_ start: Day, _ room: Int?) -> String {
    guard let room else { return "" }
    return room <= 0 ? "; no room: start now" : "; latest safe start \(start + room) (\(Explain.days(room)) of float)"
  }

  /// The text list: one line per item, ending with the command that records it.
  public func lines(limit: Int? = nil, short: Bool = false) -> [String] {
    let shown = limit.map { Array(items.prefix($0)) } ?? items
    return shown.map { item in
      let mark: String
      switch item.kind {
      case .overdue: mark = "overdue "
      case .start: mark = "do      "
      case .booking: mark = "booked  "
      case .deadline: mark = "deadline"
      case .target: mark = "target  "
      }
      return "  \(item.date)  \(mark)  \(short ? item.headline : item.text)  → \(item.command)"
    }
  }

  /// The short block that heads `plan`'s text output.
  public func block(limit: Int = 4) -> String {
    var out = ["Next (\(today) → \(until)):"]
    out += items.isEmpty ? ["  nothing to start or record"] : lines(limit: limit, short: true)
    if items.count > limit { out.append("  … and \(items.count - limit) more: `planner next` lists them") }
    return out.joined(separator: "\n") + "\n"
  }

  /// The whole list for `planner next`.
  public func text(title: String) -> String {
    var out = [title]
    out += items.isEmpty ? ["Nothing to start or record before \(until)."] : lines()
    return out.joined(separator: "\n") + "\n"
  }

  public func json(header: [(String, JSONValue)]) -> JSONValue {
    .object(header + [
      ("today", .string(today.description)),
      ("until", .string(until.description)),
      ("items", .array(items.map { item in
        .object([
          ("kind", .string(item.kind.rawValue)),
          ("date", .string(item.date.description)),
          ("taskId", .string(item.taskID)),
          ("text", .string(item.text)),
          ("latestStart", item.latestStart.map { .string($0.description) } ?? .null),
          ("float", item.float.map { .int($0) } ?? .null),
          ("unblocks", .array(item.unblocks.map { .string($0) })),
          ("command", .string(item.command)),
        ])
      })),
    ])
  }
}
