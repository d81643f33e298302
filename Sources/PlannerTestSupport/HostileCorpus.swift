/// Generated hostile inputs, too large or too many to keep as files: the classes issue 26 names
/// (long scalars under aliases, misspelt references by the thousand, huge lists, near-miss keys,
/// deep nesting, a key × wrong-type matrix, a huge CSV cell). Shared by the suite
/// (`HostileCorpusTests`, `WrongTypeMatrixTests`) and the larger run (`planner-fuzz`,
/// Tests/hostile/run.sh); the small reproducers live as files in Tests/hostile/.
public enum HostileCorpus {
  /// The head every generated profile starts from: valid on its own.
  public static let head = """
    name: Dr. Hostile Input
    timezone: UTC
    graduation: 2025-06-01
    visa: j1
    specialty: internal medicine

    """

  /// One long scalar behind an anchor, aliased many times (once 302 MB of JSON from 0.2 MB).
  public static func longScalarUnderAliases(scalarBytes: Int = 100_000, aliases: Int = 3_000) -> String {
    var text = head.replacingName(with: "&n \"" + String(repeating: "x", count: scalarBytes) + "\"") + "tasks:\n"
    for i in 0..<aliases { text += "  - {id: own.t\(i), name: *n, days: 1}\n" }
    return text
  }

  /// Own tasks each waiting on a task that does not exist, under a near name.
  public static func misspeltReferences(_ count: Int = 5_000) -> String {
    var text = head + "tasks:\n"
    for i in 0..<count { text += "  - {id: own.t\(i), days: 1, after: own.tt\(i)}\n" }
    return text
  }

  /// A list of `count` items where a profile has a few: exam attempts, own tasks or done records.
  public static func hugeList(_ kind: HugeList, count: Int = 50_000) -> String {
    var text = head
    switch kind {
    case .attempts:
      text += "exams:\n  step1:\n    attempts:\n"
      for i in 0..<count { text += "      - {date: \(day(i)), result: fail}\n" }
    case .tasks:
      text += "tasks:\n"
      for i in 0..<count { text += "  - {id: own.t\(i), days: 1\(i > 0 ? ", after: own.t\(i - 1)" : "")}\n" }
    case .done:
      text += "done:\n"
      for i in 0..<count { text += "  own.d\(i): \(day(i))\n" }
    }
    return text
  }

  public enum HugeList: String, CaseIterable, Sendable { case attempts, tasks, done }

  /// A day in 2000–2027 for item `i`, never in the January testing break.
  static func day(_ i: Int) -> String {
    let month = 2 + i % 11
    let dayOfMonth = 1 + (i / 11) % 28
    let year = 2000 + (i / 308) % 28
    return "\(year)-\(month < 10 ? "0" : "")\(month)-\(dayOfMonth < 10 ? "0" : "")\(dayOfMonth)"
  }

  /// Every key a profile knows, each with one letter changed, in one file.
  public static func nearMissKeys() -> String {
    var text = ""
    for (i, key) in topKeys.enumerated() {
      var letters = Array(key)
      let at = i % letters.count
      letters[at] = letters[at] == "e" ? "a" : "e"
      text += "\(String(letters)): x\n"
    }
    return text
  }

  /// Flow sequences nested `depth` deep under a profile key.
  public static func deepNesting(_ depth: Int = 100_000) -> String {
    head + "tasks: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
  }

  /// A programs CSV whose one cell is `bytes` long.
  public static func hugeCSVCell(bytes: Int = 1_000_000) -> String {
    "name,interviews,note\nA," + String(repeating: "9", count: bytes) + ",x\n"
  }

  /// The profile's keys, as a person writes them (`WrongTypeMatrixTests` checks this list
  /// against the parser's own).
  public static let topKeys = [
    "name", "id", "timezone", "match", "graduation", "visa", "specialty", "documents_in_english",
    "school_in_emswp", "school", "school_ecfmg_note", "school_accreditation", "exams", "step2cs_pass", "step2cs_failed",
    "license", "licence", "pathway2_osce_passed", "pathway2_exam_passed", "pathway", "done", "lead_times", "tasks", "risk",
    "statement_of_need", "caldav", "busy", "study_hours_per_week", "save_baseline",
  ]

  /// Nested keys, by the path a person writes them under.
  public static let nestedKeys = [
    "exams.step1.attempts", "exams.step1.booked", "exams.step1.study_weeks", "exams.step1.ready_by",
    "exams.step2ck.booked", "exams.oet.attempts", "pathway.number", "pathway.season", "pathway.applied",
    "pathway.accepted", "licence.issued", "licence.expires", "lead_times.credentials", "done.ecfmg.account",
  ]

  /// Values of every YAML shape, each wrong for most keys.
  public static let wrongValues = [
    "[1, 2, 3]", "{a: b}", "true", "~", "\"\"", "[]", "{}", "-5", "99999999999999999999", "2027-02-30",
    "9999-12-31", "\"\\e]0;x\\a\"", String(repeating: "y", count: 10_000),
  ]

  /// The matrix: every key (top-level and nested) × every wrong value, as (label, profile).
  public static func wrongTypeMatrix() -> [(label: String, profile: String)] {
    var cases: [(String, String)] = []
    for value in wrongValues {
      let shown = value.count > 20 ? String(value.prefix(20)) + "…" : value
      for key in topKeys where !["name"].contains(key) {
        cases.append(("\(key): \(shown)", head.removingKey(key) + "\(key): \(value)\n"))
      }
      cases.append(("name: \(shown)", head.replacingName(with: value)))
      for path in nestedKeys {
        let parts = path.split(separator: ".", maxSplits: path.hasPrefix("done.") ? 1 : 2).map(String.init)
        var text = head
        for (depth, part) in parts.enumerated() {
          let indent = String(repeating: "  ", count: depth)
          text += depth == parts.count - 1 ? "\(indent)\(part): \(value)\n" : "\(indent)\(part):\n"
        }
        cases.append(("\(path): \(shown)", text))
      }
    }
    return cases
  }
}

extension String {
  /// The corpus head with its `name:` value replaced.
  func replacingName(with value: String) -> String {
    split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix("name: ") ? "name: " + value : String($0) }.joined(separator: "\n")
  }

  /// The corpus head without the line of `key` (so the matrix never writes a key twice).
  func removingKey(_ key: String) -> String {
    split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix(key + ": ") }.joined(separator: "\n")
  }
}
