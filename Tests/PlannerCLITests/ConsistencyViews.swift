import Foundation
import PlannerCore
import PlannerICal
import PlannerRender
import PlannerPathway
import PlannerRules

@testable import planner

/// Each view of one generated applicant, rendered through the code its command uses, and the
/// facts the consistency suite reads back from it (`ConsistencyTests`).
enum ConsistencyViews {
  // MARK: The plan

  /// `planner plan --format table` (the verdict header, the table, the footer), plain text.
  static func planText(_ c: ConsistencyCase) -> String {
    let next = NextActions(c.result, profile: c.profile, days: 30, baseline: c.baseline)
    return PlanOutput.render(c.result, profile: c.profile, notice: nil, next: next, format: .table, width: 120, ascii: true, color: false).text
  }

  /// `planner plan --format json`, parsed.
  static func planJSON(_ c: ConsistencyCase) throws -> [String: Any] {
    let text = PlanOutput.render(c.result, profile: c.profile, notice: nil, format: .json, width: 120, ascii: true, color: false).text
    return try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
  }

  /// The verdict block of the plan's text: the "Verdict:" line and the lines indented under it.
  static func verdictBlock(_ text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(where: { $0.hasPrefix("Verdict:") }) else { return "" }
    let rest = lines[(start + 1)...].prefix { $0.hasPrefix("  ") }
    return ([lines[start]] + rest).joined(separator: "\n")
  }

  /// What a plan's `Verdict` says (the reference every view is read against).
  static func reading(_ r: PlanResult) -> VerdictReading {
    let v = r.verdict
    return VerdictReading(status: v.status.rawValue, holds: v.holds, year: v.matchYear, marginDays: v.marginDays, earliest: .some(v.earliestFeasibleYear))
  }

  /// Milestones whose dates two plans of one applicant must share.
  static let milestones = [
    "step1.exam", "step2ck.exam", "oet.exam", "step3.exam", "ecfmg.verified", "ecfmg.certificate", "eras.submit", "nrmp.ranking", "match.day",
  ]

  /// How two plans of the same applicant differ: verdict, year, margin, milestone dates (nil: not at all).
  static func difference(_ a: PlanResult, _ b: PlanResult) -> String? {
    var out: [String] = []
    if let d = reading(a).disagreement(with: reading(b)) { out.append(d) }
    for id in milestones {
      let x = a.schedule.task(id), y = b.schedule.task(id)
      if x?.start != y?.start { out.append("\(id) \(x?.start.description ?? "absent") vs \(y?.start.description ?? "absent")") }
    }
    return out.isEmpty ? nil : "what-if: " + out.joined(separator: ", ") + " (what-if first, the changed applicant's plan second)"
  }

  // MARK: Gates

  /// Task id → the hard gates downstream of it: tasks with a hard deadline, dates the cycle
  /// fixes before residency starts (the Rank Order List deadline, Match Day) and booked exams,
  /// each with its day.
  /// With `finishBound`, a task that reaches a gate only as the predecessor of a start-to-start
  /// link (Step 2 CK preparation → its registration → the Pathway application) is bound at its
  /// start, not its finish, so the gate is not listed for it; its own predecessors are.
  static func hardGates(_ r: PlanResult, finishBound: Bool = false) -> [String: [(String, Day)]] {
    var own: [String: Day] = [:]
    for t in r.schedule.tasks where t.task.state != .done {
      if let d = t.task.deadline, t.task.fixedStart == nil { own[t.id] = d }
      if let fixed = t.task.fixedStart, t.task.state == .planned || t.task.duration == 0, t.id != PathwayTask.residencyStart.id, t.task.isMilestone {
        own[t.id] = min(own[t.id] ?? fixed, fixed)
      }
      if let fixed = t.task.fixedStart, t.task.state == .booked { own[t.id] = min(own[t.id] ?? fixed, fixed) }
    }
    let predecessors = Dictionary(grouping: r.graph.dependencies, by: \.successor).mapValues { $0.map { ($0.predecessor, finishBound && $0.kind == .startToStart) } }
    var out: [String: [(String, Day)]] = [:]
    for (gate, day) in own {
      var seen: Set<String> = []
      var startOnly: Set<String> = []
      var stack = predecessors[gate] ?? []
      while let (id, viaStart) = stack.popLast() {
        if viaStart {
          guard startOnly.insert(id).inserted, !seen.contains(id) else { continue }
        } else {
          guard seen.insert(id).inserted else { continue }
          out[id, default: []].append((gate, day))
        }
        stack += predecessors[id] ?? []
      }
    }
    return out
  }

  // MARK: Latest safe start

  /// `planner next`'s latest safe starts, by task id (the earliest when a task is listed twice).
  static func nextLatestStarts(_ c: ConsistencyCase, days: Int = 3650) -> [String: Day] {
    let next = NextActions(c.result, profile: c.profile, days: days, baseline: c.baseline)
    var out: [String: Day] = [:]
    for item in next.items where item.kind == .start || item.kind == .overdue {
      guard let day = item.latestStart else { continue }
      out[item.taskID] = min(out[item.taskID] ?? day, day)
    }
    return out
  }

  /// The JSON's latest safe start of every task (`latestSafeStart` once the plan carries it, else
  /// the late start).
  static func jsonLatestStarts(_ c: ConsistencyCase) throws -> [String: Day] {
    var out: [String: Day] = [:]
    for task in try planJSON(c)["tasks"] as? [[String: Any]] ?? [] {
      guard let id = task["id"] as? String else { continue }
      let value = task["latestSafeStart"].flatMap { ($0 as? [String: Any])?["date"] ?? $0 } ?? task["lateStart"]
      if let day = (value as? String).flatMap(Day.init(iso:)) { out[id] = day }
    }
    return out
  }

