import PlannerCohort
import PlannerCore
import Testing

struct ProgramsParserTests {
  static let header = "id,name,specialty,state,graduation,attempts,visa,usce,step2ck_min,deadline,interviews,note\r\n"

  @Test func everyValueFormReads() throws {
    let text = Self.header
      + "1,A,fm,IL,2021,no failures,J-1;H-1B,required,230,2027-10-01,2027-11-10;2027-12-01,\"a note, with a comma\"\r\n"
      + "2,B,im,NY,5 years,2,h1b,preferred,none,unknown,,\r\n"
      + "3,C,,,none,any,none,no,,,,\r\n"
      + "4,D,,,unknown,unknown,unknown,unknown,unknown,unknown,unknown,\r\n"
    let p = try ProgramsParser.parse(text, file: "p.csv")
    #expect(p.count == 4)
    #expect(p[0].graduation == .yearOrLater(2021) && p[0].attempts == .noFailures && p[0].visa == .visas([.j1, .h1b]))
    #expect(p[0].usce == .required && p[0].minimumStep2CK == .atLeast(230) && p[0].deadline == Day(iso: "2027-10-01"))
    #expect(p[0].interviews == [Day(iso: "2027-11-10")!, Day(iso: "2027-12-01")!] && p[0].note == "a note, with a comma")
    #expect(p[1].graduation == .withinYears(5) && p[1].attempts == .atMost(2) && p[1].visa == .visas([.h1b]) && p[1].usce == .preferred)
    #expect(p[1].minimumStep2CK == .none && p[1].deadline == nil)
    #expect(p[2].graduation == .none && p[2].attempts == .any && p[2].visa == .none && p[2].usce == .notRequired)
    // Empty and "unknown" are the same: not found.
    #expect(p[3].graduation == .unknown && p[3].attempts == .unknown && p[3].visa == .unknown && p[3].usce == .unknown)
    #expect(p[3].minimumStep2CK == .unknown && p[3].interviews.isEmpty && p[2].minimumStep2CK == .unknown)
    #expect(p.map(\.line) == [2, 3, 4, 5])
  }

  @Test func columnsInAnyOrderAndOnlyNameRequired() throws {
    let p = try ProgramsParser.parse("visa,name\nJ-1,Only Two Columns\n", file: "p.csv")
    #expect(p.map(\.name) == ["Only Two Columns"])
    #expect(p[0].visa == .visas([.j1]) && p[0].deadline == nil)
  }

  @Test func everyBadCellIsOneLineWithItsPositionAndValue() {
    let text = Self.header + "1,A,fm,IL,twenty,5,J1 only,maybe,abc,2027-02-30,2027-11-10;soon,\r\n"
    #expect(throws: ProgramsError(lines: [
      "p.csv:2:11: error: graduation: 'twenty' is not a year of graduation limit (a year such as 2021 for graduates of 2021 or later, '5 years' since graduation, none, or unknown)",
      "p.csv:2:18: error: attempts: '5' is not an attempts rule (the most attempts accepted on any Step, 1 to 4; 'no failures'; any; or unknown)",
      "p.csv:2:20: error: visa: 'J1 only' is not a visa sponsorship (J-1, H-1B, J-1;H-1B, none, or unknown)",
      "p.csv:2:28: error: usce: 'maybe' is not a US clinical experience requirement (required, preferred, no, or unknown)",
      "p.csv:2:34: error: step2ck_min: 'abc' is not a Step 2 CK score (a whole number up to 300, none, or unknown)",
      "p.csv:2:38: error: deadline: '2027-02-30' is not a date (YYYY-MM-DD, or unknown)",
      "p.csv:2:49: error: interviews: '2027-11-10;soon' holds 'soon', not a date (dates YYYY-MM-DD separated by ';', or unknown)",
    ])) { try ProgramsParser.parse(text, file: "p.csv") }
  }

  @Test func headerProblems() {
    #expect(throws: ProgramsError(lines: ["p.csv:1:6: error: unknown column 'visas'; did you mean 'visa'? (the columns are id, name, specialty, state, graduation, attempts, visa, usce, step2ck_min, deadline, interviews, note)"])) {
      try ProgramsParser.parse("name,visas\nA,J-1\n", file: "p.csv")
    }
    #expect(throws: ProgramsError(lines: ["p.csv:1:1: error: no 'name' column; the first line names the columns (id,name,specialty,state,graduation,attempts,visa,usce,step2ck_min,deadline,interviews,note)"])) {
      try ProgramsParser.parse("id,visa\n1,J-1\n", file: "p.csv")
    }
    #expect(throws: ProgramsError(lines: ["p.csv:2:3: error: 2 fields, but the header names 1 columns"])) { try ProgramsParser.parse("name\nA,B\n", file: "p.csv") }
    #expect(throws: ProgramsError(lines: ["p.csv:3:1: error: name: '' is empty; every program needs a name"])) { try ProgramsParser.parse("name,visa\nA,J-1\n,J-1\n", file: "p.csv") }
    #expect(throws: ProgramsError(lines: ["p.csv:1:1: error: the file is empty; the first line names the columns (id,name,specialty,state,graduation,attempts,visa,usce,step2ck_min,deadline,interviews,note)"])) { try ProgramsParser.parse("\u{FEFF}", file: "p.csv") }
  }

  @Test func aBrokenQuoteIsAFileLineColumnError() {
    #expect(throws: ProgramsError(lines: ["p.csv:2:3: error: a quoted field is never closed (a missing \")"])) { try ProgramsParser.parse("name,note\nA,\"open\n", file: "p.csv") }
  }

  /// Issue 26, point 8: a 1 MB cell came back whole, twice, in one message. Cells are quoted cut,
  /// as profile values are.
  @Test func aHugeCellIsQuotedCut() {
    let cell = String(repeating: "x", count: 1_000_000)
    do {
      _ = try ProgramsParser.parse("name,interviews\nA,\(cell)\n", file: "p.csv")
      Issue.record("a 1 MB interview cell was accepted")
    } catch {
      #expect(error.lines.count == 1 && error.lines[0].count < 400, "\(error.description.count) characters")
      #expect(error.lines[0].hasPrefix("p.csv:2:3: error: interviews: 'xxx"), "\(error.lines[0].prefix(80))")
    }
  }

  /// Issue 25, point 6: a spreadsheet's semicolon CSV, and its header names, get the next step.
  @Test func aSemicolonSeparatedFileSaysSo() {
    #expect(throws: ProgramsError(lines: ["p.csv:1:5: error: the columns are separated by semicolons (as spreadsheets save CSV in many countries); planner reads commas: save the sheet as \"CSV UTF-8 (comma delimited)\", or replace each ';' with ','"])) {
      try ProgramsParser.parse("name;visa;state\nA;J-1;NY\n", file: "p.csv")
    }
  }

  @Test(arguments: [("Program", "name"), ("YOG", "graduation"), ("Year of graduation", "graduation"), ("Visa sponsorship", "visa"),
    ("Step 2 CK minimum", "step2ck_min"), ("Interview dates", "interviews"), ("Notes", "note"), ("Application deadline", "deadline"), ("specialy", "specialty")])
  func aSpreadsheetHeaderNameGetsTheDocumentedColumn(header: String, column: String) {
    do {
      _ = try ProgramsParser.parse("name,\(header)\nA,x\n", file: "p.csv")
      Issue.record("'\(header)' was read")
    } catch {
      #expect(error.lines.first?.contains("unknown column '\(header)'; did you mean '\(column)'?") == true, "\(error.lines)")
    }
  }
}
