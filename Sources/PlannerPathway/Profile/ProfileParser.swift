import PlannerCore
public import PlannerRules
import Yams

/// Reads a profile from YAML text. Pure: the caller reads the file and passes its name for
/// diagnostics. Every problem is collected with its line and column, quoting the bad value.
public struct ProfileParser {
  /// Positions, "did you mean", dates and numbers: the helpers the rules pack reads with too.
  var reader: YAMLReader
  /// The lead-time keys the rules pack knows, for `lead_times:`.
  let leadTimeKeys: [String]
  /// The exam rules, for passing scores by test date (nil when reading the rules pack itself).
  var examRules: ExamRules? = nil
  var profile = Profile()

  /// The profile's top-level keys; also how `planner` tells a profile among YAML files (ProfileSearch).
  public static let topKeys = [
    "name", "id", "timezone", "match", "graduation", "visa", "specialty", "documents_in_english",
    "school_in_emswp", "school", "school_ecfmg_note", "school_accreditation", "exams", "step2cs_pass", "step2cs_failed",
    "license", "licence", "pathway2_osce_passed", "pathway2_exam_passed", "pathway", "done", "lead_times", "tasks", "risk",
    "statement_of_need", "caldav", "busy", "study_hours_per_week", "save_baseline",
  ]
  static let licenceKeys = ["issued", "expires"]
  static let examKeys = ["attempts", "booked", "study_weeks", "study_hours", "ready_by"]
  static let attemptKeys = ["date", "result", "score", "scores"]
  static let pathwayKeys = ["number", "season", "applied", "accepted"]
  static let taskKeys = ["id", "name", "days", "after", "not_before", "fixed", "deadline", "target", "blocks_study"]

  public static func parse(_ text: String, file: String, rules: RulesPack) throws(DiagnosticError) -> Profile {
    let read = read(text, file: file, rules: rules)
    guard let profile = read.profile, read.diagnostics.isEmpty else { throw DiagnosticError(read.diagnostics) }
    return profile
  }

  /// A profile from the file's bytes: not UTF-8 is an error with its position.
  public static func parse(bytes: [UInt8], file: String, rules: RulesPack) throws(DiagnosticError) -> Profile {
    try parse(YAMLText.decode(bytes, file: file), file: file, rules: rules)
  }

  /// Every problem in the profile, and the profile as far as it could be read (nil when the text
  /// is not YAML at all), so the caller can add the problems only planning finds and report them
  /// all in one round.
  public static func read(_ text: String, file: String, rules: RulesPack) -> (profile: Profile?, diagnostics: [Diagnostic]) {
    var parser = ProfileParser(reader: YAMLReader(file: file), leadTimeKeys: rules.leadTimes.keys, examRules: rules.exam)
    // Checked before Yams sees the text: positions of the characters themselves, and bounds on
    // what Yams would otherwise expand without limit.
    let controls = YAMLText.controlCharacters(in: text, file: file)
    if !controls.isEmpty { return (nil, controls) }
    let aliases: YAMLAliases
    switch YAMLPrescan.scan(text, file: file) {
    case .success(let found): aliases = found
    case .failure(let problem): return (nil, [problem])
    }
    let root: Node?
    do {
      // The parser reads every scalar as text itself, so Yams's regular-expression tag rules
      // (run for each key it checks for duplicates) would be wasted work; the encoding is named
      // so Yams does not read the environment on every profile.
      root = try Yams.compose(yaml: text, .basic, .default, .utf8)
    } catch let error as YamlError {
      return (nil, [parser.reader.syntaxDiagnostic(error, text: text)])
    } catch {
      return (nil, [Diagnostic(file: file, line: 1, column: 1, message: "cannot read YAML")])
    }
    if let root { parser.readTop(aliases.remark(root)) }
    return (parser.profile, parser.reader.diagnostics)
  }

  public static func read(bytes: [UInt8], file: String, rules: RulesPack) -> (profile: Profile?, diagnostics: [Diagnostic]) {
    do {
      return read(try YAMLText.decode(bytes, file: file), file: file, rules: rules)
    } catch {
      return (nil, error.diagnostics)
    }
  }