  /// The report's table: each task's start plus its float, by task id (names are matched).
  static func htmlLatestStarts(_ c: ConsistencyCase) -> [String: Day] {
    let html = HTMLReport.render(c.result, options: ReportOptions(profileName: c.profile.name, next: NextActions(c.result, profile: c.profile, days: 30, baseline: c.baseline)))
    guard let body = html.range(of: "<section id=\"tasks\">").map({ html[$0.upperBound...] }) else { return [:] }
    let byName = Dictionary(c.result.schedule.tasks.map { (Markup.escape($0.task.name), $0.id) }, uniquingKeysWith: { a, _ in a })
    var out: [String: Day] = [:]
    for row in body.components(separatedBy: "<tr><td>").dropFirst() {
      let cells = row.components(separatedBy: "</td>").map { $0.replacingOccurrences(of: #"<td[^>]*>"#, with: "", options: .regularExpression) }
      // Task, start, finish, float, latest safe start, status, why (HTMLReport's task table).
      guard cells.count > 4, let safe = Day(iso: cells[4]) else { continue }
      let name = cells[0].replacingOccurrences(of: #"^([●≈★] )+"#, with: "", options: .regularExpression)
      guard let id = byName[name] else { continue }
      out[id] = safe
    }
    return out
  }

  /// The calendar's "Latest safe start" reminders (`plan --ics`, alarms by default: an alarm on the
  /// task's event that rings on the latest safe start, `TRIGGER:P<n>D` after its DTSTART), by
  /// the task whose action they name.
  static func calendarLatestStarts(_ c: ConsistencyCase) throws -> [String: Day] {
    let text = try CalendarText(includeTodos: false, reminderDays: [14, 2], dtstamp: 0).render(c.result, profile: c.profile, previous: nil, previousName: "-")
    let next = NextActions(c.result, profile: c.profile, days: 3650, baseline: c.baseline)
    let byHeadline = Dictionary(next.items.filter { $0.kind == .start || $0.kind == .overdue }.map { ($0.headline, $0.taskID) }, uniquingKeysWith: { a, _ in a })
    var out: [String: Day] = [:]
    let unfolded = text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n", with: "\n")
    for event in unfolded.components(separatedBy: "BEGIN:VEVENT").dropFirst() {
      let parts = event.components(separatedBy: "BEGIN:VALARM")
      guard let start = parts[0].split(separator: "\n").first(where: { $0.hasPrefix("DTSTART") })?.split(separator: ":").last,
        let digits = Optional(String(start)), digits.count == 8,
        let day = Day(iso: "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))")
      else { continue }
      for alarm in parts.dropFirst() {
        let lines = alarm.split(separator: "\n")
        guard let text = lines.first(where: { $0.hasPrefix("DESCRIPTION:Latest safe start: ") }),
          let trigger = lines.first(where: { $0.hasPrefix("TRIGGER:P") && $0.hasSuffix("D") }),
          let after = Int(trigger.dropFirst("TRIGGER:P".count).dropLast())
        else { continue }
        let action = String(text.dropFirst("DESCRIPTION:Latest safe start: ".count)).replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")
        out[byHeadline[action] ?? "action: " + action] = day + after
      }
    }
    return out
  }

  /// The tasks whose latest safe starts differ (nil: none). `onlyShared`: a view that leaves a
  /// reminder out (the calendar, when it is the planned start) is compared where it has one.
  static func mismatch(_ next: [String: Day], _ other: [String: Day], onlyShared: Bool = false) -> String? {
    var out: [String] = []
    for (id, day) in next.sorted(by: { $0.key < $1.key }) {
      guard let o = other[id] else {
        if !onlyShared { out.append("\(id) \(day) in next, absent") }
        continue
      }
      if o != day { out.append("\(id) \(day) in next, \(o)") }
    }
    if onlyShared { out += other.keys.filter { $0.hasPrefix("action: ") }.sorted().map { "\($0) has no task in next" } }
    return out.isEmpty ? nil : out.prefix(3).joined(separator: "; ") + (out.count > 3 ? " (+\(out.count - 3) more)" : "")
  }

  // MARK: Risk

  /// The applicant made certain: every exam passed first time (probability 1), every sampled
  /// duration and result lag fixed at the plan's own figure, no scheduled delay, no
  /// administrative processing.
  static func certain(_ c: ConsistencyCase) -> (Profile, RulesPack) {
    var profile = c.profile
    for exam in Exam.allCases { profile.risk[exam] = PassOverride(first: 1, repeatAttempt: 1) }
    var pack = c.rules
    // The pack's own degenerate model (RiskRules.degenerate, as RiskDegenerateTests use it): the
    // weekly release day and the December freeze go too, since with the lag fixed they are what
    // spreads a result over the week (the plan's result is the test day + usmle_result).
    pack.risk = pack.risk.degenerate { profile.days($0, c.rules.leadTimes) }
    for key in pack.risk.durations.keys {
      pack.risk.durations[key]?.value = .fixed(profile.days(key, pack.leadTimes))
    }
    return (profile, pack)
  }

  /// "P(ready for the 2028 Match) = 95.8%" as printed (HTML tags removed first).
  static func pReady(in text: String) -> String? {
    guard let range = text.range(of: #"P\(ready for the \d{4} Match\) = [0-9.]+%"#, options: .regularExpression) else { return nil }
    return String(text[range])
  }

  /// HTML with its tags removed and its entities read, so the text can be read like the terminal's.
  static func plainText(_ html: String) -> String {
    html.replacingOccurrences(of: "<p", with: "\n<p").replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
      .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
  }
}
