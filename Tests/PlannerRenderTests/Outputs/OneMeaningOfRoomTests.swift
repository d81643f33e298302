import Foundation
import PlannerCore
import PlannerICal
import PlannerRender
import PlannerPathway
import PlannerRules
import PlannerRulesData
import Testing

/// Issue 20 §3 "One meaning of room": a task's late dates are bounded by every hard gate it feeds,
/// and its latest safe start (`LatestSafeStart`) is one value that JSON, `planner next`, the table,
/// the terminal Gantt, the HTML report and the calendar all show.
struct OneMeaningOfRoomTests {
  static let rules = try! RulesPackDecoder.decode(EmbeddedRules.text, file: EmbeddedRules.fileName)

  static func freshGraduate() -> Profile {
    var fresh = Profile()
    fresh.name = "a fresh graduate (default profile)"
    return fresh
  }

  static func plan(_ profile: Profile, match: Int? = 2028, today: String = "2026-12-07") throws -> PlanResult {
    try PathwayPlanner.plan(profile: profile, rules: rules, matchYear: match, today: Day(iso: today)!)
  }

  /// Contradiction 1: `nrmp.ranking` could finish as late as 2028-06-30 and the interview season
  /// 2028-05-29, after the 2028-03-01 Rank Order List deadline; `step2ck.window` could start on
  /// 2028-04-01 (353 days of float), after the exam it serves and after the deadline.
  @Test func lateDatesStopAtTheRankOrderListDeadline() throws {
    let r = try Self.plan(Self.freshGraduate())
    let s = r.schedule
    let rol = try #require(s.task("nrmp.rol")).start
    #expect(rol.description == "2028-03-01")
    for id in ["nrmp.ranking", "interviews", "step1.window", "step2ck.window"] {
      let t = try #require(s.task(id))
      #expect(t.lateLastDay <= rol, "\(id) late finish \(t.lateLastDay)")
      #expect(t.lateStart <= rol, "\(id) late start \(t.lateStart)")
    }
    // An eligibility period is bounded by the exam it serves.
    for exam in ["step1", "step2ck"] {
      let window = try #require(s.task("\(exam).window")), sitting = try #require(s.task("\(exam).exam"))
      #expect(window.lateStart <= sitting.lateStart)
      #expect(window.lateLastDay <= sitting.lateLastDay)
      #expect(LatestSafeStart(window, in: s)?.protects?.taskID == LatestSafeStart(sitting, in: s)?.protects?.taskID)
    }
    // What the ranking window and the interview season protect is the ROL deadline.
    for id in ["nrmp.ranking", "interviews"] {
      let task = try #require(s.task(id))
      let latest = try #require(LatestSafeStart(task, in: s))
      #expect(latest.protects?.taskID == "nrmp.rol" && latest.protects?.kind == .hard && latest.protects?.date == rol)
    }
    #expect(Self.lateDatesAfterAGateFed(r).isEmpty, "\(Self.lateDatesAfterAGateFed(r))")
  }

  /// Contradiction 2: `step1.prep`'s latest safe start was 2027-02-10 in `next` and only
  /// `lateStart` 2027-05-03 in JSON; ERAS documents showed `+68d*` in the terminal and `+229d` in
  /// the HTML report. Now JSON carries `latestSafeStart`, and every view shows that value.
  @Test func everyViewShowsTheSameLatestSafeStart() throws {
    let profile = Self.freshGraduate()
    let r = try Self.plan(profile)
    let s = r.schedule
    let prepTask = try #require(s.task("step1.prep"))
    let prep = try #require(LatestSafeStart(prepTask, in: s))
    #expect(prep.day.description == "2027-02-10" && prep.float == 65)
    #expect(prep.protects?.taskID == "step2ck.result" && prep.protects?.kind == .soft)
    let views = try Self.views(r, profile: profile)
    #expect(views.json["step1.prep"] == "2027-02-10")
    #expect(views.next["step1.prep"] == "2027-02-10")
    #expect(views.calendar["step1.prep"] == "2027-02-10")
    let documentsTask = try #require(s.task("eras.documents"))
    let documents = try #require(LatestSafeStart(documentsTask, in: s))
    #expect(documents.floatLabel == "+68d")
    #expect(views.terminal["eras.documents"] == "+68d")
    #expect(views.html["eras.documents"] == "+68d")
    #expect(views.htmlTable["eras.documents"] == documents.day.description)
    #expect(views.table["eras.documents"]?.contains("  \(documents.day)  ") == true)
    Self.expectAgreement(r, views, label: "fresh graduate")
  }

