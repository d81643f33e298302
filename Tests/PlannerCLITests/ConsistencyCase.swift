import ArgumentParser
import Foundation
import PlannerCore
import PlannerPathway
import PlannerRules
import PlannerTestSupport
import Testing

@testable import planner

/// One generated applicant (`ApplicantGenerator`) on disk and loaded the way every command loads
/// it (`InputOptions.resolve`: profile, journal, saved plan, pack, today), with the plan `planner
/// plan` makes of it. The consistency suite (`ConsistencyTests`) asks each view about this plan.
struct ConsistencyCase: Sendable, CustomStringConvertible {
  var applicant: ApplicantGenerator.Applicant
  var profilePath: String
  var profile: Profile
  var rules: RulesPack
  var today: Day
  var matchYear: Int?
  var baseline: PlanSnapshot?
  /// `planner plan`'s plan (`PlanCommand.planOrExplain`), its overdue work judged against the saved plan.
  var result: PlanResult
  /// The Match year asked for is over (the plan is for a later one; `plan` exits 3).
  var cycleOver: Bool

  var description: String { applicant.description }

  /// The arguments that name this applicant to the executable.
  var arguments: [String] { ["--profile", profilePath, "--today", today.description] }

  /// The command a reader runs to see a failure for themselves (the folder is printed once).
  func command(_ words: String) -> String { "planner \(words) --profile \(applicant.fileName) --today \(today)" }

  /// `plan`'s verdict: does the Match year asked for hold (`plan` exits 0)?
  var holds: Bool { result.verdict.holds && !cycleOver }
  var blocked: Bool { result.verdict.status == .blocked }

  /// Writes the applicant's files into `folder` and loads them through the executable's own loader.
  /// The pack is decoded once for the caseload (decoding it per applicant would be most of the
  /// suite's time); the rest is `InputOptions.resolve(withBaseline:)` step by step.
  static func load(_ applicant: ApplicantGenerator.Applicant, in folder: URL, rules: RulesPack) throws -> ConsistencyCase {
    let path = folder.appendingPathComponent(applicant.fileName).path
    try Data(applicant.profile.utf8).write(to: URL(fileURLWithPath: path))
    if let journal = applicant.journal {
      try Data(journal.utf8).write(to: URL(fileURLWithPath: String(path.dropLast(".yaml".count)) + ".journal"))
    }
    // The loader's steps with the caseload's one decoded pack (`ApplicantLoader.load`).
    let bytes = try Files.readBytes(path)
    let raw = try ProfileCheck.read(bytes: bytes, path, today: applicant.today, rules: rules, matchYear: nil)
    let beside = ReplanFiles(profile: path)
    let journalText = Files.exists(beside.journal) ? try String(contentsOfFile: beside.journal, encoding: .utf8) : ""
    let inputs = ReplanState(
      profile: raw, profileFile: path, journalText: journalText, journalFile: beside.journal, savedPlanText: nil,
      savedPlanFile: beside.savedPlan, today: applicant.today, matchYear: nil, rules: rules)
    let context = InputOptions.Context(
      applicant: try Applicant(inputs), location: try ProfileLocation.find(path),
      loadedRules: LoadedRules(pack: rules, text: "", label: "rules.yaml"))
    let (result, _, cycleOver) = try PlanCommand.planOrExplain(context)
    return ConsistencyCase(
      applicant: applicant, profilePath: path, profile: context.profile, rules: context.rules, today: context.today,
      matchYear: context.matchYear, baseline: context.baseline, result: result, cycleOver: cycleOver)
  }
}

/// The generated caseload, written and loaded once for every test of the suite.
enum ConsistencyCaseload {
  /// 540 applicants: the issue asks for at least 500; 540 is 60 of each of the nine stages.
  static let size = 540
  static let seed: UInt64 = 20

  static let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("planner-consistency-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  /// The bundled pack, as the executable reads it when no `--rules` is given.
  static var rules: RulesPack { bundledRules }

  static let applicants: [ApplicantGenerator.Applicant] = {
    var generator = ApplicantGenerator(seed: seed)
    return generator.applicants(size)
  }()

  /// Every applicant that loads and plans; the others, with the error, in `failures`.
  static let loaded: (cases: [ConsistencyCase], failures: [String]) = {
    var cases: [ConsistencyCase] = []
    var failures: [String] = []
    for applicant in applicants {
      do {
        cases.append(try ConsistencyCase.load(applicant, in: folder, rules: rules))
      } catch {
        failures.append("\(applicant): \(error)")
      }
    }
    return (cases, failures)
  }()

  static var cases: [ConsistencyCase] { loaded.cases }

  /// A seeded sample for the expensive checks (risk, HTML, the calendar, the binary): every
  /// `stride`-th case, so each stage is in it.
  static func sample(_ count: Int) -> [ConsistencyCase] {
    let all = cases
    guard all.count > count, count > 0 else { return all }
    let stride = all.count / count
    return (0..<count).map { all[$0 * stride + ($0 % stride)] }
  }
}
