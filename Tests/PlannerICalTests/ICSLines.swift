import PlannerICal

/// Helpers to look at exported text line by line, as octets, the way clients see it.
enum ICS {
  /// Physical lines (split on CRLF), as raw octets; the final empty piece after the last CRLF is dropped.
  static func physicalLines(_ text: String) -> [[UInt8]] {
    let bytes = Array(text.utf8)
    var lines: [[UInt8]] = []
    var current: [UInt8] = []
    var i = 0
    while i < bytes.count {
      if bytes[i] == 13 && i + 1 < bytes.count && bytes[i + 1] == 10 {
        lines.append(current)
        current = []
        i += 2
      } else {
        current.append(bytes[i])
        i += 1
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  /// Logical lines: folds undone (CRLF followed by one space or tab).
  static func unfolded(_ text: String) -> [String] {
    var result: [[UInt8]] = []
    for line in physicalLines(text) {
      if let first = line.first, first == 32 || first == 9, !result.isEmpty {
        result[result.count - 1].append(contentsOf: line.dropFirst())
      } else {
        result.append(line)
      }
    }
    return result.map { String(decoding: $0, as: UTF8.self) }
  }

  /// The text of each component `BEGIN:<kind>` … `END:<kind>` (exact bytes), keyed by UID.
  static func blocks(_ text: String, kind: String = "VEVENT") -> [String: String] {
    var found: [String: String] = [:]
    var current: [String]?
    for line in text.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init) {
      if line == "BEGIN:\(kind)" { current = [] }
      current?.append(line)
      if line == "END:\(kind)", let block = current {
        let joined = block.joined(separator: "\r\n")
        let uid = unfolded(joined + "\r\n").first { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) } ?? "?"
        found[uid] = joined
        current = nil
      }
    }
    return found
  }

  /// The value of the first logical line starting with `name` (":" or ";" included by the caller).
  static func values(_ text: String, _ prefix: String) -> [String] {
    unfolded(text).filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
  }
}
