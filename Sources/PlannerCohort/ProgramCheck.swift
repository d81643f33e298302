import PlannerCore
public import PlannerPathway
import PlannerRules

/// One program's stated requirements checked against a profile and its plan. Pure.
public struct ProgramCheck: Sendable {
  public enum Rule: String, Hashable, Sendable, CaseIterable {
    case graduation, attempts, visa, usce, step2ck, deadline, interviews

    /// "year of graduation", as the summary says "7 exclude you on year of graduation".
    public var words: String {
      switch self {
      case .graduation: return "year of graduation"
      case .attempts: return "attempts"
      case .visa: return "visa"
      case .usce: return "US clinical experience"
      case .step2ck: return "Step 2 CK score"
      case .deadline: return "application deadline"
      case .interviews: return "interview dates"
      }
    }
  }

  public enum Outcome: String, Hashable, Sendable, Comparable {
    /// The requirement excludes the applicant.
    case fails = "does not meet"
    /// Met on paper, but the plan's dates put it at risk.
    case atRisk = "at risk"
    /// The profile does not say what the rule needs.
    case unknown
    case meets
    /// The file does not state the requirement.
    case notStated = "not stated"

    var rank: Int { [.fails: 0, .atRisk: 1, .unknown: 2, .meets: 3, .notStated: 4][self] ?? 5 }
    public static func < (a: Outcome, b: Outcome) -> Bool { a.rank < b.rank }
  }

  public struct Reason: Hashable, Sendable {
    public var rule: Rule
    public var outcome: Outcome
    public var text: String
  }

  public var program: Program
  public var reasons: [Reason]

  /// The program's status: the worst of its stated rules (a rule the file leaves unknown does
  /// not count against it).
  public var status: Outcome {
    reasons.map(\.outcome).filter { $0 != .notStated }.min() ?? .meets
  }