  // MARK: - Helpers shared with the property test

  /// Every (task, gate) pair where a task still to do has a late start, late finish or latest safe
  /// start after a hard gate it feeds: a deadline, or a fixed date, of a task reachable through
  /// its successors (any link kind) or the task it is a period for.
  static func lateDatesAfterAGateFed(_ r: PlanResult) -> [String] {
    let s = r.schedule
    var next: [String: [String]] = [:]
    for d in r.graph.dependencies { next[d.predecessor, default: []].append(d.successor) }
    for t in r.graph.tasks { if let served = t.serves { next[t.id, default: []].append(served) } }
    func gates(_ t: ScheduledTask) -> [Day] {
      guard t.task.state != .done else { return [] }
      return [t.task.deadline, t.task.fixedStart].compactMap { $0 }
    }
    var problems: [String] = []
    for t in s.tasks where t.task.state != .done {
      guard let latest = LatestSafeStart(t, in: s) else { continue }
      var seen: Set<String> = [t.id]
      var stack = [t.id]
      while let id = stack.popLast() {
        guard let fed = s.task(id) else { continue }
        // A fixed task's own date is where it is, not a gate it can be late for.
        let own = id == t.id ? [fed.task.deadline].compactMap { $0 } : gates(fed)
        for gate in own {
          if t.lateLastDay > gate || t.lateStart > gate || latest.day > gate {
            problems.append("\(t.id): late \(t.lateStart)…\(t.lateLastDay), safe \(latest.day) after \(id) \(gate)")
          }
        }
        for n in next[id] ?? [] where seen.insert(n).inserted { stack.append(n) }
      }
    }
    return problems
  }

  struct Views {
    /// Task id → the value each view shows.
    var json: [String: String] = [:]
    var next: [String: String] = [:]
    var calendar: [String: String] = [:]
    var terminal: [String: String] = [:]
    var html: [String: String] = [:]
    var htmlTable: [String: String] = [:]
    var table: [String: String] = [:]
  }