  mutating func readTop(_ root: Node) {
    for (key, keyNode, value) in reader.pairs(root, allowed: Self.topKeys, context: "the profile") {
      profile.lines[key] = keyNode.mark?.line
      switch key {
      case "name": profile.name = reader.string(value, "name") ?? profile.name
      case "id": profile.id = reader.string(value, "id")
      case "timezone":
        profile.timezone = reader.string(value, "timezone") ?? profile.timezone
        remember("timezone", value)
      case "match": profile.match = reader.integer(value, "match", in: 2020...2040, unit: "years")
      case "graduation": profile.graduation = reader.date(value, "graduation")
      case "visa": profile.visa = reader.choice(value, "visa", VisaTrack.self) ?? profile.visa
      case "specialty": profile.specialty = reader.string(value, "specialty")
      // The calendar `planner sync` writes to when --caldav is not given (issue 24, part 1).
      case "caldav": profile.caldav = reader.string(value, "caldav")
      // false: `plan` never saves a first baseline beside this profile (the bundled examples).
      case "save_baseline": profile.saveBaseline = reader.boolean(value, key) ?? true
      case "documents_in_english": profile.documentsInEnglish = reader.boolean(value, key) ?? true
      case "school_in_emswp": profile.schoolInEMSWP = reader.boolean(value, key) ?? false
      case "school": profile.school = reader.string(value, "school")
      case "school_ecfmg_note": profile.schoolECFMGNote = reader.boolean(value, key)
      case "step2cs_pass":
        profile.legacyCSPass = reader.date(value, "step2cs_pass")
        if let pass = profile.legacyCSPass, let last = examRules?.step2csLastTest, pass > last.value {
          reader.fail(value, "step2cs_pass: '\(pass)' cannot be a Step 2 CS pass: testing stopped in March 2020 and never resumed, so a pass is dated on or before \(last.value) (\(last.source))")
          profile.legacyCSPass = nil
        }
      case "step2cs_failed": profile.failedCS = reader.boolean(value, key) ?? false
      case "school_accreditation": profile.schoolAccreditation = reader.choice(value, key, SchoolAccreditation.self)
      case "license", "licence":
        if profile.licence != nil || (key == "licence" && profile.lines["license"] != nil) {
          reader.fail(keyNode, "give the licence once, under 'license' or 'licence'")
        } else {
          readLicence(value, key: key)
        }
      // Pathway 2 is a school's OSCE since the 2023 season (pack pathways.pathway2); the 2021-era
      // key `pathway2_exam_passed` is still read as the same fact (PathwayChoiceTests).
      case "pathway2_osce_passed", "pathway2_exam_passed":
        if profile.pathway2ExamPassed != nil {
          reader.fail(keyNode, "give the Pathway 2 OSCE once, under 'pathway2_osce_passed'")
        } else {
          profile.pathway2ExamPassed = reader.date(value, key)
        }
      case "exams": readExams(value)
      case "pathway": readPathway(value)
      case "done": readDone(value)
      case "lead_times": readLeadTimes(value)
      case "tasks": readTasks(value)
      case "risk": readRisk(value)
      case "statement_of_need": readStatementOfNeed(value)
      case "busy": readBusy(value)
      case "study_hours_per_week": profile.studyHoursPerWeek = reader.integer(value, key, in: 1...112, unit: "hours a week")
      default: break
      }
    }
  }

