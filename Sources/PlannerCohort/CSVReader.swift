/// Reads CSV text as RFC 4180 says, and as spreadsheets write it: fields separated by commas,
/// records by CRLF (LF or a lone CR too), a field in double quotes may hold commas, line breaks
/// and doubled quotes (`""`); a UTF-8 byte-order mark at the start is dropped. Every field keeps
/// the line and column it starts at, so a bad value can be pointed at. Pure.
public enum CSVReader {
  public struct Field: Hashable, Sendable {
    public var text: String
    /// 1-based, of the field's first character (its opening quote when quoted).
    public var line: Int
    public var column: Int
  }

  public struct Failure: Error, Equatable, Sendable {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
      self.line = line
      self.column = column
      self.message = message
    }
  }

  /// The records, each a list of fields; blank lines are skipped.
  public static func read(_ text: String) throws(Failure) -> [[Field]] {
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var records: [[Field]] = []
    var record: [Field] = []
    var i = 0
    var line = 1
    var column = 1
    let n = scalars.count

    // One step over a line break (CRLF, LF or CR) or one character.
    func advance() {
      if scalars[i] == "\r" {
        i += (i + 1 < n && scalars[i + 1] == "\n") ? 2 : 1
        line += 1
        column = 1
      } else if scalars[i] == "\n" {
        i += 1
        line += 1
        column = 1
      } else {
        i += 1
        column += 1
      }
    }
    func isBreak(_ s: Unicode.Scalar) -> Bool { s == "\r" || s == "\n" }

    while i < n {
      let startLine = line
      let startColumn = column
      var value = String.UnicodeScalarView()
      if scalars[i] == "\"" {
        advance()
        var closed = false
        while i < n {
          if scalars[i] == "\"" {
            if i + 1 < n && scalars[i + 1] == "\"" {
              value.append("\"")
              advance()
              advance()
              continue
            }
            advance()
            closed = true
            break
          }
          // A quoted line break is part of the value, written as a line feed.
          value.append(isBreak(scalars[i]) ? "\n" : scalars[i])
          advance()
        }
        if !closed { throw Failure(line: startLine, column: startColumn, message: "a quoted field is never closed (a missing \")") }
        if i < n && scalars[i] != "," && !isBreak(scalars[i]) {
          throw Failure(line: line, column: column, message: "text after the closing quote of a field (a quote inside a quoted field is written \"\")")
        }
      } else {
        while i < n && scalars[i] != "," && !isBreak(scalars[i]) {
          if scalars[i] == "\"" {
            throw Failure(line: line, column: column, message: "a quote inside an unquoted field (quote the whole field and double the quote: \"\")")
          }
          value.append(scalars[i])
          advance()
        }
      }
      record.append(Field(text: String(value), line: startLine, column: startColumn))
      if i < n && scalars[i] == "," {
        advance()
        // A comma at the very end of the text still ends with an empty field.
        if i == n { record.append(Field(text: "", line: line, column: column)) }
        continue
      }
      if i < n { advance() }
      if !(record.count == 1 && record[0].text.isEmpty) { records.append(record) }
      record = []
    }
    if !record.isEmpty && !(record.count == 1 && record[0].text.isEmpty) { records.append(record) }
    return records
  }

  /// One record as CSV text (no line end): fields quoted when they hold a comma, a quote or a
  /// line break; text a spreadsheet would run as a formula (= + - @) gets a leading apostrophe.
  public static func line(_ fields: [String]) -> String {
    fields.map { field in
      var s = field
      if let first = s.first, Int(s) == nil, ["=", "+", "-", "@", "\t", "\r"].contains(first) { s = "'" + s }
      guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
      return "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }.joined(separator: ",")
  }
}
