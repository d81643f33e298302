import ArgumentParser
import Foundation
import PlannerCore
import PlannerPathway
import PlannerRules
import PlannerRulesData
import Testing

@testable import planner

/// `ApplicantLoader`: every command that plans reads the profile, the journal beside it, the saved
/// plan and the rules pack once each, and parses each once (issue 20, "One applicant, loaded
/// once": one `plan` used to read the profile three times).
struct ApplicantLoaderTests {
  /// Files in memory, counting every read.
  final class CountingFiles: FileReading, @unchecked Sendable {
    var files: [String: [UInt8]]
    var reads: [String: Int] = [:]

    init(_ files: [String: String]) { self.files = files.mapValues { Array($0.utf8) } }

    func bytes(_ path: String, limit: Int) throws -> [UInt8] {
      reads[path, default: 0] += 1
      guard let bytes = files[path] else { throw InputError("\(path): no such file") }
      return bytes
    }

    func exists(_ path: String) -> Bool { files[path] != nil }
  }

  static let profile = """
    name: Read Once
    timezone: Asia/Kolkata
    match: 2028
    graduation: 2025-05-31
    exams:
      step1:
        attempts: [{date: 2026-06-22, result: pass}]
      step2ck:
        study_weeks: 16

    """

  /// A journal with one record and the saved plan `record` would have written with it.
  static func beside() throws -> (journal: String, savedPlan: String) {
    let rules = try RulesPackDecoder.decode(EmbeddedRules.text, file: "rules.yaml")
    let today = Day(iso: "2026-12-17")!
    let journal = Journal.appending(JournalEntry(recordedOn: today, .done("eras.photo", on: today)), to: "")
    let applicant = try Applicant(ReplanState(
      profile: try ProfileParser.parse(profile, file: "me.yaml", rules: rules), profileFile: "me.yaml", journalText: journal,
      journalFile: "me.journal", savedPlanText: nil, savedPlanFile: "me.plan.json", today: today, matchYear: nil, rules: rules))
    return (journal, SavedPlan(try applicant.plan(), journal: applicant.journal.tag).encoded())
  }

  @Test func eachFileIsReadOncePerRun() throws {
    let (journal, saved) = try Self.beside()
    let files = CountingFiles(["me.yaml": Self.profile, "me.journal": journal, "me.plan.json": saved, "rules.yaml": EmbeddedRules.text])
    let options = try InputOptions.parse(["--profile", "me.yaml", "--today", "2027-03-10", "--rules", "rules.yaml"])
    let loaded = try ApplicantLoader(files: files).load(options)
    // What `plan`, `next` and `report` then ask of it touches no file.
    let plan = try loaded.applicant.plan()
    _ = loaded.applicant.next(plan)
    #expect(files.reads == ["me.yaml": 1, "me.journal": 1, "me.plan.json": 1, "rules.yaml": 1])
    #expect(loaded.profile.done["eras.photo"] == Day(iso: "2026-12-17"))
    #expect(loaded.baseline?.today == Day(iso: "2026-12-17"))
    #expect(loaded.profile.keptStudyStarts["step2ck.prep"] == Day(iso: "2026-12-17"))
    #expect(loaded.location?.path == "me.yaml")
  }

  @Test func recordingCommandsReadEachFileOnceToo() throws {
    let (journal, saved) = try Self.beside()
    let files = CountingFiles(["me.yaml": Self.profile, "me.journal": journal, "me.plan.json": saved, "rules.yaml": EmbeddedRules.text])
    let options = try InputOptions.parse(["--profile", "me.yaml", "--today", "2027-03-10", "--rules", "rules.yaml"])
    let loaded = try ApplicantLoader(files: files).load(options, savedPlan: .required, requireProfile: "record")
    _ = try Replanner.record(.action(.done("credentials.verify", on: Day(iso: "2027-03-01")!)), for: loaded.applicant)
    #expect(files.reads == ["me.yaml": 1, "me.journal": 1, "me.plan.json": 1, "rules.yaml": 1])
  }

  @Test func withoutAProfileTheDefaultApplicantReadsOnlyTheRules() throws {
    let files = CountingFiles(["rules.yaml": EmbeddedRules.text])
    let options = try InputOptions.parse(["--today", "2026-12-17", "--rules", "rules.yaml"])
    // No --profile, and no PLANNER_PROFILE or planner.yaml where the tests run.
    guard ProfileLocation.findQuietly(nil) == nil else { return }
    let loaded = try ApplicantLoader(files: files).load(options)
    #expect(loaded.isDefaultProfile)
    #expect(loaded.profile.name == ApplicantLoader.exampleName)
    #expect(files.reads == ["rules.yaml": 1])
  }

  @Test func theTimeZoneThatDecidesTodayComesFromTheSameRead() throws {
    #expect(ApplicantLoader.zone(Array(Self.profile.utf8)) == "Asia/Kolkata")
    #expect(ApplicantLoader.zone(Array("name: x\n".utf8)) == "UTC")
  }
}
