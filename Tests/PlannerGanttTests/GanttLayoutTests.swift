import PlannerCore
@testable import PlannerGantt
import Testing

/// Properties every chart must have, whatever the plan and width.
struct GanttLayoutTests {
  let gates = Fixture.gates.map { GanttGate(day: $0.day, label: $0.label) }

  /// Names with accents, CJK (two columns each), an emoji, an escape sequence and a bidi override.
  static func awkward() -> Schedule {
    let g = TaskGraph(
      tasks: [
        PlanTask(id: "a", name: "Révision générale — Étape 1 avec un nom très, très long", group: "Préparation", duration: 30, state: .done, provenance: Provenance()),
        PlanTask(id: "b", name: "医師国家試験の書類を準備する長い名前のタスク", group: "書類", duration: 45, provenance: Provenance(estimated: true)),
        PlanTask(id: "c", name: "Visa 🛂 \u{1B}[31mred\u{1B}[0m \u{202E}reversed", group: "Visa\tand\nstart", duration: 20, deadline: Fixture.day("2027-01-10")),
        PlanTask(id: "d", name: "ＦＵＬＬＷＩＤＴＨ milestone", group: "Visa\tand\nstart"),
      ],
      dependencies: [Dependency("a", "b"), Dependency("b", "c"), Dependency("c", "d")])
    return try! Scheduler.schedule(g, today: Fixture.today)
  }

  static func displayWidth(_ line: Substring) -> Int {
    TextWidth.of(stripSGR(String(line)))
  }

  static func stripSGR(_ s: String) -> String {
    var out = ""
    var inEscape = false
    for c in s {
      if c == "\u{1B}" { inEscape = true; continue }
      if inEscape { if c == "m" { inEscape = false }; continue }
      out.append(c)
    }
    return out
  }

