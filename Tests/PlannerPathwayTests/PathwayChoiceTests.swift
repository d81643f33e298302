import Foundation
import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Correction 4: the planner picks the first Pathway the applicant qualifies for (1, 2, 3–5,
/// then 6), says which and why, and refuses a named Pathway the applicant cannot use.
struct PathwayChoiceTests {
  let today = Day(iso: "2026-11-25")!
  let pathways = bundledRules.pathways

  func profile(_ yaml: String) throws -> Profile { try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules) }
  func choose(_ yaml: String, season: Int) throws -> PathwayChoice { PathwayChoice.choose(try profile(yaml), season: season, rules: pathways) }

  @Test func pathway1NeedsALicenceValidOnOrAfterTheSeasonsCutoff() throws {
    // 2024 season: valid at any time on or after 2019-01-01.
    #expect(try choose("license: {issued: 2010-01-01, expires: 2019-01-01}\n", season: 2024).number == 1)
    #expect(try choose("license: {issued: 2010-01-01, expires: 2018-12-31}\n", season: 2024).number == 6)
    #expect(try choose("licence: {issued: 2020-03-01}\n", season: 2024).number == 1)
    // The 2021 season's cut-off was 2018-01-01.
    #expect(try choose("license: {issued: 2010-01-01, expires: 2018-01-01}\n", season: 2021).number == 1)
    #expect(try choose("license: {issued: 2010-01-01, expires: 2017-12-31}\n", season: 2021).number == 6)
    let reason = try choose("license: {issued: 2020-03-01}\n", season: 2024).reason
    #expect(reason.contains("2019-01-01") && reason.contains("2020-03-01"))
  }

  @Test func aSeasonWithoutAPublishedLicenceCutoffCarriesTheLastOneForwardAsEstimated() throws {
    let cutoff = try #require(pathways.licenceCutoff(season: 2028))
    #expect(cutoff.value == Day(iso: "2019-01-01"))
    #expect(cutoff.confidence == .estimated)
    #expect(pathways.licenceCutoff(season: 2024)?.confidence == .official)
  }

  @Test func pathways3To5FollowTheGraduationCutoffOfEachSeason() throws {
    for (season, cutoff) in [(2024, "2022-01-01"), (2025, "2023-01-01"), (2027, "2025-01-01"), (2028, "2026-01-01")] {
      let day = Day(iso: cutoff)!
      #expect(try choose("graduation: \(day)\nschool_accreditation: wfme\n", season: season).number == 3, "\(season) on the cut-off")
      #expect(try choose("graduation: \(day - 1)\nschool_accreditation: wfme\n", season: season).number == 6, "\(season) the day before")
    }
    #expect(try choose("graduation: 2023-06-30\nschool_accreditation: ncfmea\n", season: 2025).number == 4)
    #expect(try choose("graduation: 2023-06-30\nschool_accreditation: lcme-joint\n", season: 2025).number == 5)
    #expect(try choose("graduation: 2023-06-30\nschool_accreditation: none\n", season: 2025).number == 6)
    #expect(pathways.graduationCutoff(season: 2027).confidence == .estimated)
    // Accreditation not stated: Pathway 3 is assumed, and said to be an assumption.
    let assumed = try choose("graduation: 2023-06-30\n", season: 2025)
    #expect(assumed.number == 3 && assumed.assumed)
  }

  @Test func theOrderIsOneThenTwoThenThreeToFiveThenSix() throws {
    let all = "license: {issued: 2020-01-01}\npathway2_exam_passed: 2021-05-01\ngraduation: 2023-06-30\nschool_accreditation: wfme\n"
    #expect(try choose(all, season: 2025).number == 1)
    #expect(try choose("pathway2_exam_passed: 2021-05-01\ngraduation: 2023-06-30\nschool_accreditation: wfme\n", season: 2025).number == 2)
    #expect(try choose("graduation: 2023-06-30\nschool_accreditation: wfme\n", season: 2025).number == 3)
    #expect(try choose("graduation: 2020-06-30\n", season: 2025).number == 6)
  }

  /// Pathway 2 since the 2023 season is a school-administered OSCE the country's regulator requires
  /// (pack pathways.pathway2, FACTS.md §10): the profile key says so; the 2021-era key still reads.
  @Test func pathway2IsTheSchoolsOSCEUnderItsOwnKey() throws {
    let osce = try choose("pathway2_osce_passed: 2024-05-10\ngraduation: 2020-06-30\n", season: 2026)
    #expect(osce.number == 2)
    #expect(osce.reason.contains("an OSCE your medical school administers"))
    #expect(try choose("pathway2_exam_passed: 2024-05-10\ngraduation: 2020-06-30\n", season: 2026).number == 2)
    #expect(try choose("graduation: 2020-06-30\n", season: 2026).number == 6)
    #expect(pathways.pathway2.confidence == .official && pathways.pathway2.value.contains("regulatory authority"))
    #expect(throws: (any Error).self) {
      try profile("pathway2_osce_passed: 2024-05-10\npathway2_exam_passed: 2024-05-10\n")
    }
  }

  @Test func aFailedCSMeansPathway6WhateverElse() throws {
    let c = try choose("step2cs_failed: true\nlicense: {issued: 2020-01-01}\n", season: 2026)
    #expect(c.number == 6)
    #expect(c.reason.contains("Step 2 CS"))
    #expect(try choose("step2cs_failed: true\nlicense: {issued: 2020-01-01}\npathway:\n  number: 1\n", season: 2026).ineligible != nil)
  }

  @Test func thePlanSaysWhichPathwayAndWhy() throws {
    let r = try PathwayPlanner.plan(profile: try profile("license: {issued: 2022-02-01}\n"), rules: bundledRules, matchYear: 2028, today: today)
    let note = try #require(r.findings.first { $0.code == .pathwayChoice })
    #expect(note.message.contains("Pathway 1") && note.message.contains("2022-02-01"))
    #expect(r.schedule.task("pathway.apply")?.task.name.contains("Pathway 1") == true)
    #expect(r.schedule.task("pathway.minicex") == nil)
    #expect(r.schedule.task("pathway.documents") != nil)
  }

  @Test func aNamedPathwayTheApplicantCannotUseIsAProfileErrorWithLineAndColumn() throws {
    let cases: [(String, String)] = [
      ("graduation: 2020-06-30\npathway:\n  number: 3\n", "t.yaml:3:11: error: pathway.number: You are not eligible for Pathway 3 in the 2028 season: Pathways 3–5 need graduation on or after 2026-01-01"),
      ("pathway:\n  number: 1\n", "t.yaml:2:11: error: pathway.number: You are not eligible for Pathway 1 in the 2028 season: Pathway 1 needs a licence"),
      ("license: {issued: 2021-01-01}\npathway:\n  number: 6\n", "t.yaml:3:11: error: pathway.number: You are not eligible for Pathway 6 in the 2028 season: Pathway 6 is only for applicants not eligible for Pathways 1–5"),
    ]
    for (yaml, start) in cases {
      let p = try profile(yaml)
      do {
        _ = try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: today, file: "t.yaml")
        Issue.record("accepted: \(yaml)")
      } catch {
        guard case .profile(let e) = error else { Issue.record("\(error)"); continue }
        #expect(e.diagnostics.count == 1)
        #expect(e.description.hasPrefix(start), "\(e.description)")
      }
    }
  }

  @Test func theBundledExamplesAreEligibleForThePathwayTheyName() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Examples").standardized
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(files.count >= 4)
    for file in files {
      let p = try ProfileParser.parse(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8), file: file, rules: bundledRules)
      let r = try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: p.match, today: today, file: file)
      #expect(!r.findings.contains { $0.code == .pathwayIneligible }, "\(file)")
      if let named = p.pathwayNumber {
        let c = PathwayChoice.choose(p, season: r.matchYear, rules: pathways)
        #expect(c.ineligible == nil && c.number == named, "\(file)")
      }
    }
  }
}

extension PathwayChoiceTests {
  func errors(_ yaml: String) -> [String] {
    do {
      _ = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
      return []
    } catch {
      return error.diagnostics.map(\.description)
    }
  }

  @Test func theNewProfileKeysReportMistakesWithLineAndColumn() {
    #expect(errors("license:\n  expires: 2020-01-01\n") == ["t.yaml:2:3: error: license needs the day it was issued (license.issued: YYYY-MM-DD)"])
    #expect(errors("license: {issued: 2020-01-01, expires: 2019-01-01}\n") == ["t.yaml:1:10: error: license: expires '2019-01-01' is before issued '2020-01-01'"])
    #expect(errors("school_accreditation: wfm\n") == ["t.yaml:1:23: error: school_accreditation: 'wfm' is not one of wfme, ncfmea, lcme-joint, none; did you mean 'wfme'?"])
    #expect(errors("license: {issued: 2020-01-01}\nlicence: {issued: 2020-01-01}\n").first?.contains("give the licence once") == true)
    #expect(errors("step2cs_failed: maybe\n").first?.hasPrefix("t.yaml:1:17: error: step2cs_failed must be true or false") == true)
  }
}