  static func views(_ r: PlanResult, profile: Profile) throws -> Views {
    var v = Views()
    let s = r.schedule
    // JSON.
    guard case .object(let document) = PlanReport.json(r, profile: profile),
      case .array(let tasks)? = document.first(where: { $0.0 == "tasks" })?.1
    else { Issue.record("no tasks in JSON"); return v }
    for case .object(let pairs) in tasks {
      let fields = Dictionary(pairs, uniquingKeysWith: { a, _ in a })
      if case .string(let id)? = fields["id"], case .string(let day)? = fields["latestSafeStart"] { v.json[id] = day }
    }
    // `planner next`, over the whole plan.
    let next = NextActions(r, profile: profile, days: 3650)
    for item in next.items where item.kind == .start || item.kind == .overdue {
      if let day = item.latestStart { v.next[item.taskID] = day.description }
    }
    // The calendar: each "Latest safe start: <action>" event, mapped back through `next`'s words.
    let ics = try CalendarText(includeTodos: false, reminderDays: [14, 2], dtstamp: 0, reminderMode: .events)
      .render(r, profile: profile, previous: nil, previousName: "")
    let byHeadline = Dictionary(next.items.filter { $0.kind == .start || $0.kind == .overdue }.map { ($0.headline, $0.taskID) }, uniquingKeysWith: { a, _ in a })
    let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n", with: "\n")
    for block in unfolded.components(separatedBy: "BEGIN:VEVENT").dropFirst() {
      let lines = block.split(separator: "\n").map(String.init)
      guard let summary = lines.first(where: { $0.hasPrefix("SUMMARY:Latest safe start: ") }),
        let start = lines.first(where: { $0.hasPrefix("DTSTART") })?.split(separator: ":").last
      else { continue }
      let action = String(summary.dropFirst("SUMMARY:Latest safe start: ".count)).replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")
      guard let id = byHeadline[action] else { continue }
      let d = String(start)
      v.calendar[id] = "\(d.prefix(4))-\(d.dropFirst(4).prefix(2))-\(d.suffix(2))"
    }
    // The terminal Gantt: the float column at the end of each row, matched by the row's name.
    let chart = ChartStyle(width: 400, ascii: false, color: false).render(r)
    for t in s.tasks {
      let name = String(t.task.name.prefix(20))
      if let row = chart.split(separator: "\n").first(where: { $0.contains(name) }), let last = row.split(separator: " ").last {
        v.terminal[t.id] = String(last)
      }
    }
    // The HTML report: the chart's float label and the table's latest safe start.
    let html = HTMLReport.render(r, options: ReportOptions(profileName: profile.name))
    for t in s.tasks {
      let marker = "data-id=\"\(t.id)\"><title>"
      guard let range = html.range(of: marker) else { continue }
      let rest = html[range.upperBound...]
      guard let g = rest.range(of: "</g>") else { continue }
      let group = rest[..<g.lowerBound]
      if let label = group.components(separatedBy: "class=\"float-label\"").last?.split(separator: ">").dropFirst().first?.split(separator: "<").first {
        v.html[t.id] = String(label).replacingOccurrences(of: " ★", with: "")
      }
    }
    let htmlTable = html.components(separatedBy: "<section id=\"tasks\">").last ?? ""
    for t in s.tasks {
      let escaped = t.task.name.replacingOccurrences(of: "&", with: "&amp;")
      guard let row = htmlTable.components(separatedBy: "<tr>").first(where: { $0.contains(escaped + "</td>") }) else { continue }
      let cells = row.components(separatedBy: "<td").dropFirst().map { $0.split(separator: ">", maxSplits: 1).last.map { String($0.prefix { $0 != "<" }) } ?? "" }
      if cells.count > 4 { v.htmlTable[t.id] = cells[4] }
    }
    // The text table: each task's row (its SAFE START column holds the date).
    for line in PlanReport.table(r).split(separator: "\n") {
      guard let id = line.split(separator: " ").first, s.task(String(id)) != nil else { continue }
      v.table[String(id)] = String(line)
    }
    return v
  }

  /// The latest safe start is the same in JSON, `next` and the calendar for every task that has
  /// one in those views.
  static func expectAgreement(_ r: PlanResult, _ v: Views, label: String) {
    for (id, day) in v.next {
      #expect(v.json[id] == day, "\(label): \(id) next \(day), JSON \(v.json[id] ?? "none")")
    }
    for (id, day) in v.calendar {
      #expect(v.json[id] == day, "\(label): \(id) calendar \(day), JSON \(v.json[id] ?? "none")")
    }
    let s = r.schedule
    for t in s.tasks {
      guard let latest = LatestSafeStart(t, in: s) else { continue }
      #expect(v.json[t.id] == latest.day.description, "\(label): \(t.id)")
      if let html = v.html[t.id], html != "late" { #expect(html == latest.floatLabel, "\(label): \(t.id) HTML \(html)") }
      if let htmlDay = v.htmlTable[t.id] { #expect(htmlDay == latest.day.description, "\(label): \(t.id) HTML table \(htmlDay)") }
    }
  }
}