  mutating func readExams(_ node: Node) {
    for (key, _, value) in reader.pairs(node, allowed: Exam.allCases.map(\.rawValue), context: "exams") {
      guard let exam = Exam(rawValue: key) else { continue }
      var record = ExamRecord()
      for (field, _, v) in reader.pairs(value, allowed: Self.examKeys, context: "exams.\(key)") {
        switch field {
        case "booked":
          record.booked = reader.date(v, "exams.\(key).booked")
          remember("exams.\(key).booked", v)
          if exam != .oet, let booked = record.booked, let rules = examRules, rules.firstTestingDay(onOrAfter: booked) != booked {
            reader.fail(v, "exams.\(key).booked: '\(booked)' is in the January testing break: there is no USMLE testing in the first \(rules.januaryBlackoutDays.value) days of January; the first testing day is \(rules.firstTestingDay(onOrAfter: booked)) (\(rules.januaryBlackoutDays.source))")
          }
        case "study_weeks": record.studyWeeks = reader.integer(v, "exams.\(key).study_weeks", in: 0...104, unit: "weeks")
        case "study_hours":
          record.studyHours = reader.integer(v, "exams.\(key).study_hours", in: 0...5000, unit: "hours")
          remember("exams.\(key).study_hours", v)
        case "ready_by":
          record.readyBy = reader.date(v, "exams.\(key).ready_by")
          remember("exams.\(key).ready_by", v)
        case "attempts": record.attempts = readAttempts(v, exam: exam)
        default: break
        }
      }
      if record.studyWeeks != nil, record.studyHours != nil {
        reader.fail(value, "exams.\(key) sets both study_weeks and study_hours: keep one (hours are spread over the time your busy calendars leave)")
      }
      profile.exams[exam] = record
    }
  }

  /// The `Profile.lines` key of an attempt: "exams.step1.attempt.2024-05-10".
  static func attemptKey(_ exam: Exam, _ day: Day) -> String { "exams.\(exam.rawValue).attempt.\(day)" }

  mutating func readAttempts(_ node: Node, exam: Exam) -> [Attempt] {
    guard let items = node.sequence else {
      reader.fail(node, "exams.\(exam.rawValue).attempts must be a list of attempts (- date: …, result: …)")
      return []
    }
    var attempts: [Attempt] = []
    for item in items {
      var day: Day?
      var result: Attempt.Result?
      var score: Int?
      var subscores: [Int]?
      var scoreNode: Node?
      for (field, _, v) in reader.pairs(item, allowed: Self.attemptKeys, context: "an attempt") {
        switch field {
        case "date": day = reader.date(v, "attempt date")
        case "result": result = reader.choice(v, "attempt result", Attempt.Result.self)
        case "score":
          score = reader.integer(v, "attempt score", in: 1...999, unit: "points")
          scoreNode = v
        case "scores":
          let values = (v.sequence ?? []).compactMap { reader.integer($0, "OET sub-test score", in: 0...500, unit: "points") }
          if values.count == 4 {
            subscores = values
          } else if v.sequence == nil || values.count == (v.sequence?.count ?? 0) {
            reader.fail(v, "attempt scores must list the four OET sub-tests: [listening, reading, writing, speaking]")
          }
        default: break
        }
      }
      guard let day, let result else {
        if reader.diagnostics.isEmpty { reader.fail(item, "an attempt needs both 'date' and 'result'") }
        continue
      }
      if exam == .step1, let scoreNode, let passFail = examRules?.step1PassFailFrom, day >= passFail.value {
        reader.fail(scoreNode, "exams.step1: Step 1 is pass/fail only for tests on or after \(passFail.value), so a test on \(day) has no score; give only its result (\(passFail.source))")
      }
      if exam == .step2ck, result == .pass, let score, let scoreNode, let standard = examRules?.step2ckPassingStandard(on: day), score < standard.rule.value {
        reader.fail(scoreNode, "exams.step2ck: a score of \(score) on \(day) is below the Step 2 CK passing score in force on that test date (\(standard.rule.value) for tests on or after \(standard.from); \(standard.rule.source)), so it cannot be a pass; record it as a fail")
      }
      attempts.append(Attempt(date: day, result: result, score: score, subscores: subscores))
      // Where the attempt is written, for history errors the planner finds later.
      remember(Self.attemptKey(exam, day), item)
    }
    return attempts.sorted { $0.date < $1.date }
  }

