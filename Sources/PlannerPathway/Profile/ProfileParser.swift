import PlannerCore
import Yams

/// Reads a profile from YAML text. Pure: the caller reads the file and passes its name for
/// diagnostics. Every problem is collected with its line and column, quoting the bad value.
public struct ProfileParser {
  let file: String
  /// The lead-time keys the rules pack knows, for `lead_times:`.
  let leadTimeKeys: [String]
  /// The exam rules, for passing scores by test date (nil when reading the rules pack itself).
  var examRules: ExamRules? = nil
  var diagnostics: [ProfileDiagnostic] = []
  var profile = Profile()

  static let topKeys = [
    "name", "id", "timezone", "match", "graduation", "visa", "specialty", "documents_in_english",
    "school_in_emswp", "school", "school_ecfmg_note", "school_accreditation", "exams", "step2cs_pass", "step2cs_failed",
    "license", "licence", "pathway2_exam_passed", "pathway", "done", "lead_times", "tasks", "risk",
    "statement_of_need",
  ]
  static let licenceKeys = ["issued", "expires"]
  static let examKeys = ["attempts", "booked", "study_weeks", "ready_by"]
  static let attemptKeys = ["date", "result", "score", "scores"]
  static let pathwayKeys = ["number", "season", "applied", "accepted"]
  static let taskKeys = ["id", "name", "days", "after", "not_before", "fixed", "deadline", "target", "blocks_study"]

  public static func parse(_ text: String, file: String, rules: RulesPack) throws(ProfileError) -> Profile {
    let read = read(text, file: file, rules: rules)
    guard let profile = read.profile, read.diagnostics.isEmpty else { throw ProfileError(read.diagnostics) }
    return profile
  }

  /// A profile from the file's bytes: not UTF-8 is an error with its position.
  public static func parse(bytes: [UInt8], file: String, rules: RulesPack) throws(ProfileError) -> Profile {
    try parse(ProfileText.decode(bytes, file: file), file: file, rules: rules)
  }

  /// Every problem in the profile, and the profile as far as it could be read (nil when the text
  /// is not YAML at all), so the caller can add the problems only planning finds and report them
  /// all in one round.
  public static func read(_ text: String, file: String, rules: RulesPack) -> (profile: Profile?, diagnostics: [ProfileDiagnostic]) {
    var parser = ProfileParser(file: file, leadTimeKeys: rules.leadTimes.keys, examRules: rules.exam)
    // Checked before Yams sees the text: positions of the characters themselves, and bounds on
    // what Yams would otherwise expand without limit.
    let controls = ProfileText.controlCharacters(in: text, file: file)
    if !controls.isEmpty { return (nil, controls) }
    if let problem = YAMLPrescan.check(text, file: file) { return (nil, [problem]) }
    let root: Node?
    do {
      // The parser reads every scalar as text itself, so Yams's regular-expression tag rules
      // (run for each key it checks for duplicates) would be wasted work; the encoding is named
      // so Yams does not read the environment on every profile.
      root = try Yams.compose(yaml: text, .basic, .default, .utf8)
    } catch let error as YamlError {
      return (nil, [parser.syntaxDiagnostic(error, text: text)])
    } catch {
      return (nil, [ProfileDiagnostic(file: file, line: 1, column: 1, message: "cannot read YAML")])
    }
    if let root { parser.readTop(root) }
    return (parser.profile, parser.diagnostics)
  }

  public static func read(bytes: [UInt8], file: String, rules: RulesPack) -> (profile: Profile?, diagnostics: [ProfileDiagnostic]) {
    do {
      return read(try ProfileText.decode(bytes, file: file), file: file, rules: rules)
    } catch {
      return (nil, error.diagnostics)
    }
  }

  /// Yams' errors as one positioned line (the prescan reports most of them first).
  func syntaxDiagnostic(_ error: YamlError, text: String) -> ProfileDiagnostic {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return ProfileDiagnostic(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(problem)")
    case .reader(let problem, let offset, _, _):
      let at = offset.map { ProfileText.position(ofCharacterOffset: $0, in: text) } ?? (line: 1, column: 1)
      return ProfileDiagnostic(file: file, line: at.line, column: at.column, message: "YAML syntax: \(problem)")
    case .duplicatedKeysInMapping(let keys, let context):
      let names = keys.prefix(3).map { ProfileText.quoted($0) }.joined(separator: ", ")
      return ProfileDiagnostic(file: file, line: context.mark.line, column: context.mark.column, message: "a key appears twice in this mapping: \(names)")
    default:
      return ProfileDiagnostic(file: file, line: 1, column: 1, message: "cannot read YAML")
    }
  }

