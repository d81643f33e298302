import PlannerCohort
import PlannerCore
import PlannerPathway
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

struct ProgramCheckTests {
  static let today = Day(iso: "2026-11-25")!

  static func report(_ profile: Profile, _ programs: [Program]) throws -> ProgramsReport {
    let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: profile.match, today: today, file: "me.yaml")
    return ProgramsReport(programs: programs, profile: profile, plan: plan, file: "Examples/programs.csv")
  }

  static func sample() throws -> ProgramsReport {
    let programs = try ProgramsParser.parse(try Repository.text("Examples/programs.csv"), file: "Examples/programs.csv")
    return try report(try Repository.profile("Examples/step1-passed-ck-booked.yaml"), programs)
  }

  /// The sample file covers every rule and outcome: each program's status, and the rule behind it.
  @Test func theSampleFileAgainstTheBookedExample() throws {
    let r = try Self.sample()
    let expected: [(String, ProgramCheck.Outcome, ProgramCheck.Rule?)] = [
      ("Lakeside Family Medicine", .meets, nil),
      ("Riverside Community FM", .fails, .graduation),
      ("Northgate University FM", .fails, .graduation),
      ("Harbor View FM", .fails, .attempts),
      ("Prairie Health FM", .fails, .visa),
      ("Summit Valley FM", .fails, .visa),
      ("Metro General FM", .unknown, .step2ck),
      ("Bayside FM", .atRisk, .deadline),
      ("Pinecrest FM", .atRisk, .usce),
      ("Delta Rural FM", .atRisk, .interviews),
      ("Crossroads FM", .meets, nil),
      ("Old Mill FM", .fails, .deadline),
    ]
    #expect(r.checks.map(\.program.name) == expected.map(\.0))
    for (check, (name, status, rule)) in zip(r.checks, expected) {
      #expect(check.status == status, "\(name)")
      if let rule { #expect(check.reasons.contains { $0.rule == rule && $0.outcome == status }, "\(name): \(rule)") }
    }
    // Every outcome appears, and every rule is stated somewhere and left unknown somewhere.
    let outcomes = Set(r.checks.flatMap { $0.reasons.map(\.outcome) })
    #expect(outcomes == [.meets, .fails, .atRisk, .unknown, .notStated])
    for rule in ProgramCheck.Rule.allCases {
      let all = r.checks.compactMap { $0.reasons.first { $0.rule == rule } }
      #expect(all.contains { $0.outcome == .notStated } && all.contains { $0.outcome != .notStated }, "\(rule)")
    }
    #expect(r.summary == "you meet the stated requirements of 2 of 12 programs; 2 exclude you on year of graduation, 1 on attempts, 2 on visa, 1 on application deadline; 3 at risk on your plan's dates; 1 unknown: your profile does not say what it asks")
    let reasons = r.checks.flatMap { $0.reasons.map(\.text) }
    #expect(reasons.contains("graduated 2025; the program takes graduates of 2026 or later"))
    #expect(reasons.contains("its application deadline 2027-08-15 is before your planned ERAS submission (2027-09-01)"))
    #expect(reasons.contains("you plan on a J-1; the program sponsors H-1B only"))
  }

  @Test func theSampleInEveryFormat() throws {
    let r = try Self.sample()
    assertGolden(r.text(), named: "programs-booked.txt")
    assertGolden(r.csv(), named: "programs-booked.csv")
    assertGolden(r.json(), named: "programs-booked.json")
  }

  /// What the profile does not say stays unknown: no graduation date, a pass without its score,
  /// no US clinical experience recorded.
  @Test func missingProfileFactsAreUnknownNeverAssumed() throws {
    var p = Profile()
    p.name = "No Facts"
    p.exams[.step1] = ExamRecord(attempts: [Attempt(date: Day(iso: "2025-06-01")!, result: .pass)])
    p.exams[.step2ck] = ExamRecord(attempts: [Attempt(date: Day(iso: "2026-03-01")!, result: .pass)])
    let program = Program(name: "Strict", graduation: .yearOrLater(2020), usce: .required, minimumStep2CK: .atLeast(230))
    let check = try Self.report(p, [program]).checks[0]
    #expect(check.status == .unknown)
    #expect(check.reasons.filter { $0.outcome == .unknown }.map(\.text) == [
      "your profile gives no graduation date; the program takes graduates of 2020 or later",
      "the program requires US clinical experience; your profile does not say whether you have any (a task with an id starting usce., e.g. usce.rotation)",
      "your profile records a Step 2 CK pass without its score; the program asks for 230 or more",
    ])
  }

  @Test func scoresVisasAndAttemptsDecide() throws {
    var p = Profile()
    p.name = "Scored"
    p.graduation = Day(iso: "2019-06-30")
    p.visa = .h1b
    p.exams[.step1] = ExamRecord(attempts: [Attempt(date: Day(iso: "2024-01-10")!, result: .fail), Attempt(date: Day(iso: "2024-08-10")!, result: .fail), Attempt(date: Day(iso: "2025-03-10")!, result: .pass)])
    p.exams[.step2ck] = ExamRecord(attempts: [Attempt(date: Day(iso: "2025-10-01")!, result: .pass, score: 221)])
    let programs = [
      Program(name: "Score", minimumStep2CK: .atLeast(230)),
      Program(name: "Score ok", minimumStep2CK: .atLeast(220)),
      Program(name: "Two attempts", attempts: .atMost(2)),
      Program(name: "J-1 only", visa: .visas([.j1])),
      Program(name: "H-1B", visa: .visas([.h1b, .j1])),
      Program(name: "Recent", graduation: .yearOrLater(2021)),
    ]
    let r = try Self.report(p, programs)
    #expect(r.checks.map(\.status) == [.fails, .meets, .fails, .fails, .meets, .fails])
    #expect(r.checks[0].reasons.first { $0.rule == .step2ck }?.text == "your Step 2 CK score is 221; the program asks for 230 or more")
    #expect(r.checks[2].reasons.first { $0.rule == .attempts }?.text == "Step 1: 3 attempts; the program accepts at most 2 attempts on a Step")
    #expect(r.checks[3].reasons.first { $0.rule == .visa }?.text == "you plan on an H-1B; the program sponsors J-1 only")
    #expect(r.checks[5].reasons.first { $0.rule == .graduation }?.text == "graduated 2019; the program takes graduates of 2021 or later")
    #expect(r.summary == "you meet the stated requirements of 2 of 6 programs; 1 excludes you on year of graduation, 1 on attempts, 1 on visa, 1 on Step 2 CK score")
  }

  @Test func noVisaNeededMeetsAnySponsorship() throws {
    var p = Profile()
    p.visa = .none
    let r = try Self.report(p, [Program(name: "None", visa: .none), Program(name: "J", visa: .visas([.j1]))])
    #expect(r.checks.map(\.status) == [.meets, .meets])
    #expect(r.checks[0].reasons.first { $0.rule == .visa }?.text == "you need no visa")
  }
}
