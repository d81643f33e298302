import Foundation

/// The element tree of the report's own (well-formed) HTML as an indented outline of tags with
/// their id and class: the structural golden, which text changes do not disturb.
enum HTMLStructure {
  static let void: Set<String> = ["meta", "br", "link", "img", "input", "hr"]

  static func outline(_ html: String) -> String {
    var lines: [String] = []
    var depth = 0
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
      rest = rest[rest.index(after: open)...]
      guard let close = rest.firstIndex(of: ">") else { break }
      let tag = rest[..<close]
      rest = rest[rest.index(after: close)...]
      if tag.hasPrefix("!") { continue }
      if tag.hasPrefix("/") {
        depth -= 1
        continue
      }
      let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" })
      var line = String(repeating: "  ", count: max(0, depth)) + name
      for attribute in ["id", "class"] {
        if let value = attributeValue(attribute, in: tag) { line += " \(attribute)=\(value)" }
      }
      lines.append(line)
      if !tag.hasSuffix("/") && !void.contains(name) { depth += 1 }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func attributeValue(_ name: String, in tag: Substring) -> String? {
    guard let range = tag.range(of: " \(name)=\"") else { return nil }
    let after = tag[range.upperBound...]
    return after.firstIndex(of: "\"").map { String(after[..<$0]) }
  }
}
