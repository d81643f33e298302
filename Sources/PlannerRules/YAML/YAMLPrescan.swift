internal import CYaml

/// A first pass over the profile's YAML events (libyaml, the parser under Yams), before any
/// node is built.
///
/// Yams expands aliases and compares mapping keys structurally, so a few hundred bytes of nested
/// aliases ("billion laughs") would make building or walking the profile take unbounded time and
/// memory. This pass streams the events in constant memory per nesting level and refuses, with
/// the position of the offending alias or key:
/// - aliases that would add more than `aliasBudget` values or `aliasByteBudget` bytes of text in
///   all (a 100 KB scalar aliased 3,000 times once made 302 MB of JSON; issue 26, point 6),
/// - nesting deeper than `depthLimit` (Yams builds nodes recursively),
/// - a key that appears twice in a mapping (at its second occurrence, naming the first line),
/// - any syntax error, at libyaml's own position.
public enum YAMLPrescan {
  static let aliasBudget = 10_000
  static let aliasByteBudget = 1024 * 1024
  static let depthLimit = 64

  private struct Frame {
    var anchor: String?
    var mark: YAMLAliases.Position
    var size = 1
    var bytes = 0
    var isMapping: Bool
    var children = 0
    /// Scalar keys seen so far in a mapping, with the line of each.
    var keys: [String: Int] = [:]
  }

  public static func check(_ text: String, file: String) -> Diagnostic? {
    if case .failure(let problem) = scan(text, file: file) { return problem }
    return nil
  }