  public init(_ program: Program, profile: Profile, plan: PlanResult) {
    self.program = program
    var r: [Reason] = []
    func add(_ rule: Rule, _ outcome: Outcome, _ text: String) { r.append(Reason(rule: rule, outcome: outcome, text: text)) }
    let s = plan.schedule
    let today = plan.today
    let start = plan.cycle.residencyStart.value

    // Year of graduation.
    switch program.graduation {
    case .unknown: add(.graduation, .notStated, "year-of-graduation limit not stated")
    case .none: add(.graduation, .meets, "no year-of-graduation limit")
    case .yearOrLater(let year):
      if let g = profile.graduation {
        let verb = g <= today ? "graduated" : "you graduate in"
        add(.graduation, g.year >= year ? .meets : .fails, "\(verb) \(g.year); the program takes graduates of \(year) or later")
      } else {
        add(.graduation, .unknown, "your profile gives no graduation date; the program takes graduates of \(year) or later")
      }
    case .withinYears(let years):
      if let g = profile.graduation {
        let limit = g.adding(months: 12 * years)
        add(.graduation, start > limit ? .fails : .meets, "graduated \(g); residency starts \(start), \(start > limit ? "more" : "not more") than \(years) years later; the program takes graduates of the last \(years) years")
      } else {
        add(.graduation, .unknown, "your profile gives no graduation date; the program takes graduates of the last \(years) years")
      }
    }

    // USMLE attempts.
    let steps: [Exam] = [.step1, .step2ck, .step3]
    let failed = steps.compactMap { e -> (Exam, Int)? in
      let n = profile.record(e).attempts.filter { $0.result == .fail || $0.result == .incomplete }.count
      return n > 0 ? (e, n) : nil
    }
    let stillToPass = [Exam.step1, .step2ck].filter { profile.record($0).passed == nil }
    switch program.attempts {
    case .unknown: add(.attempts, .notStated, "attempts accepted not stated")
    case .any: add(.attempts, .meets, "any number of attempts accepted")
    case .noFailures:
      if failed.isEmpty {
        let rest = stillToPass.isEmpty ? "" : " (\(stillToPass.map(\.title).joined(separator: ", ")) still to pass: a failure would exclude you)"
        add(.attempts, .meets, "no failed attempt so far\(rest); the program takes no failures")
      } else {
        add(.attempts, .fails, failed.map { "\($0.0.title) failed \(Self.times($0.1))" }.joined(separator: ", ") + "; the program takes no failures")
      }
    case .atMost(let n):
      var over: [String] = []
      for e in steps {
        let record = profile.record(e)
        let used = record.attempts.count
        if used > n {
          over.append("\(e.title): \(used) attempts")
        } else if record.passed == nil, used >= n, used > 0, stillToPass.contains(e) {
          over.append("\(e.title): \(used) attempts without a pass")
        }
      }
      if over.isEmpty {
        add(.attempts, .meets, "at most \(n) \(n == 1 ? "attempt" : "attempts") on any Step accepted; you are within it")
      } else {
        add(.attempts, .fails, over.joined(separator: ", ") + "; the program accepts at most \(n) \(n == 1 ? "attempt" : "attempts") on a Step")
      }
    }

    // Visa sponsorship.
    let needs: Program.Visa? = profile.visa == .j1 ? .j1 : profile.visa == .h1b ? .h1b : nil
    switch program.visa {
    case .unknown: add(.visa, .notStated, "visa sponsorship not stated")
    case .none:
      if let needs { add(.visa, .fails, "you need \(needs.article) \(needs.rawValue); the program sponsors no visas") } else { add(.visa, .meets, "you need no visa") }
    case .visas(let set):
      let offered = Program.Visa.allCases.filter(set.contains).map(\.rawValue).joined(separator: " and ")
      if let needs {
        add(.visa, set.contains(needs) ? .meets : .fails, "you plan on \(needs.article) \(needs.rawValue); the program sponsors \(offered)\(set.count == 1 ? " only" : "")")
      } else {
        add(.visa, .meets, "you need no visa")
      }
    }

    // US clinical experience: read from the applicant's own tasks named usce.* (never assumed).
    let usce = s.tasks.filter { $0.id.hasPrefix("usce") && $0.task.group == Phase.own.rawValue }
    switch program.usce {
    case .unknown: add(.usce, .notStated, "US clinical experience requirement not stated")
    case .notRequired: add(.usce, .meets, "no US clinical experience required")
    case .required, .preferred:
      let word = program.usce == .required ? "requires" : "prefers"
      if let done = usce.first(where: { $0.task.state == .done }) {
        add(.usce, .meets, "the program \(word) US clinical experience; you have it (\(done.id), done)")
      } else if let planned = usce.min(by: { $0.lastDay < $1.lastDay }) {
        if let d = program.deadline, planned.lastDay > d {
          add(.usce, program.usce == .required ? .atRisk : .meets, "the program \(word) US clinical experience; your \(planned.id) ends \(planned.lastDay), after its application deadline \(d)")
        } else {
          add(.usce, .meets, "the program \(word) US clinical experience; your plan has it (\(planned.id), ending \(planned.lastDay))")
        }
      } else {
        add(.usce, program.usce == .required ? .unknown : .meets, "the program \(word) US clinical experience; your profile does not say whether you have any (a task with an id starting usce., e.g. usce.rotation)")
      }
    }

    // Step 2 CK score.
    let ck = profile.record(.step2ck)
    switch program.minimumStep2CK {
    case .unknown: add(.step2ck, .notStated, "minimum Step 2 CK score not stated")
    case .none: add(.step2ck, .meets, "no minimum Step 2 CK score")
    case .atLeast(let min):
      if let pass = ck.passed, let score = pass.score {
        add(.step2ck, score >= min ? .meets : .fails, "your Step 2 CK score is \(score); the program asks for \(min) or more")
      } else if ck.passed != nil {
        add(.step2ck, .unknown, "your profile records a Step 2 CK pass without its score; the program asks for \(min) or more")
      } else {
        let when = s.task("step2ck.result").map { " (result planned \($0.lastDay))" } ?? ""
        add(.step2ck, .unknown, "your Step 2 CK score is not known yet\(when); the program asks for \(min) or more")
      }
    }

    // Application deadline against the plan.
    if let d = program.deadline {
      let submit = s.task("eras.submit") ?? s.task("residencycas.submit")
      let ckResult = s.task("step2ck.result")
      if submit?.task.state == .done {
        add(.deadline, .meets, "your ERAS application is already submitted")
      } else if d < today {
        add(.deadline, .fails, "its application deadline \(d) has passed (today is \(today))")
      } else {
        var risks: [String] = []
        if let c = ckResult, c.task.state != .done, c.lastDay > d { risks.append("its application deadline \(d) is before your planned Step 2 CK result (\(c.lastDay))") }
        if let e = submit, e.lastDay > d { risks.append("its application deadline \(d) is before your planned ERAS submission (\(e.lastDay))") }
        if risks.isEmpty {
          add(.deadline, .meets, "its application deadline \(d) is after your planned ERAS submission" + (submit.map { " (\($0.lastDay))" } ?? ""))
        } else {
          add(.deadline, .atRisk, risks.joined(separator: "; "))
        }
      }
    } else {
      add(.deadline, .notStated, "application deadline not stated")
    }

    // Interview dates against planned exams.
    if program.interviews.isEmpty {
      add(.interviews, .notStated, "interview dates not stated")
    } else {
      let exams = s.tasks.filter { $0.task.state != .done && $0.task.kind.contains(.exam) && $0.task.duration > 0 }
      var clashes: [String] = []
      for day in program.interviews {
        if let e = exams.first(where: { $0.start <= day && day <= $0.lastDay }) { clashes.append("its interview date \(day) falls on your \(e.task.state == .booked ? "booked" : "planned") exam (\(e.task.name), \(e.start))") }
      }
      let list = program.interviews.map(\.description).joined(separator: ", ")
      add(.interviews, clashes.isEmpty ? .meets : .atRisk, clashes.isEmpty ? "interview dates \(list) clash with none of your exams" : clashes.joined(separator: "; "))
    }
    reasons = r
  }

  static func times(_ n: Int) -> String { n == 1 ? "once" : n == 2 ? "twice" : "\(n) times" }
}

extension Program.Visa {
  var article: String { self == .h1b ? "an" : "a" }
}
