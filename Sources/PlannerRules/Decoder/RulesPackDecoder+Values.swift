import PlannerCore
import Yams

/// One value's provenance as written in the pack.
struct PackMeta {
  var confidence: Confidence
  var source: String
  var note: String
  var verified: Day

  func sourced<V>(_ value: V) -> Sourced<V> {
    Sourced(value, confidence, source, note: note, verified: verified)
  }
}

extension RulesPackDecoder {
  /// A value's mapping: its own keys plus confidence, source, note (optional) and verified.
  /// Nil when anything is missing or wrong (already reported).
  mutating func item(_ node: Node, _ what: String, _ keys: [String], optional: Set<String> = []) -> (fields: [String: Node], meta: PackMeta)? {
    let required = (keys + ["confidence", "source", "verified"]).filter { !optional.contains($0) }
    let f = fields(node, keys + Self.metaKeys, what, required: required)
    // A missing key or a value that is not a mapping was reported by `fields`.
    guard node.mapping != nil, required.allSatisfy({ f[$0] != nil }) else { return nil }
    let confidence = f["confidence"].flatMap { reader.choice($0, "\(what).confidence", Confidence.self) }
    let source = f["source"].flatMap { reader.string($0, "\(what).source") }
    let note = f["note"].flatMap { reader.string($0, "\(what).note") } ?? ""
    let verified = f["verified"].flatMap { reader.date($0, "\(what).verified") }
    if let node = f["source"], let source {
      if source.allSatisfy({ $0 == " " || $0 == "\t" }) {
        reader.fail(node, "\(what).source is empty: every value needs the address a person can check")
      } else if let scheme = Self.scriptScheme(source) {
        // A source becomes a link in the HTML report and the calendar (issue 26, point 12).
        reader.fail(node, "\(what).source: a '\(scheme)' address is never a source; give the http:// or https:// page the value comes from")
      } else if confidence != .estimated && !(source.hasPrefix("https://") || source.hasPrefix("http://")) {
        reader.fail(node, "\(what).source: an official or third-party value needs a web address (http:// or https://), got '\(source)'")
      }
    }
    guard let confidence, let source, let verified, !source.isEmpty else { return nil }
    count += 1
    return (f, PackMeta(confidence: confidence, source: source, note: note, verified: verified))
  }

  /// The scheme of a source that would run or embed content when followed (`javascript:`,
  /// `data:`, `vbscript:`, `file:`), ignoring case and leading spaces; nil for anything else.
  static func scriptScheme(_ source: String) -> String? {
    let text = source.drop { $0 == " " || $0 == "\t" }.lowercased()
    return ["javascript:", "data:", "vbscript:", "file:"].first { text.hasPrefix($0) }
  }

  /// `{value: N, …}` as a sourced integer.
  mutating func int(_ node: Node?, _ what: String, in range: ClosedRange<Int>, unit: String) -> Sourced<Int>? {
    guard let node, let (f, meta) = item(node, what, ["value"]), let v = reader.integer(f["value"]!, "\(what).value", in: range, unit: unit) else { return nil }
    return meta.sourced(v)
  }

  /// `{date: YYYY-MM-DD, …}` as a sourced day.
  mutating func day(_ node: Node?, _ what: String) -> Sourced<Day>? {
    guard let node, let (f, meta) = item(node, what, ["date"]), let d = reader.date(f["date"]!, "\(what).date") else { return nil }
    return meta.sourced(d)
  }

  /// A history newest first: every entry has `from` but the last, which applies before them all
  /// unless it has a `from` too (then nothing is known before it).
  mutating func history<V>(_ node: Node?, _ what: String, _ keys: [String], optional: Set<String> = [], _ read: (inout RulesPackDecoder, [String: Node], String) -> V?) -> [Dated<V>]? {
    guard let node else { return nil }
    guard let list = node.sequence, !list.isEmpty else {
      reader.fail(node, "\(what) must be a list of entries, newest first")
      return nil
    }
    var result: [Dated<V>] = []
    var ok = true
    for (i, entry) in list.enumerated() {
      let label = "\(what)[\(i + 1)]"
      let isLast = i == list.count - 1
      guard let (f, meta) = item(entry, label, ["from"] + keys, optional: optional.union(["from"])) else {
        ok = false
        continue
      }
      var from = Dated<V>.always
      if let node = f["from"] {
        guard let d = reader.date(node, "\(label).from") else {
          ok = false
          continue
        }
        if let previous = result.last, d >= previous.from {
          reader.fail(node, "\(label).from \(d) is not before the entry above it (\(previous.from)): list entries newest first")
          ok = false
        }
        from = d
      } else if !isLast {
        reader.fail(entry, "\(label): missing 'from' (only the last entry may leave it out)")
        ok = false
      }
      guard let value = read(&self, f, label) else {
        ok = false
        continue
      }
      result.append(Dated(from: from, meta.sourced(value)))
    }
    return ok ? result : nil
  }
}
