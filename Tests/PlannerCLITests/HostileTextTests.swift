import Foundation
import Testing

/// Escape sequences, OSC 0/52, CSI, U+202E and a lone CR in the applicant's name and own-task
/// names reach no output raw (issue 11): every text output and error message shows them
/// escaped, JSON as `\u` escapes, the calendar drops them.
struct HostileTextTests {
  /// YAML double-quoted escapes: the profile file itself is clean text, the values are not.
  static let evil = #"\e]0;pwned\a \e]52;c;cm0gLXJmIH4=\a \e[2J\e[H \u202Egnp.exe \r OVERWRITE \x9b31m \x7f \u2066x\u2069"#

  static func scenario() throws -> ReplanScenario {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    var yaml = s.text("me.yaml")
    yaml = yaml.replacingOccurrences(of: "name: Dr. Rahul Mehta", with: "name: \"Dr. Evil \(evil)\"")
    yaml = yaml.replacingOccurrences(of: "name: US clinical rotation (family medicine, Chicago)", with: "name: \"Rotation \(evil)\"")
    try Data(yaml.utf8).write(to: s.url("me.yaml"))
    return s
  }

  /// Anything a terminal would act on, other than the line feeds the output itself needs.
  static func raw(_ text: String) -> [String] {
    text.unicodeScalars.filter { s in
      s != "\n" && (s.value < 0x20 || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value))
    }.map { String($0.value, radix: 16) }
  }

  func expectClean(_ r: CLIRunner.Output, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(Self.raw(r.stdout) == [], "\(what): raw characters in standard output", sourceLocation: sourceLocation)
    #expect(Self.raw(r.stderr) == [], "\(what): raw characters in standard error", sourceLocation: sourceLocation)
    #expect([0, 2, 3, 64].contains(r.status), "\(what): exit \(r.status)", sourceLocation: sourceLocation)
  }

  @Test func everyTextOutputEscapesTheName() throws {
    let s = try Self.scenario()
    let today = "2026-11-25"
    let runs: [(String, [String])] = [
      ("gantt", ["plan", "--width", "120"]),
      ("gantt ascii", ["plan", "--ascii"]),
      ("table", ["plan", "--format", "table"]),
      ("json", ["plan", "--format", "json"]),
      ("check", ["check"]),
      ("why", ["why", "usce.rotation"]),
      ("what-if", ["what-if", "--slip", "usce.rotation=+14d"]),
      ("record", ["record", "usce.rotation", "done", "--date", "2026-11-20"]),
      ("history", ["history"]),
      ("diff", ["diff"]),
    ]
    for (what, arguments) in runs {
      let r = try s.run(arguments, today: today)
      expectClean(r, what)
      if !["history", "diff", "record", "what-if"].contains(what) {
        #expect(r.stdout.contains("\\u{1B}]0;pwned\\u{7}") || r.stdout.contains("\\u001b]0;pwned\\u0007"), "\(what): the escaped name is shown")
      }
    }
    let rules = try CLIRunner.run(["rules", "--match", "2028"])
    expectClean(rules, "rules")
  }

  @Test func theNameIsShownEscapedInPlainText() throws {
    let s = try Self.scenario()
    let r = try s.run(["plan", "--format", "table", "--width", "1000"], today: "2026-11-25")
    #expect(r.stdout.hasPrefix("Match 2028 plan for Dr. Evil \\u{1B}]0;pwned\\u{7} \\u{1B}]52;c;cm0gLXJmIH4=\\u{7} \\u{1B}[2J\\u{1B}[H \\u{202E}gnp.exe \\u{D} OVERWRITE \\u{9B}31m \\u{7F} \\u{2066}x\\u{2069} · today 2026-11-25\n"))
  }

  @Test func theCalendarDropsControlsAndKeepsTextInItsProperty() throws {
    let s = try Self.scenario()
    let r = try s.run(["plan", "--format", "json", "--ics", "plan.ics", "--dtstamp", "2026-11-25T00:00:00Z"], today: "2026-11-25")
    expectClean(r, "plan --ics")
    let ics = s.text("plan.ics")
    #expect(!ics.isEmpty)
    #expect(!ics.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || (0x7F...0x9F).contains($0.value) })
    // Every physical line is a property or a fold: a CR in a name never starts a line of its own.
    for line in ics.components(separatedBy: "\r\n") where !line.isEmpty {
      #expect(line.first == " " || line.range(of: #"^[A-Z][A-Z0-9-]*[;:]"#, options: .regularExpression) != nil, "stray line \(line)")
    }
  }

  @Test func errorMessagesEscapeWhatTheyQuote() throws {
    let s = try Self.scenario()
    let why = try s.run(["why", "\u{1B}]0;pwned\u{07}"], today: "2026-11-25")
    expectClean(why, "why with a hostile task id")
    #expect(why.stderr.hasPrefix("planner: unknown task '\\u{1B}]0;pwned\\u{7}'"))
    let bad = try BadInputTests().write(#"visa: "\e]0;pwned\a""# + "\n")
    let r = try CLIRunner.run(["plan", "--profile", bad.1, "--today", "2026-11-25"])
    expectClean(r, "profile error quoting a hostile value")
    #expect(r.stderr == "\(bad.1):1:7: error: visa: '\\u{1B}]0;pwned\\u{7}' is not one of j1, h1b, none\n")
  }

  @Test func aDamagedJournalLineIsEchoedEscaped() throws {
    let s = try Self.scenario()
    try Data("2026-11-20 done \u{1B}]52;c;eA==\u{07} on 2026-11-20 \u{9B}\n".utf8).write(to: s.url("me.journal"))
    let r = try s.run(["history"], today: "2026-11-25")
    expectClean(r, "history of a damaged journal")
    #expect(r.status == 2)
  }
}