  /// What a value is, for messages: a short quote of a scalar, never a dump of a collection.
  static func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let s): return ProfileText.quoted(s.string)
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  mutating func fail(_ node: Node, _ message: String) {
    let mark = node.mark
    diagnostics.append(ProfileDiagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
  }

  /// The pairs of a mapping, reporting unknown keys (with a hint) and a non-mapping value.
  mutating func pairs(_ node: Node, allowed: [String]?, context: String) -> [(key: String, keyNode: Node, value: Node)] {
    if case .scalar(let s) = node, s.string.isEmpty || s.string == "~" || s.string == "null" { return [] }
    guard let mapping = node.mapping else {
      fail(node, "\(context) must be a mapping of keys to values, got \(Self.describe(node))")
      return []
    }
    var result: [(String, Node, Node)] = []
    var seen: Set<String> = []
    for (k, v) in mapping {
      guard case .scalar(let scalar) = k else {
        fail(k, "keys in \(context) must be plain words, got \(Self.describe(k))")
        continue
      }
      let key = scalar.string
      if !seen.insert(key).inserted {
        fail(k, "key \(ProfileText.quoted(key)) appears twice in \(context)")
        continue
      }
      if let allowed, !allowed.contains(key) {
        let hint = ProfileSpelling.suggestion(forKey: key, in: allowed, context: context).map { "; did you mean '\($0)'?" } ?? " (known keys: \(allowed.joined(separator: ", ")))"
        fail(k, "unknown key \(ProfileText.quoted(key)) in \(context)\(hint)")
        continue
      }
      result.append((key, k, v))
    }
    return result
  }

  mutating func string(_ node: Node, _ what: String) -> String? {
    guard case .scalar(let s) = node else {
      fail(node, "\(what) must be a single value, got \(Self.describe(node))")
      return nil
    }
    return s.string
  }

  mutating func date(_ node: Node, _ what: String) -> Day? {
    guard let text = string(node, what) else { return nil }
    guard let day = Day(iso: text) else {
      fail(node, "\(what): \(ProfileText.quoted(text)) is not a valid date (expected YYYY-MM-DD)")
      return nil
    }
    guard PlannableDates.range.contains(day) else {
      fail(node, "\(what): '\(day)' is outside the dates planner can plan (\(PlannableDates.summary))")
      return nil
    }
    return day
  }

  mutating func integer(_ node: Node, _ what: String, in range: ClosedRange<Int>, unit: String) -> Int? {
    guard let text = string(node, what) else { return nil }
    guard let value = Int(text), range.contains(value) else {
      fail(node, "\(what) must be a whole number of \(unit) from \(range.lowerBound) to \(range.upperBound), got \(ProfileText.quoted(text))")
      return nil
    }
    return value
  }

  mutating func boolean(_ node: Node, _ what: String) -> Bool? {
    guard let text = string(node, what) else { return nil }
    switch text.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default:
      fail(node, "\(what) must be true or false, got \(ProfileText.quoted(text))")
      return nil
    }
  }

  mutating func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ what: String, _: T.Type) -> T? where T.RawValue == String {
    guard let text = string(node, what) else { return nil }
    if let value = T(rawValue: text.lowercased()) { return value }
    // What people type: `J-1`, `J1`, `h-1b`, `H1B`, `H 1B` all mean the same choice.
    if let value = T.allCases.first(where: { ProfileSpelling.folded($0.rawValue) == ProfileSpelling.folded(text) }) { return value }
    let names = T.allCases.map(\.rawValue)
    let hint = nearest(text.lowercased(), in: names).map { "; did you mean '\($0)'?" } ?? ""
    fail(node, "\(what): \(ProfileText.quoted(text)) is not one of \(names.joined(separator: ", "))\(hint)")
    return nil
  }

  mutating func readTop(_ root: Node) {
    for (key, keyNode, value) in pairs(root, allowed: Self.topKeys, context: "the profile") {
      profile.lines[key] = keyNode.mark?.line
      switch key {
      case "name": profile.name = string(value, "name") ?? profile.name
      case "id": profile.id = string(value, "id")
      case "timezone":
        profile.timezone = string(value, "timezone") ?? profile.timezone
        remember("timezone", value)
      case "match": profile.match = integer(value, "match", in: 2020...2040, unit: "years")
      case "graduation": profile.graduation = date(value, "graduation")
      case "visa": profile.visa = choice(value, "visa", VisaTrack.self) ?? profile.visa
      case "specialty": profile.specialty = string(value, "specialty")
      case "documents_in_english": profile.documentsInEnglish = boolean(value, key) ?? true
      case "school_in_emswp": profile.schoolInEMSWP = boolean(value, key) ?? false
      case "school": profile.school = string(value, "school")
      case "school_ecfmg_note": profile.schoolECFMGNote = boolean(value, key)
      case "step2cs_pass":
        profile.legacyCSPass = date(value, "step2cs_pass")
        if let pass = profile.legacyCSPass, let last = examRules?.step2csLastTest, pass > last.value {
          fail(value, "step2cs_pass: '\(pass)' cannot be a Step 2 CS pass: testing stopped in March 2020 and never resumed, so a pass is dated on or before \(last.value) (\(last.source))")
          profile.legacyCSPass = nil
        }
      case "step2cs_failed": profile.failedCS = boolean(value, key) ?? false
      case "school_accreditation": profile.schoolAccreditation = choice(value, key, SchoolAccreditation.self)
      case "license", "licence":
        if profile.licence != nil || (key == "licence" && profile.lines["license"] != nil) {
          fail(keyNode, "give the licence once, under 'license' or 'licence'")
        } else {
          readLicence(value, key: key)
        }
      case "pathway2_exam_passed": profile.pathway2ExamPassed = date(value, key)
      case "exams": readExams(value)
      case "pathway": readPathway(value)
      case "done": readDone(value)
      case "lead_times": readLeadTimes(value)
      case "tasks": readTasks(value)
      case "risk": readRisk(value)
      case "statement_of_need": readStatementOfNeed(value)
      default: break
      }
    }
  }

  mutating func readExams(_ node: Node) {
    for (key, _, value) in pairs(node, allowed: Exam.allCases.map(\.rawValue), context: "exams") {
      guard let exam = Exam(rawValue: key) else { continue }
      var record = ExamRecord()
      for (field, _, v) in pairs(value, allowed: Self.examKeys, context: "exams.\(key)") {
        switch field {
        case "booked":
          record.booked = date(v, "exams.\(key).booked")
          if exam != .oet, let booked = record.booked, let rules = examRules, rules.firstTestingDay(onOrAfter: booked) != booked {
            fail(v, "exams.\(key).booked: '\(booked)' is in the January testing break: there is no USMLE testing in the first \(rules.januaryBlackoutDays.value) days of January; the first testing day is \(rules.firstTestingDay(onOrAfter: booked)) (\(rules.januaryBlackoutDays.source))")
          }
        case "study_weeks": record.studyWeeks = integer(v, "exams.\(key).study_weeks", in: 0...104, unit: "weeks")
        case "ready_by": record.readyBy = date(v, "exams.\(key).ready_by")
        case "attempts": record.attempts = readAttempts(v, exam: exam)
        default: break
        }
      }
      profile.exams[exam] = record
    }
  }

  mutating func readAttempts(_ node: Node, exam: Exam) -> [Attempt] {
    guard let items = node.sequence else {
      fail(node, "exams.\(exam.rawValue).attempts must be a list of attempts (- date: …, result: …)")
      return []
    }
    var attempts: [Attempt] = []
    for item in items {
      var day: Day?
      var result: Attempt.Result?
      var score: Int?
      var subscores: [Int]?
      var scoreNode: Node?
      for (field, _, v) in pairs(item, allowed: Self.attemptKeys, context: "an attempt") {
        switch field {
        case "date": day = date(v, "attempt date")
        case "result": result = choice(v, "attempt result", Attempt.Result.self)
        case "score":
          score = integer(v, "attempt score", in: 1...999, unit: "points")
          scoreNode = v
        case "scores":
          let values = (v.sequence ?? []).compactMap { integer($0, "OET sub-test score", in: 0...500, unit: "points") }
          if values.count == 4 {
            subscores = values
          } else if v.sequence == nil || values.count == (v.sequence?.count ?? 0) {
            fail(v, "attempt scores must list the four OET sub-tests: [listening, reading, writing, speaking]")
          }
        default: break
        }
      }
      guard let day, let result else {
        if diagnostics.isEmpty { fail(item, "an attempt needs both 'date' and 'result'") }
        continue
      }
      if exam == .step1, let scoreNode, let passFail = examRules?.step1PassFailFrom, day >= passFail.value {
        fail(scoreNode, "exams.step1: Step 1 is pass/fail only for tests on or after \(passFail.value), so a test on \(day) has no score; give only its result (\(passFail.source))")
      }
      if exam == .step2ck, result == .pass, let score, let scoreNode, let standard = examRules?.step2ckPassingStandard(on: day), score < standard.rule.value {
        fail(scoreNode, "exams.step2ck: a score of \(score) on \(day) is below the Step 2 CK passing score in force on that test date (\(standard.rule.value) for tests on or after \(standard.from); \(standard.rule.source)), so it cannot be a pass; record it as a fail")
      }
      attempts.append(Attempt(date: day, result: result, score: score, subscores: subscores))
    }
    return attempts.sorted { $0.date < $1.date }
  }

  mutating func readPathway(_ node: Node) {
    for (field, _, v) in pairs(node, allowed: Self.pathwayKeys, context: "pathway") {
      switch field {
      case "number":
        profile.pathwayNumber = integer(v, "pathway.number", in: 1...6, unit: "(Pathway numbers)")
        remember("pathway.number", v)
      case "season": profile.pathwaySeason = integer(v, "pathway.season", in: 2021...2040, unit: "years (the Pathways season is the Match year it is for)")
      case "applied": profile.pathwayApplied = date(v, "pathway.applied")
      case "accepted": profile.pathwayAccepted = date(v, "pathway.accepted")
      default: break
      }
    }
  }

  mutating func readLicence(_ node: Node, key: String) {
    var issued: Day?
    var expires: Day?
    for (field, _, v) in pairs(node, allowed: Self.licenceKeys, context: key) {
      switch field {
      case "issued": issued = date(v, "\(key).issued")
      case "expires": expires = date(v, "\(key).expires")
      default: break
      }
    }
    remember(key, node)
    guard let issued else {
      if node.mapping != nil { fail(node, "\(key) needs the day it was issued (\(key).issued: YYYY-MM-DD)") }
      return
    }
    if let expires, expires < issued {
      fail(node, "\(key): expires '\(expires)' is before issued '\(issued)'")
      return
    }
    profile.licence = Licence(issued: issued, expires: expires)
  }

  /// Keeps where a value was, for errors the planner finds later (e.g. an ineligible Pathway).
  mutating func remember(_ key: String, _ node: Node) {
    guard let mark = node.mark else { return }
    profile.lines[key] = mark.line
    profile.columns[key] = mark.column
  }

  mutating func readDone(_ node: Node) {
    for (id, keyNode, v) in pairs(node, allowed: nil, context: "done") {
      profile.lines["done:" + id] = keyNode.mark?.line
      if let day = date(v, "done.\(id)") { profile.done[id] = day }
    }
  }

  mutating func readLeadTimes(_ node: Node) {
    for (key, _, v) in pairs(node, allowed: leadTimeKeys, context: "lead_times") {
      if let days = integer(v, "lead_times.\(key)", in: 0...730, unit: "days") { profile.leadTimes[key] = days }
    }
  }

  mutating func readTasks(_ node: Node) {
    guard let items = node.sequence else {
      fail(node, "tasks must be a list (- id: …, name: …, days: …)")
      return
    }
    for item in items {
      var task = CustomTask(id: "", name: "", days: 0)
      for (field, _, v) in pairs(item, allowed: Self.taskKeys, context: "a task") {
        switch field {
        case "id": task.id = string(v, "task id") ?? ""
        case "name": task.name = string(v, "task name") ?? ""
        case "days": task.days = integer(v, "task days", in: 0...3650, unit: "days") ?? 0
        case "after":
          if let list = v.sequence {
            task.after = list.compactMap { string($0, "task after") }
          } else if let one = string(v, "task after") {
            task.after = [one]
          }
        case "not_before": task.notBefore = date(v, "task not_before")
        case "fixed": task.fixed = date(v, "task fixed")
        case "deadline": task.deadline = date(v, "task deadline")
        case "target": task.target = date(v, "task target")
        case "blocks_study": task.blocksStudy = boolean(v, "task blocks_study") ?? false
        default: break
        }
      }
      if task.id.isEmpty {
        fail(item, "a task needs an 'id' (e.g. usce.rotation)")
        continue
      }
      if task.name.isEmpty { task.name = task.id }
      profile.lines["task:" + task.id] = item.mark?.line
      profile.tasks.append(task)
    }
  }
}
