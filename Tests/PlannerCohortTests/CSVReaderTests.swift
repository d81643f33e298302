import PlannerCohort
import Testing

struct CSVReaderTests {
  func texts(_ s: String) throws -> [[String]] { try CSVReader.read(s).map { $0.map(\.text) } }

  @Test func plainRecordsWithLFAndCRLFAndLoneCR() throws {
    #expect(try texts("a,b\n1,2\n") == [["a", "b"], ["1", "2"]])
    #expect(try texts("a,b\r\n1,2\r\n") == [["a", "b"], ["1", "2"]])
    #expect(try texts("a,b\r1,2") == [["a", "b"], ["1", "2"]])
    // No line end after the last record, and blank lines skipped.
    #expect(try texts("a,b\r\n\r\n1,2") == [["a", "b"], ["1", "2"]])
  }

  @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
    let rows = try texts("name,note\r\n\"Lakeside, IL\",\"says \"\"IMG-friendly\"\"\"\r\n\"two\r\nlines\",x\r\n")
    #expect(rows == [["name", "note"], ["Lakeside, IL", "says \"IMG-friendly\""], ["two\nlines", "x"]])
  }

  @Test func emptyFieldsAndATrailingComma() throws {
    #expect(try texts("a,,c\n,,\nx,") == [["a", "", "c"], ["", "", ""], ["x", ""]])
    #expect(try texts("\"\",b") == [["", "b"]])
  }

  @Test func aByteOrderMarkIsDropped() throws {
    let rows = try CSVReader.read("\u{FEFF}id,name\r\n1,A\r\n")
    #expect(rows[0][0].text == "id")
    #expect(rows[0][0].column == 1)
  }

  @Test func fieldsKnowTheirLineAndColumn() throws {
    let rows = try CSVReader.read("id,name\r\n\"multi\r\nline\",after\r\n7,x")
    #expect(rows[1][0].line == 2 && rows[1][0].column == 1)
    // The field after a quoted line break is on line 3.
    #expect(rows[1][1].line == 3 && rows[1][1].column == 7)
    #expect(rows[2][1].line == 4 && rows[2][1].column == 3)
  }

  @Test func brokenQuotingIsPointedAt() {
    #expect(throws: CSVReader.Failure(line: 2, column: 3, message: "a quoted field is never closed (a missing \")")) { try CSVReader.read("a,b\n1,\"open\n") }
    #expect(throws: CSVReader.Failure(line: 1, column: 4, message: "a quote inside an unquoted field (quote the whole field and double the quote: \"\")")) { try CSVReader.read("a,b\"c\n") }
    #expect(throws: CSVReader.Failure(line: 1, column: 6, message: "text after the closing quote of a field (a quote inside a quoted field is written \"\")")) { try CSVReader.read("a,\"b\" c\n") }
  }

  @Test func writingQuotesOnlyWhatNeedsItAndGuardsFormulas() throws {
    #expect(CSVReader.line(["plain", "a,b", "say \"hi\"", "two\nlines", "=HYPERLINK(1)", "-5", "@x"]) == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",'=HYPERLINK(1),-5,'@x")
    // What is written reads back the same (apart from the formula guard).
    let fields = ["a,b", "say \"hi\"", "two\nlines", ""]
    #expect(try texts(CSVReader.line(fields) + "\r\n") == [fields])
  }
}
