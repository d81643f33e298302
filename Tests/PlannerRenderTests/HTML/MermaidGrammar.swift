import PlannerCore
import PlannerRules

/// Mermaid's gantt grammar, as its lexer and parser read a line (packages/mermaid/src/diagrams/
/// gantt/parser/gantt.jison, and parseData in ganttDb.js for what follows a task's colon).
/// The jison lexer takes the first rule that matches, in this order, so a task name starting
/// with a keyword is read as that keyword.
enum MermaidGrammar {
  struct Token {
    var kind: String
    var text: String
  }

  /// Lexer rules in the grammar's order (case-insensitive, `%options case-insensitive`).
  static let rules: [(String, String)] = [
    ("gantt", #"gantt"#),
    ("dateFormat", #"dateFormat\s[^#\n;]+"#),
    ("inclusiveEndDates", #"inclusiveEndDates"#),
    ("topAxis", #"topAxis"#),
    ("axisFormat", #"axisFormat\s[^#\n;]+"#),
    ("tickInterval", #"tickInterval\s[^#\n;]+"#),
    ("includes", #"includes\s[^#\n;]+"#),
    ("excludes", #"excludes\s[^#\n;]+"#),
    ("todayMarker", #"todayMarker\s[^\n;]+"#),
    ("weekday", #"weekday\s[^#\n;]+"#),
    ("date", #"\d\d\d\d-\d\d-\d\d"#),
    ("title", #"title\s[^#\n;]+"#),
    ("accDescription", #"accDescription\s[^#\n;]+"#),
    ("section", #"section\s[^#:\n;]+"#),
    ("taskTxt", #"[^#:\n;]+"#),
    ("taskData", #":[^#\n;]+"#),
  ]

  /// One line's tokens (leading whitespace skipped, as `\s+` is), or the text it stops at.
  static func tokens(_ line: String) -> Result<[Token], LineError> {
    var rest = Substring(line)
    var out: [Token] = []
    while true {
      while rest.first?.isWhitespace == true { rest = rest.dropFirst() }
      if rest.isEmpty { return .success(out) }
      var matched = false
      for (kind, pattern) in rules {
        guard let regex = try? Regex(pattern).ignoresCase(), let m = rest.prefixMatch(of: regex), !m.output[0].substring!.isEmpty else { continue }
        let text = String(rest[m.range])
        out.append(Token(kind: kind, text: text))
        rest = rest[m.range.upperBound...]
        matched = true
        break
      }
      if !matched { return .failure(LineError(message: "no token matches at '\(rest.prefix(20))'")) }
    }
  }

  struct LineError: Error {
    var message: String
  }

  /// What one statement line is: a keyword statement, or a task with its parsed data.
  enum Statement: Equatable {
    case keyword(String, String)
    case task(text: String, tags: [String], id: String, start: String, end: String)
  }

  static let keywordStatements: Set<String> = ["gantt", "dateFormat", "inclusiveEndDates", "topAxis", "axisFormat", "tickInterval",
    "includes", "excludes", "todayMarker", "weekday", "title", "accDescription", "section"]

  static func statement(_ line: String) -> Result<Statement, LineError> {
    let toks: [Token]
    switch tokens(line) {
    case .success(let t): toks = t
    case .failure(let e): return .failure(e)
    }
    if toks.count == 1, keywordStatements.contains(toks[0].kind) {
      return .success(.keyword(toks[0].kind, toks[0].text))
    }
    guard toks.count == 2, toks[0].kind == "taskTxt", toks[1].kind == "taskData" else {
      return .failure(LineError(message: "tokens \(toks.map(\.kind)) are not a statement"))
    }
    // parseData: split on commas, take leading tags, then [id,] start, end.
    var data = toks[1].text.dropFirst().split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmed }
    var tags: [String] = []
    while let first = data.first, ["active", "done", "crit", "milestone"].contains(first) {
      tags.append(first)
      data.removeFirst()
    }
    guard data.count == 3 else { return .failure(LineError(message: "expected id, start, end after the tags, got \(data)")) }
    return .success(.task(text: toks[0].text.trimmed, tags: tags, id: data[0], start: data[1], end: data[2]))
  }
}

extension String {
  var trimmed: String {
    var s = Substring(self)
    while s.first?.isWhitespace == true { s = s.dropFirst() }
    while s.last?.isWhitespace == true { s = s.dropLast() }
    return String(s)
  }
}