  /// The check, and where each alias was used (`YAMLAliases`), so that a value reached through
  /// an alias is reported at the alias, not at its anchor.
  public static func scan(_ text: String, file: String) -> Result<YAMLAliases, Diagnostic> {
    var bytes = Array(text.utf8)
    if bytes.isEmpty { return .success(YAMLAliases()) }
    return bytes.withUnsafeMutableBufferPointer { buffer -> Result<YAMLAliases, Diagnostic> in
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else {
        return .failure(Diagnostic(file: file, line: 1, column: 1, message: "cannot read YAML: out of memory"))
      }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var walk = Walk(file: file)
      while true {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(syntaxError(parser, text: text, file: file)) }
        let done = event.type == YAML_STREAM_END_EVENT
        let problem = walk.take(event)
        yaml_event_delete(&event)
        if let problem { return .failure(problem) }
        if done { return .success(walk.aliases) }
      }
    }
  }

  /// libyaml's message at libyaml's position, as one line.
  private static func syntaxError(_ parser: yaml_parser_t, text: String, file: String) -> Diagnostic {
    let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
    // libyaml's own nesting limit (deeper than ours) speaks to programmers: say it our way.
    if problem.hasPrefix("Maximum nesting level") {
      let message = "values are nested more than \(depthLimit) levels deep; a profile needs a few"
      return Diagnostic(file: file, line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1, message: message)
    }
    // A tab in the indentation is the usual cause, and libyaml's words do not say so (issue 25,
    // point 6; DateSpellingTests.aTabIndentedLineSaysSo).
    let line = Int(parser.problem_mark.line) + 1
    if let tab = tabIndentation(text, line: line) {
      return Diagnostic(file: file, line: line, column: tab, message: "line \(line) is indented with a tab; YAML needs spaces: replace the tab with spaces")
    }
    if parser.error == YAML_READER_ERROR {
      let at = YAMLText.position(ofUTF8Offset: parser.problem_offset, in: text)
      return Diagnostic(file: file, line: at.line, column: at.column, message: "YAML syntax: \(problem)")
    }
    let context = parser.context.map { " (\(String(cString: $0)) on line \(parser.context_mark.line + 1))" } ?? ""
    return Diagnostic(
      file: file, line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1,
      message: "YAML syntax: \(problem)\(context)")
  }

  /// The column of the first tab in the line's leading white space, if any.
  static func tabIndentation(_ text: String, line: Int) -> Int? {
    var number = 1
    var start = text.startIndex
    while number < line, let end = text[start...].firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
      start = text.index(after: end)
      number += 1
    }
    guard number == line else { return nil }
    var column = 1
    for character in text[start...] {
      if character == "\t" { return column }
      guard character == " " else { return nil }
      column += 1
    }
    return nil
  }

  private struct Walk {
    let file: String
    var stack: [Frame] = []
    var anchors: [String: (size: Int, bytes: Int, mark: YAMLAliases.Position)] = [:]
    var expanded = 0
    var expandedBytes = 0
    var aliases = YAMLAliases()

    init(file: String) { self.file = file }

    mutating func take(_ event: yaml_event_t) -> Diagnostic? {
      let line = Int(event.start_mark.line) + 1
      let column = Int(event.start_mark.column) + 1
      let file = self.file
      let diagnostic = { (message: String) in Diagnostic(file: file, line: line, column: column, message: message) }
      switch event.type {
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        let value = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
        if let problem = keyCheck(value, line: line, diagnostic) { return problem }
        return child(size: 1, bytes: scalar.length, anchor: name(scalar.anchor), mark: .init(line: line, column: column))
      case YAML_ALIAS_EVENT:
        let anchor = name(event.data.alias.anchor) ?? ""
        let target = anchors[anchor] ?? (1, 0, .init(line: line, column: column))
        expanded += target.size
        expandedBytes = min(expandedBytes + target.bytes, Int.max / 4)
        if expanded > YAMLPrescan.aliasBudget {
          return diagnostic("aliases in the profile expand to more than \(YAMLPrescan.aliasBudget) values; planner does not read profiles built this way (write the values out)")
        }
        if expandedBytes > YAMLPrescan.aliasByteBudget {
          return diagnostic("aliases in the profile expand to more than \(YAMLPrescan.aliasByteBudget / 1024 / 1024) MB of text; planner does not read profiles built this way (write the values out)")
        }
        aliases.uses.append(.init(anchor: target.mark, use: .init(line: line, column: column)))
        _ = keyCheck(nil, line: line, diagnostic)
        return child(size: target.size, bytes: target.bytes, anchor: nil, mark: .init(line: line, column: column))
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        _ = keyCheck(nil, line: line, diagnostic)
        if stack.count >= YAMLPrescan.depthLimit {
          return diagnostic("values are nested more than \(YAMLPrescan.depthLimit) levels deep; a profile needs a few")
        }
        let mapping = event.type == YAML_MAPPING_START_EVENT
        let anchor = mapping ? name(event.data.mapping_start.anchor) : name(event.data.sequence_start.anchor)
        stack.append(Frame(anchor: anchor, mark: .init(line: line, column: column), isMapping: mapping))
        return nil
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let frame = stack.popLast() else { return nil }
        return child(size: frame.size, bytes: frame.bytes, anchor: frame.anchor, mark: frame.mark)
      default:
        return nil
      }
    }

    /// In a mapping, every other child is a key: a scalar key seen before is a duplicate.
    mutating func keyCheck(_ key: String?, line: Int, _ diagnostic: (String) -> Diagnostic) -> Diagnostic? {
      guard let top = stack.indices.last, stack[top].isMapping, stack[top].children % 2 == 0, let key else { return nil }
      if let first = stack[top].keys[key] {
        return diagnostic("key \(YAMLText.quoted(key)) appears twice in this mapping (first on line \(first)); keep one")
      }
      stack[top].keys[key] = line
      return nil
    }

    /// Counts a finished value into its parent, and remembers its size and place under its anchor.
    mutating func child(size: Int, bytes: Int, anchor: String?, mark: YAMLAliases.Position) -> Diagnostic? {
      if let anchor {
        anchors[anchor] = (size, bytes, mark)
        aliases.anchors.insert(mark)
      }
      if let top = stack.indices.last {
        stack[top].children += 1
        stack[top].size = min(stack[top].size + size, Int.max / 4)
        stack[top].bytes = min(stack[top].bytes + bytes, Int.max / 4)
      }
      return nil
    }

    func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
      pointer.map { String(cString: $0) }
    }
  }
}
