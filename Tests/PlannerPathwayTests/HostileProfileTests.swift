import Foundation
import PlannerCore
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Hostile and absurd profiles (issue 11): refused with a position, quickly, never a crash.
struct HostileProfileTests {
  func errors(_ yaml: String) -> [String] {
    errors(bytes: Array(yaml.utf8))
  }

  func errors(bytes: [UInt8]) -> [String] {
    do {
      _ = try ProfileParser.parse(bytes: bytes, file: "me.yaml", rules: bundledRules)
      return []
    } catch {
      return error.diagnostics.map(\.description)
    }
  }

  func planErrors(_ yaml: String) throws -> [String] {
    let profile = try ProfileParser.parse(yaml, file: "me.yaml", rules: bundledRules)
    do {
      _ = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: nil, today: Day(iso: "2026-11-25")!, file: "me.yaml")
      return []
    } catch {
      guard case .profile(let e) = error else { return ["not a profile error: \(error)"] }
      return e.diagnostics.map(\.description)
    }
  }

  // MARK: - Dates outside the plannable range

  @Test func theRangeIsDefinedOnce() {
    #expect(PlannableDates.summary == "1950-01-01 to 2100-12-31")
    #expect(PlannableDates.contains(Day(iso: "1950-01-01")!) && !PlannableDates.contains(Day(iso: "1949-12-31")!))
    #expect(PlannableDates.contains(Day(iso: "2100-12-31")!) && !PlannableDates.contains(Day(iso: "2101-01-01")!))
  }

  @Test(arguments: [
    ("exams:\n  step1:\n    ready_by: 9999-12-31\n", "me.yaml:3:15: error: exams.step1.ready_by: '9999-12-31' is outside the dates planner can plan (1950-01-01 to 2100-12-31)"),
    ("graduation: 0001-01-01\n", "me.yaml:1:13: error: graduation: '0001-01-01' is outside the dates planner can plan (1950-01-01 to 2100-12-31)"),
    ("done:\n  ecfmg.account: 1949-12-31\n", "me.yaml:2:18: error: done.ecfmg.account: '1949-12-31' is outside the dates planner can plan (1950-01-01 to 2100-12-31)"),
    ("tasks:\n  - {id: a, days: 1, deadline: 2101-01-01}\n", "me.yaml:2:32: error: task deadline: '2101-01-01' is outside the dates planner can plan (1950-01-01 to 2100-12-31)"),
  ])
  func extremeDatesArePositioned(_ yaml: String, _ expected: String) {
    #expect(errors(yaml) == [expected])
  }

  /// Dates merged in from the journal skip the parser: the planner checks them again.
  @Test func outOfRangeDatesFromElsewhereAreProfileErrors() throws {
    var profile = try ProfileParser.parse("name: X\nexams:\n  step1:\n    booked: 2027-03-01\n", file: "me.yaml", rules: bundledRules)
    profile.exams[.step1]?.booked = Day(iso: "9999-01-01")
    #expect(throws: PlanningError.self) {
      try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: nil, today: Day(iso: "2026-11-25")!, file: "me.yaml")
    }
    do {
      _ = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: nil, today: Day(iso: "2026-11-25")!, file: "me.yaml")
    } catch {
      #expect(error.description == "me.yaml:4:13: error: exams.step1.booked: '9999-01-01' is outside the dates planner can plan (1950-01-01 to 2100-12-31)")
    }
  }

  /// Ten-year tasks in a chain would run the plan past any calendar: refused at the last one.
  @Test func aPlanPastTheRangeIsRefusedAtTheOwnTask() throws {
    var yaml = "name: X\ntasks:\n"
    for i in 0..<10 { yaml += "  - {id: t\(i), days: 3650\(i > 0 ? ", after: t\(i - 1)" : "")}\n" }
    let found = try planErrors(yaml)
    #expect(found.count == 1)
    #expect(found == ["me.yaml:10:1: error: tasks: task 't7' would end on 2106-11-05, past the last day planner can plan (2100-12-31); shorten your own tasks or their chain"])
  }

  // MARK: - Alias bombs and nesting

  static let laughs = """
    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
    tasks: *i

    """

  @Test func billionLaughsIsRefusedQuickly() {
    let clock = ContinuousClock()
    var found: [String] = []
    let elapsed = clock.measure { found = errors(Self.laughs) }
    #expect(found == ["me.yaml:5:8: error: aliases in the profile expand to more than 10000 values; planner does not read profiles built this way (write the values out)"])
    #expect(elapsed < .seconds(2))
  }

  /// An alias used as a key would make Yams compare expanded nodes: bounded the same way.
  @Test func aliasKeysAreBoundedToo() {
    let yaml = Self.laughs.replacingOccurrences(of: "tasks: *i\n", with: "? *i\n: x\n")
    #expect(errors(yaml).first?.contains("aliases in the profile expand to more than") == true)
  }

  @Test func modestAliasesStillWork() throws {
    let p = try ProfileParser.parse("name: X\ngraduation: &g 2025-05-31\ndone:\n  ecfmg.account: *g\n", file: "me.yaml", rules: bundledRules)
    #expect(p.done["ecfmg.account"] == Day(iso: "2025-05-31"))
  }

  @Test func deepNestingIsRefused() {
    for depth in [100, 100_000] {
      let yaml = "name: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
      let found = errors(yaml)
      #expect(found.count == 1)
      #expect(found.first?.hasPrefix("me.yaml:1:") == true)
      #expect(found.first?.hasSuffix(" error: values are nested more than 64 levels deep; a profile needs a few") == true)
    }
  }

  /// A wrong type quotes a scalar briefly and names a collection, never dumps it.
  @Test func messagesNeverDumpANode() {
    let found = errors("tasks: {a: [1, 2, 3], b: {c: d}}\nname: [" + String(repeating: "x, ", count: 5000) + "x]\nid: " + String(repeating: "y", count: 5000) + "\nvisa: " + String(repeating: "z", count: 5000) + "\n")
    #expect(found == [
      "me.yaml:1:8: error: tasks must be a list (- id: …, name: …, days: …)",
      "me.yaml:2:7: error: name must be a single value, got a list",
      "me.yaml:4:7: error: visa: '" + String(repeating: "z", count: 60) + "…' is not one of j1, h1b, none",
    ])
  }

  // MARK: - Positions for malformed text

  @Test func duplicateKeyIsReportedAtTheSecondOccurrence() {
    #expect(errors("name: X\nvisa: j1\nname: Y\n") == ["me.yaml:3:1: error: key 'name' appears twice in this mapping (first on line 1); keep one"])
    #expect(errors("exams:\n  step1:\n    booked: 2027-01-20\n    booked: 2027-02-20\n") == ["me.yaml:4:5: error: key 'booked' appears twice in this mapping (first on line 3); keep one"])
  }

  @Test func controlCharactersArePositionedAndEscaped() {
    #expect(errors("name: X\nschool: a\u{1B}]0;title\u{07}\n") == [
      "me.yaml:2:10: error: control character \\u{1B} is not allowed in a profile; delete it",
      "me.yaml:2:19: error: control character \\u{7} is not allowed in a profile; delete it",
    ])
    #expect(errors("name: X\u{0}Y\n") == ["me.yaml:1:8: error: control character \\u{0} is not allowed in a profile; delete it"])
    #expect(errors("name: X\r\nvisa: j1\u{85}\n") == ["me.yaml:2:9: error: control character \\u{85} is not allowed in a profile; delete it"])
  }

  @Test func multiLineValuesAreQuotedOnOneLine() {
    #expect(errors("name: X\nvisa: |\n  j9\n  more\n") == ["me.yaml:2:7: error: visa: 'j9\\nmore\\n' is not one of j1, h1b, none"])
  }

  @Test func syntaxErrorsAreOneLineAtLibyamlsPosition() {
    #expect(errors("name: X\nmatch: [1, 2\n") == ["me.yaml:3:1: error: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence on line 2)"])
    #expect(errors("a: *nowhere\n").first?.hasPrefix("me.yaml:1:4: error: ") == true)
  }

  // MARK: - Encodings

  static func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
    var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
    for unit in text.utf16 {
      let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
      bytes += bigEndian ? pair.reversed() : pair
    }
    return bytes
  }

  @Test func utf16IsNamedWithTheFix() {
    let fix = "re-save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)"
    #expect(errors(bytes: Self.utf16("name: X\n", bigEndian: false, bom: true)) == ["me.yaml:1:1: error: the file is UTF-16 (little-endian, with a byte-order mark), not UTF-8; \(fix)"])
    #expect(errors(bytes: Self.utf16("name: X\n", bigEndian: true, bom: true)) == ["me.yaml:1:1: error: the file is UTF-16 (big-endian, with a byte-order mark), not UTF-8; \(fix)"])
    #expect(errors(bytes: Self.utf16("name: X\n", bigEndian: false, bom: false)) == ["me.yaml:1:2: error: the file is UTF-16 (little-endian, no byte-order mark), not UTF-8; \(fix)"])
    #expect(errors(bytes: Self.utf16("name: X\n", bigEndian: true, bom: false)) == ["me.yaml:1:1: error: the file is UTF-16 (big-endian, no byte-order mark), not UTF-8; \(fix)"])
  }

  @Test func invalidUTF8IsPointedAtItsFirstBadByte() {
    let latin1: [UInt8] = Array("name: X\nschool: Caf".utf8) + [0xE9] + Array(" de Paris\n".utf8)
    #expect(errors(bytes: latin1) == ["me.yaml:2:12: error: the file is not UTF-8: byte 0xE9 here is not valid UTF-8 (the file may be Latin-1 or Windows-1252); re-save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)"])
    let cut: [UInt8] = Array("name: é".utf8) + [0xC3]
    #expect(errors(bytes: cut).first?.hasPrefix("me.yaml:1:8: error: the file is not UTF-8: byte 0xC3") == true)
  }

  @Test func aUTF8ByteOrderMarkIsAccepted() throws {
    let p = try ProfileParser.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("name: Dr. Bom\n".utf8), file: "me.yaml", rules: bundledRules)
    #expect(p.name == "Dr. Bom")
  }

  // MARK: - JSON keeps nothing raw

  @Test func jsonEscapesEveryUnsafeCharacter() {
    let name = "a\u{1B}]0;x\u{07}b\u{7F}c\u{9B}d\u{202E}e\u{2066}f\rg"
    #expect(JSONValue.string(name).rendered() == "\"a\\u001b]0;x\\u0007b\\u007fc\\u009bd\\u202ee\\u2066f\\rg\"")
  }
}