/// Dates outside 1950–2100 on the command line, and the diagnostic prefix rule.
struct CommandLineLimitTests {
  @Test(arguments: ["1900-01-01", "2101-01-01", "9999-12-31"])
  func todayOutsideTheRangeIsRefused(_ day: String) throws {
    let r = try CLIRunner.run(["plan", "--today", day])
    #expect(r.status == 64)
    #expect(r.stderr == "planner: --today '\(day)' is outside the dates planner can plan (1950-01-01 to 2100-12-31)\n")
  }

  @Test(arguments: [["record", "step2ck", "fail"], ["book", "step2ck"]])
  func recordedDatesOutsideTheRangeAreRefused(_ command: [String]) throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    let r = try s.run(command + ["--date", "2200-01-01"], today: "2026-11-25")
    #expect(r.status == 64)
    #expect(r.stderr == "planner: --date '2200-01-01' is outside the dates planner can plan (1950-01-01 to 2100-12-31)\n")
    #expect(!(try s.files()).contains("me.journal"))
  }

  @Test(arguments: ["plan", "check", "why", "what-if", "record", "book"])
  func anExtremeProfileDateIsPositionedInEveryCommand(_ command: String) throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    let yaml = s.text("me.yaml").replacingOccurrences(of: "booked: 2027-03-18", with: "booked: 9999-12-31")
    try Data(yaml.utf8).write(to: s.url("me.yaml"))
    let extra: [String] = switch command {
    case "why": ["why", "match.day"]
    case "what-if": ["what-if", "--fail", "step2ck"]
    case "record": ["record", "step2ck", "fail", "--date", "2026-11-20"]
    case "book": ["book", "step2ck", "--date", "2027-04-01"]
    default: [command]
    }
    let r = try s.run(extra, today: "2026-11-25")
    #expect(r.status == 2)
    #expect(r.stderr == "me.yaml:19:13: error: exams.step2ck.booked: '9999-12-31' is outside the dates planner can plan (1950-01-01 to 2100-12-31)\n")
  }
}
