import Foundation
import PlannerCore
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Corrections 7–11: the H-1B fee, Step 2 CK passing scores in the profile, the 2026
/// registration deadline, OET and ERAS token sources, year of graduation, and one URL per page.
struct RuleCorrectionsTests {
  let today = Day(iso: "2026-11-25")!

  func parseErrors(_ yaml: String) -> [String] {
    do {
      _ = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
      return []
    } catch {
      return error.diagnostics.map(\.description)
    }
  }

  // MARK: 7. The $100,000 H-1B fee: conditional, dated, for a term, under litigation

  @Test func theFeeIsConditionalDatedAndNeverPermanent() throws {
    let fee = bundledRules.h1bFee
    #expect(fee.petitionsFiledFrom.value == Day(iso: "2025-09-21"))
    #expect(fee.termEnds == Day(iso: "2026-09-21"))
    let inTerm = fee.sentence(petition: Day(iso: "2026-03-01")!)
    let after = fee.sentence(petition: Day(iso: "2029-01-01")!)
    for s in [inTerm, after, fee.sentence(petition: nil)] {
      for part in ["$100,000", "from 2025-09-21", "2025-09-19", "outside the US", "change of status", "12 months", "verify its current status"] {
        #expect(s.contains(part), "\(part) in \(s)")
      }
      #expect(!s.contains("permanent") && !s.contains("now carries"))
    }
    #expect(inTerm.contains("covers your petition"))
    #expect(after.contains("applies only if the proclamation is extended"))
    // Every sentence the plan and the rules report print about it says the same.
    let profile = try ProfileParser.parse("visa: h1b\n", file: "t.yaml", rules: bundledRules)
    let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2029, today: today)
    let finding = try #require(plan.findings.first { $0.code == .h1bFee })
    #expect(finding.message.contains("verify its current status") && finding.message.contains("from 2025-09-21"))
    let report = RulesReport.text(bundledRules.cycle(2029)!, rules: bundledRules)
    #expect(report.contains("verify its current status") && report.contains("from 2025-09-21"))
  }

  // MARK: 8. A Step 2 CK pass below the standard of its test date is a profile error

  @Test func step2CKPassBelowThePassingScoreOfItsTestDateIsRefused() {
    func ck(_ date: String, _ score: Int) -> String { "exams:\n  step2ck:\n    attempts:\n      - {date: \(date), result: pass, score: \(score)}\n" }
    #expect(parseErrors(ck("2025-07-01", 218)).isEmpty)
    #expect(parseErrors(ck("2025-07-01", 217)) == ["t.yaml:4:49: error: exams.step2ck: a score of 217 on 2025-07-01 is below the Step 2 CK passing score in force on that test date (218 for tests on or after 2025-07-01; https://medvily.com/?p=296), so it cannot be a pass; record it as a fail"])
    #expect(parseErrors(ck("2025-06-30", 217)).isEmpty)
    #expect(parseErrors(ck("2022-07-01", 213)).first?.contains("(214 for tests on or after 2022-07-01") == true)
    #expect(parseErrors(ck("2022-06-30", 213)).isEmpty)
    #expect(parseErrors(ck("2014-07-01", 208)).first?.contains("(209 for tests on or after 2014-07-01") == true)
    // Before 2014-07-01 the standard is not in the pack: taken as recorded, and check says so.
    #expect(parseErrors(ck("2014-06-30", 200)).isEmpty)
  }

  @Test func aCKPassOlderThanThePacksStandardsIsNotedNotJudged() throws {
    let yaml = "exams:\n  step1:\n    attempts: [{date: 2013-01-10, result: pass}]\n  step2ck:\n    attempts: [{date: 2014-03-01, result: pass, score: 200}]\n"
    let profile = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    let plan = try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: 2028, today: today)
    #expect(EligibilityCheck.run(profile: profile, plan: plan, today: today).contains { $0.code == .step2ckStandardUnknown && $0.severity == .note })
  }

  // MARK: 9. Registration deadline estimated; OET minimums cite ECFMG; the ERAS token

  @Test func registrationOETAndTokenCorrections() throws {
    let c2026 = try #require(bundledRules.cycle(2026))
    #expect(c2026.nrmpStandardDeadline.value == Day(iso: "2026-01-30"))
    #expect(c2026.nrmpStandardDeadline.confidence == .estimated)
    let oet = bundledRules.certification.oetMinimums(on: Day(iso: "2022-04-01")!)
    #expect(oet.value == [350, 350, 300, 350])
    #expect(oet.confidence == .official)
    #expect(oet.source == "https://www.ecfmg.org/news/2022/03/31/detailed-information-available-on-2023-pathways-updated-passing-requirement-for-oet-medicine/")
    // The token is issued on request once ECFMG releases the season's tokens (June).
    let plan = try PathwayPlanner.plan(profile: Profile(), rules: bundledRules, matchYear: 2028, today: today)
    let token = try #require(plan.schedule.task("eras.token"))
    let release = try #require(token.task.notBefore)
    #expect(release == plan.cycle.erasOpens.value + bundledRules.application.erasTokenReleaseDaysAfterOpening.value)
    #expect(release.month == 6)
    #expect(token.task.duration <= 2)
  }

  // MARK: 10. Year of graduation: a warning at more than 3 and more than 5 years

  @Test func yearOfGraduationWarnsPastThreeAndFiveYears() throws {
    func warning(_ graduation: String) throws -> Finding? {
      let p = try ProfileParser.parse("graduation: \(graduation)\n", file: "t.yaml", rules: bundledRules)
      let r = try PathwayPlanner.plan(profile: p, rules: bundledRules, matchYear: 2028, today: today)
      let inPlan = r.findings.first { $0.code == .graduationYears }
      let inCheck = EligibilityCheck.run(profile: p, plan: r, today: today).first { $0.code == .graduationYears }
      #expect(inPlan == inCheck)
      return inPlan
    }
    #expect(try warning("2025-07-01") == nil)  // exactly 3 years by 2028-07-01
    let three = try #require(try warning("2025-06-30"))
    #expect(three.severity == .warning && three.message.contains("more than 3 years") && three.message.contains("not an ECFMG rule"))
    #expect(try warning("2023-07-01")?.message.contains("more than 3 years") == true)  // exactly 5
    #expect(try warning("2023-06-30")?.message.contains("more than 5 years") == true)
  }

  // MARK: 11. One URL per page, official where an official page exists

  @Test func everySourceIsSpelledOneWay() throws {
    var urls: Set<String> = []
    for year in bundledRules.supportedYears {
      let c = try #require(bundledRules.cycle(year))
      for row in c.datedValues { urls.insert(row.value.source) }
      urls.insert(c.clinicalSkills.source)
      if let l = bundledRules.pathways.licenceCutoff(season: year) { urls.insert(l.source) }
      urls.insert(bundledRules.pathways.graduationCutoff(season: year).source)
    }
    for l in bundledRules.leadTimes.all { urls.insert(l.source) }
    let fee = bundledRules.h1bFee
    urls.formUnion([fee.amount.source, fee.proclaimed.source, fee.petitionsFiledFrom.source, fee.condition.source, fee.litigation.source])
    urls.formUnion(bundledRules.application.yearsSinceGraduationScreens.map(\.source))
    let web = urls.filter { $0.hasPrefix("http") }
    var byPage: [String: Set<String>] = [:]
    for url in web {
      var page = url.replacingOccurrences(of: "https://", with: "").replacingOccurrences(of: "http://", with: "")
      for host in ["www.", "ww.", "w."] where page.hasPrefix(host) { page.removeFirst(host.count) }
      byPage[page.hasSuffix("/") ? String(page.dropLast()) : page, default: []].insert(url)
    }
    for (page, spellings) in byPage { #expect(spellings.count == 1, "\(page): \(spellings.sorted())") }
    // No mirrors of ECFMG or FSMB pages.
    #expect(!web.contains { $0.contains("faimer.org") || $0.contains("golive.ecfmg") || $0.contains("episerver.net") })
    #expect(!web.contains { $0.hasPrefix("http://www.ecfmg.org") || $0.hasPrefix("https://ecfmg.org") })
  }
}
