import Foundation
import PlannerCore
import PlannerPathway
import PlannerRender
import PlannerTestSupport
import Testing

struct MermaidExportTests {
  @Test(arguments: Fixtures.examples) func everyLineFollowsTheGanttGrammar(_ name: String) throws {
    let (r, p) = try Fixtures.plan(name)
    try Self.check(MermaidExport.render(r, profileName: p.name), r)
  }

  @Test func hostileNamesStayInsideTheGrammar() throws {
    let (r, p) = try Fixtures.hostile()
    try Self.check(MermaidExport.render(r, profileName: p.name), r)
  }

  @Test func golden() throws {
    let (r, p) = try Fixtures.plan("step1-passed-ck-booked")
    assertGolden(MermaidExport.render(r, profileName: p.name), named: "step1-passed-ck-booked.mermaid.md")
  }

  static func check(_ text: String, _ r: PlanResult) throws {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "```mermaid")
    #expect(lines.dropLast().last == "```")
    #expect(lines.last == "")
    let body = lines.dropFirst().dropLast(2)
    #expect(body.first == "gantt")
    var sections: [String] = []
    var ids: Set<String> = []
    var tasks: [(tags: [String], id: String, start: String, end: String)] = []
    for (n, line) in body.enumerated() {
      // The lexer skips a %% comment line whole.
      if line.trimmed.hasPrefix("%%") { continue }
      switch MermaidGrammar.statement(line) {
      case .failure(let e):
        Issue.record("line \(n + 2): \(line)\n  \(e.message)")
      case .success(.keyword(let kind, let text)):
        if kind == "section" { sections.append(String(text.dropFirst("section ".count))) }
        if kind == "dateFormat" { #expect(text == "dateFormat YYYY-MM-DD") }
      case .success(.task(_, let tags, let id, let start, let end)):
        #expect(id.wholeMatch(of: /[A-Za-z_][A-Za-z0-9_]*/) != nil, "id \(id)")
        #expect(ids.insert(id).inserted, "duplicate id \(id)")
        #expect(Day(iso: start) != nil, "start \(start)")
        #expect(end.wholeMatch(of: /\d+d/) != nil, "end \(end)")
        tasks.append((tags, id, start, end))
      }
    }
    let s = r.schedule
    let dated = s.tasks.filter(\.task.dateKnown)
    #expect(tasks.count == dated.count)
    #expect(Set(sections).count == Set(s.tasks.map(\.task.group)).count)
    // Tasks come out phase by phase; match them to the schedule by start, duration and tags.
    var phaseOrder: [String] = []
    for t in s.tasks where !phaseOrder.contains(t.task.group) { phaseOrder.append(t.task.group) }
    let ordered = phaseOrder.flatMap { g in dated.filter { $0.task.group == g } }
    for (t, m) in zip(ordered, tasks) {
      #expect(m.start == t.start.description)
      #expect(m.end == "\(t.task.duration)d")
      #expect(m.tags.contains("crit") == (t.critical && t.task.state != .done), "\(t.id) crit")
      #expect(m.tags.contains("milestone") == t.task.isMilestone)
      #expect(m.tags.contains("done") == (t.task.state == .done))
    }
  }
}

struct CSVExportTests {
  @Test(arguments: Fixtures.examples) func oneRowPerTaskWithTheJSONFields(_ name: String) throws {
    let (r, p) = try Fixtures.plan(name)
    let csv = CSVExport.render(r, profile: p)
    let rows = try RFC4180.parse(csv)
    guard case .object(let doc) = PlanReport.json(r, profile: p), case .array(let tasks)? = doc.first(where: { $0.0 == "tasks" })?.1,
      case .object(let first)? = tasks.first
    else {
      Issue.record("no tasks in the JSON")
      return
    }
    #expect(rows.first == first.map(\.0))
    #expect(rows.count == r.schedule.tasks.count + 1)
    for (row, t) in zip(rows.dropFirst(), r.schedule.tasks) {
      #expect(row.count == first.count)
      #expect(row[0] == t.id)
      #expect(row[1] == t.task.name)
      #expect(row[3] == t.start.description)
    }
  }

  @Test func quotingAndFormulaGuard() throws {
    let (r, p) = try Fixtures.hostile()
    let csv = CSVExport.render(r, profile: p)
    #expect(csv.hasSuffix("\r\n"))
    #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
    let rows = try RFC4180.parse(csv)
    let names = rows.dropFirst().map { $0[1] }
    #expect(names.contains("a, \"quoted\"\nline"))
    #expect(names.contains("'=HYPERLINK(\"x\")"))
    #expect(csv.contains("\"a, \"\"quoted\"\"\nline\""))
  }

  @Test func golden() throws {
    let (r, p) = try Fixtures.plan("h1b-track")
    assertGolden(CSVExport.render(r, profile: p), named: "h1b-track.csv")
  }
}

/// A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes, nothing else.
enum RFC4180 {
  struct Malformed: Error, CustomStringConvertible {
    var description: String
  }

  static func parse(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var chars = Array(text)
    var i = 0
    var quoted = false
    var fieldStarted = false
    chars.append("\u{0}")
    while i < chars.count - 1 {
      let c = chars[i]
      if quoted {
        if c == "\"" {
          if chars[i + 1] == "\"" {
            field.append("\"")
            i += 2
            continue
          }
          quoted = false
          i += 1
          guard chars[i] == "," || chars[i] == "\r\n" || i == chars.count - 1 else { throw Malformed(description: "text after a closing quote at \(i)") }
          continue
        }
        field.append(c)
        i += 1
        continue
      }
      switch c {
      case "\"":
        guard !fieldStarted && field.isEmpty else { throw Malformed(description: "quote inside an unquoted field at \(i)") }
        quoted = true
        fieldStarted = true
      case ",":
        row.append(field)
        field = ""
        fieldStarted = false
      case "\r\n":
        row.append(field)
        rows.append(row)
        row = []
        field = ""
        fieldStarted = false
      case "\n", "\r":
        throw Malformed(description: "bare line break at \(i)")
      default:
        field.append(c)
        fieldStarted = true
      }
      i += 1
    }
    guard !quoted else { throw Malformed(description: "unclosed quote") }
    guard row.isEmpty && field.isEmpty else { throw Malformed(description: "the last record has no CRLF") }
    return rows
  }
}
