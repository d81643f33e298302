import PlannerCore

/// A YAML file's bytes (a profile, a journal, a rules pack) turned into text, or an error that
/// says where and why they are not UTF-8 text the planner can read. Pure: the caller reads the file.
///
/// Positions count lines as YAML does (LF, CRLF or a lone CR end a line) and columns in
/// characters (Unicode scalars) from 1, so they match the parser's own diagnostics.
public enum YAMLText {
  static let resave = "re-save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)"

  /// The text of a profile file; a UTF-8 byte-order mark is dropped.
  public static func decode(_ bytes: [UInt8], file: String) throws(DiagnosticError) -> String {
    if let found = utf16or32(bytes) {
      throw DiagnosticError([Diagnostic(file: file, line: 1, column: found.column, message: "the file is \(found.name), not UTF-8; \(resave)")])
    }
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    guard let bad = firstInvalidUTF8(body) else { return String(decoding: body, as: UTF8.self) }
    var position = Position()
    for scalar in String(decoding: body[..<bad], as: UTF8.self).unicodeScalars { position.advance(over: scalar) }
    let byte = body[bad]
    let hint = byte >= 0x80 ? " (the file may be Latin-1 or Windows-1252)" : ""
    let hex = String(byte, radix: 16, uppercase: true)
    throw DiagnosticError([Diagnostic(file: file, line: position.line, column: position.column, message: "the file is not UTF-8: byte 0x\(hex) here is not valid UTF-8\(hint); \(resave)")])
  }

  /// The index of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629:
  /// no overlong forms, no surrogates, nothing past U+10FFFF), or nil when all are well formed.
  static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let lead = bytes[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      let count: Int
      var second: ClosedRange<UInt8> = 0x80...0xBF
      switch lead {
      case 0xC2...0xDF: count = 1
      case 0xE0: count = 2; second = 0xA0...0xBF
      case 0xED: count = 2; second = 0x80...0x9F
      case 0xE1...0xEF: count = 2
      case 0xF0: count = 3; second = 0x90...0xBF
      case 0xF4: count = 3; second = 0x80...0x8F
      case 0xF1...0xF3: count = 3
      default: return i
      }
      for k in 1...count {
        let j = i + k
        guard j < bytes.endIndex, (k == 1 ? second : 0x80...0xBF).contains(bytes[j]) else { return i }
      }
      i += count + 1
    }
    return nil
  }

  /// UTF-16 or UTF-32, told by a byte-order mark or, without one, by the NUL bytes every ASCII
  /// character of such a file carries. The column is the first byte that is not UTF-8 text.
  static func utf16or32(_ b: [UInt8]) -> (name: String, column: Int)? {
    if b.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return ("UTF-32 (big-endian, with a byte-order mark)", 1) }
    if b.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return ("UTF-32 (little-endian, with a byte-order mark)", 1) }
    if b.starts(with: [0xFE, 0xFF]) { return ("UTF-16 (big-endian, with a byte-order mark)", 1) }
    if b.starts(with: [0xFF, 0xFE]) { return ("UTF-16 (little-endian, with a byte-order mark)", 1) }
    // Two ASCII characters in a row with NULs between them: one stray NUL is not enough.
    guard b.count >= 4 else { return nil }
    if b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0 { return ("UTF-16 (little-endian, no byte-order mark)", 2) }
    if b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0 { return ("UTF-16 (big-endian, no byte-order mark)", 1) }
    return nil
  }

  /// Characters YAML forbids in a file (C0 controls other than tab and line breaks, DEL, C1),
  /// each at its own line and column and shown escaped; at most `limit` of them.
  public static func controlCharacters(in text: String, file: String, limit: Int = 10) -> [Diagnostic] {
    var found: [Diagnostic] = []
    var position = Position()
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if (v < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || (0x7F...0x9F).contains(v) {
        found.append(Diagnostic(file: file, line: position.line, column: position.column, message: "control character \(TerminalText.escape(scalar)) is not allowed in a profile; delete it"))
        if found.count == limit { break }
      }
      position.advance(over: scalar)
    }
    return found
  }

  /// Line and column of the next character, advanced one Unicode scalar at a time.
  struct Position {
    var line = 1
    var column = 1
    var afterCR = false

    mutating func advance(over scalar: Unicode.Scalar) {
      defer { afterCR = scalar == "\r" }
      if scalar == "\n" && afterCR { return }
      if scalar == "\n" || scalar == "\r" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
  }

  /// The line and column of a UTF-8 byte offset into `text` (libyaml reports offsets).
  static func position(ofUTF8Offset offset: Int, in text: String) -> (line: Int, column: Int) {
    var position = Position()
    var consumed = 0
    for scalar in text.unicodeScalars {
      if consumed >= offset { break }
      consumed += UTF8.width(scalar)
      position.advance(over: scalar)
    }
    return (position.line, position.column)
  }

  /// The line and column of a character offset (Yams reports reader errors so).
  static func position(ofCharacterOffset offset: Int, in text: String) -> (line: Int, column: Int) {
    var position = Position()
    for (i, character) in text.enumerated() {
      if i >= offset { break }
      for scalar in character.unicodeScalars { position.advance(over: scalar) }
    }
    return (position.line, position.column)
  }

  /// A value as it appears in a message: on one line, unsafe characters escaped, and cut
  /// after `limit` characters so that a huge value never floods the terminal.
  public static func quoted(_ value: String, limit: Int = 60) -> String {
    var shown = ""
    var count = 0
    for scalar in value.unicodeScalars {
      if count == limit {
        shown += "…"
        break
      }
      switch scalar {
      case "\n": shown += "\\n"
      case "\r": shown += "\\r"
      case "\t": shown += "\\t"
      case _ where TerminalText.isUnsafe(scalar): shown += TerminalText.escape(scalar)
      default: shown.unicodeScalars.append(scalar)
      }
      count += 1
    }
    return "'" + shown + "'"
  }
}