  @Test func linesNeverExceedTheWidth() {
    for schedule in [Fixture.pathway(), Self.awkward(), Fixture.one(), Fixture.allDone()] {
      for width in 60...200 {
        for (ascii, colour) in [(false, false), (true, false), (false, true)] {
          let text = GanttRenderer.render(schedule, options: GanttOptions(width: width, useColor: colour, ascii: ascii, gates: gates))
          for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(Self.displayWidth(line) <= width, "width \(width) ascii \(ascii): \(line)")
            #expect(!line.hasSuffix(" "), "trailing space at width \(width): \(line)")
          }
        }
      }
    }
  }

  @Test func tooNarrowStillNeverWider() {
    for width in [1, 10, 30, 45] {
      let text = GanttRenderer.render(Fixture.pathway(), options: GanttOptions(width: width, gates: gates))
      for line in text.split(separator: "\n") { #expect(Self.displayWidth(line) <= width) }
    }
  }

  @Test func displayWidthCountsCharactersNotBytes() {
    #expect(TextWidth.of("Étape") == 5)
    #expect(TextWidth.of("e\u{301}") == 1)
    #expect(TextWidth.of("医師") == 4)
    #expect(TextWidth.of("🛂") == 2)
    #expect(TextWidth.truncate("医師国家試験", to: 5, ellipsis: "…") == "医師…")
  }

  @Test func asciiModeIsSevenBit() {
    for schedule in [Fixture.pathway(), Self.awkward()] {
      let text = GanttRenderer.render(schedule, options: GanttOptions(width: 90, ascii: true, gates: gates))
      #expect(text.utf8.allSatisfy { $0 < 0x80 })
    }
    let text = GanttRenderer.render(Self.awkward(), options: GanttOptions(width: 120, ascii: true))
    #expect(text.contains("Revision generale - Etape"))
  }

  @Test func longGateLabelsKeepTheirDate() {
    let long = [GanttGate(day: Fixture.matchDay, label: String(repeating: "Match Day results are released ", count: 4))]
    let text = GanttRenderer.render(Fixture.pathway(), options: GanttOptions(width: 60, gates: long))
    let line = text.split(separator: "\n").last!
    #expect(line.hasSuffix("2028-03-17"))
    #expect(line.contains("…"))
  }

  @Test func noEscapeCodesWithoutColour() {
    for schedule in [Fixture.pathway(), Self.awkward()] {
      for ascii in [false, true] {
        let text = GanttRenderer.render(schedule, options: GanttOptions(width: 100, ascii: ascii, gates: gates))
        #expect(!text.utf8.contains(0x1B))
      }
    }
  }

  @Test func colourUsesOnlySGRAndResets() {
    let text = GanttRenderer.render(Fixture.pathway(), options: GanttOptions(width: 120, useColor: true, gates: gates))
      + "\n" + GanttRenderer.render(Self.awkward(), options: GanttOptions(width: 120, useColor: true, gates: gates))
    #expect(text.contains("\u{1B}[31m█"))
    // The escape sequence in a task name is shown escaped, not passed through with the colours.
    #expect(text.contains("\\u{1B}[31mred"))
    #expect(!text.unicodeScalars.contains { $0 != "\u{1B}" && $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)) })
    // Every escape is a colour (ESC [ digits/; m), and each one opened is reset on its own line.
    for line in text.split(separator: "\n") {
      var codes: [String] = []
      var rest = Substring(line)
      while let esc = rest.firstIndex(of: "\u{1B}") {
        let body = rest[rest.index(after: esc)...]
        #expect(body.first == "[")
        let end = body.firstIndex(of: "m")!
        let params = body.dropFirst()[..<end]
        #expect(params.allSatisfy { $0.isNumber || $0 == ";" })
        codes.append(String(params))
        rest = body[body.index(after: end)...]
      }
      for (k, code) in codes.enumerated() { #expect((code == "0") == (k % 2 == 1)) }
      #expect(codes.count % 2 == 0)
    }
  }

  static func row(_ text: String, _ name: String) -> Substring {
    text.split(separator: "\n").first { $0.contains(name) }!
  }

  @Test func criticalRowsUseTheCriticalGlyph() {
    let schedule = Fixture.pathway()
    #expect(schedule.task("visa")!.critical)
    #expect(!schedule.task("interviews")!.critical)
    let unicode = GanttRenderer.render(schedule, options: GanttOptions(width: 100, gates: gates))
    #expect(Self.row(unicode, "J-1 visa").contains("█"))
    #expect(!Self.row(unicode, "J-1 visa").contains("▒"))
    #expect(Self.row(unicode, "Interview season").contains("▒"))
    #expect(!Self.row(unicode, "Interview season").contains("█"))
    #expect(Self.row(unicode, "Step 1 exam").contains("░"))
    #expect(Self.row(unicode, "Step 1 exam").hasSuffix("done"))
    #expect(Self.row(unicode, "Step 2 CK exam").contains("●"))
    #expect(Self.row(unicode, "OET results").contains("≈"))
    #expect(Self.row(unicode, "Interview season").hasSuffix("+32d"))
    let ascii = GanttRenderer.render(schedule, options: GanttOptions(width: 100, ascii: true, gates: gates))
    #expect(Self.row(ascii, "J-1 visa").contains("#"))
    #expect(Self.row(ascii, "Step 2 CK exam").hasPrefix(" @"))
  }

  @Test func groupsAppearOnceInFirstAppearanceOrder() {
    let text = GanttRenderer.render(Fixture.pathway(), options: GanttOptions(width: 100))
    let headings = ["USMLE", "OET & ECFMG Pathway", "ERAS & NRMP Match", "Visa & start"]
    let positions = headings.map { h in text.split(separator: "\n").firstIndex { $0.hasPrefix(h) }! }
    #expect(positions == positions.sorted())
  }

  @Test func smallPlansRender() {
    let one = GanttRenderer.render(Fixture.one(), options: GanttOptions(width: 80))
    #expect(one.contains("Step 1 exam"))
    #expect(Self.row(one, "Step 1 exam").contains("█"))
    let done = GanttRenderer.render(Fixture.allDone(), options: GanttOptions(width: 80, gates: gates))
    for name in ["Step 1 exam", "Step 2 CK exam", "ECFMG certified"] {
      #expect(Self.row(done, name).hasSuffix("done"))
      #expect(!Self.row(done, name).contains("█"))
    }
    #expect(done.contains("(outside the chart)"))
    let empty = try! Scheduler.schedule(TaskGraph(), today: Fixture.today)
    #expect(GanttRenderer.render(empty, options: GanttOptions(width: 60)).contains("today"))
  }

  @Test func todayMarkerLandsInItsColumn() {
    // Ten done days from Nov 1, today Nov 21: at one day per column the rule is 20 columns
    // right of where the done bar starts.
    let g = TaskGraph(
      tasks: [
        PlanTask(id: "a", name: "Paperwork", group: "G", duration: 10, fixedStart: Fixture.day("2026-11-01"), state: .done),
        PlanTask(id: "b", name: "Study", group: "G", duration: 30),
      ],
      dependencies: [Dependency("a", "b")])
    let schedule = try! Scheduler.schedule(g, today: Fixture.day("2026-11-21"))
    let text = GanttRenderer.render(schedule, options: GanttOptions(width: 120))
    let lines = text.split(separator: "\n").map { Array($0) }
    let paperwork = lines.first { String($0).contains("Paperwork") }!
    let barStart = paperwork.firstIndex(of: "░")!
    #expect(paperwork.firstIndex(of: "┆") == barStart + 20)
    #expect(paperwork.firstIndex(of: "┆") == lines[1].firstIndex(of: "t"))
    #expect(String(lines[1]).contains("today"))
    #expect(text.contains("one column = 1 day"))
  }

  @Test func brokenDeadlineAndNegativeFloatShow() {
    let g = TaskGraph(tasks: [
      PlanTask(id: "a", name: "Pathway review", group: "ECFMG", duration: 60, deadline: Fixture.day("2027-01-15"))
    ])
    let schedule = try! Scheduler.schedule(g, today: Fixture.today)
    let text = GanttRenderer.render(schedule, options: GanttOptions(width: 100))
    let row = Self.row(text, "Pathway review")
    #expect(row.hasSuffix("-\(schedule.task("a")!.totalFloat.magnitude)d"))
    #expect(schedule.task("a")!.totalFloat < 0)
    #expect(row.contains("⊣"))
  }

  @Test func windowClipsAndPointsOffChart() {
    let window = Fixture.day("2027-06-01")...Fixture.day("2027-12-31")
    let text = GanttRenderer.render(Fixture.pathway(), options: GanttOptions(width: 100, gates: gates, window: window))
    #expect(Self.row(text, "Step 1 exam").contains("◂"))
    #expect(Self.row(text, "Residency starts").contains("▸"))
    #expect(text.contains("Jul"))
    #expect(text.contains("today 2026-12-07 (outside the chart)"))
    #expect(!Self.row(text, "Interview season").contains("┆"))
    for line in text.split(separator: "\n") { #expect(Self.displayWidth(line) <= 100) }
  }

  @Test func sameInputSameBytes() {
    let options = GanttOptions(width: 111, useColor: true, gates: gates)
    #expect(GanttRenderer.render(Fixture.pathway(), options: options) == GanttRenderer.render(Fixture.pathway(), options: options))
  }
}