  mutating func readPathway(_ node: Node) {
    for (field, _, v) in reader.pairs(node, allowed: Self.pathwayKeys, context: "pathway") {
      switch field {
      case "number":
        profile.pathwayNumber = reader.integer(v, "pathway.number", in: 1...6, unit: "(Pathway numbers)")
        remember("pathway.number", v)
      case "season":
        profile.pathwaySeason = reader.integer(v, "pathway.season", in: 2021...2040, unit: "years (the Pathways season is the Match year it is for)")
        remember("pathway.season", v)
      case "applied":
        profile.pathwayApplied = reader.date(v, "pathway.applied")
        remember("pathway.applied", v)
      case "accepted":
        profile.pathwayAccepted = reader.date(v, "pathway.accepted")
        remember("pathway.accepted", v)
      default: break
      }
    }
  }

  mutating func readLicence(_ node: Node, key: String) {
    var issued: Day?
    var expires: Day?
    for (field, _, v) in reader.pairs(node, allowed: Self.licenceKeys, context: key) {
      switch field {
      case "issued": issued = reader.date(v, "\(key).issued")
      case "expires": expires = reader.date(v, "\(key).expires")
      default: break
      }
    }
    remember(key, node)
    guard let issued else {
      if node.mapping != nil { reader.fail(node, "\(key) needs the day it was issued (\(key).issued: YYYY-MM-DD)") }
      return
    }
    if let expires, expires < issued {
      reader.fail(node, "\(key): expires '\(expires)' is before issued '\(issued)'")
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
    for (id, keyNode, v) in reader.pairs(node, allowed: nil, context: "done") {
      profile.lines["done:" + id] = keyNode.mark?.line
      if let day = reader.date(v, "done.\(id)") { profile.done[id] = day }
    }
  }

  mutating func readLeadTimes(_ node: Node) {
    for (key, _, v) in reader.pairs(node, allowed: leadTimeKeys, context: "lead_times") {
      if let days = reader.integer(v, "lead_times.\(key)", in: 0...730, unit: "days") { profile.leadTimes[key] = days }
    }
  }

  mutating func readTasks(_ node: Node) {
    guard let items = node.sequence else {
      reader.fail(node, "tasks must be a list (- id: …, name: …, days: …)")
      return
    }
    for item in items {
      var task = CustomTask(id: "", name: "", days: 0)
      var refusedID = false
      for (field, _, v) in reader.pairs(item, allowed: Self.taskKeys, context: "a task") {
        switch field {
        case "id":
          task.id = reader.string(v, "task id") ?? ""
          // An id is typed into `planner record ID done` and printed in commands people paste
          // into a shell: only characters no shell reads (issue 26, point 3; HostileProfileTests).
          if !task.id.isEmpty && !ShellWord.isTaskID(task.id) {
            reader.fail(v, "task id \(YAMLText.quoted(task.id)) may use only lowercase letters, digits, '.', '_' and '-', starting with a letter or digit (e.g. \(YAMLText.quoted(ShellWord.suggestedTaskID(task.id)))), so that `planner record ID done` can name it")
            task.id = ""
            refusedID = true
          }
        case "name": task.name = reader.string(v, "task name") ?? ""
        case "days": task.days = reader.integer(v, "task days", in: 0...3650, unit: "days") ?? 0
        case "after":
          if let list = v.sequence {
            task.after = list.compactMap { reader.string($0, "task after") }
          } else if let one = reader.string(v, "task after") {
            task.after = [one]
          }
        case "not_before": task.notBefore = reader.date(v, "task not_before")
        case "fixed": task.fixed = reader.date(v, "task fixed")
        case "deadline": task.deadline = reader.date(v, "task deadline")
        case "target": task.target = reader.date(v, "task target")
        case "blocks_study": task.blocksStudy = reader.boolean(v, "task blocks_study") ?? false
        default: break
        }
      }
      if task.id.isEmpty {
        if !refusedID { reader.fail(item, "a task needs an 'id' (e.g. usce.rotation)") }
        continue
      }
      if task.name.isEmpty { task.name = task.id }
      profile.lines["task:" + task.id] = item.mark?.line
      profile.tasks.append(task)
    }
  }
}
