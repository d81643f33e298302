import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// RISK.md §5 (official, ECFMG Information Booklet): "Standard ECFMG Certificates are issued to
/// applicants approximately two weeks after all of these requirements have been met." What
/// waits for the certificate (the J-1 file, Step 3 for H-1B) waits for its issue date.
struct CertificateIssueTests {
  let today = Day(iso: "2026-12-01")!

  func plan(_ yaml: String, match: Int) throws -> PlanResult {
    let profile = try ProfileParser.parse(yaml, file: "t.yaml", rules: bundledRules)
    return try PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: match, today: today)
  }

  @Test(arguments: ["j1", "h1b", "none"])
  func theCertificateIsIssuedAboutTwoWeeksAfterTheLastRequirement(visa: String) throws {
    let issue = bundledRules.leadTimes.standard("certificate_issue")
    #expect(issue.days == 14 && issue.confidence == .official)
    let result = try plan("graduation: 2026-06-30\nvisa: \(visa)\n", match: 2029)
    let certificate = try #require(result.schedule.task("ecfmg.certificate"))
    for id in ["ecfmg.verified", "credentials.verify"] {
      let requirement = try #require(result.schedule.task(id))
      #expect(certificate.lastDay >= requirement.lastDay + issue.days - 1, "\(id) \(requirement.lastDay) → certificate \(certificate.lastDay)")
    }
    // Whatever needs the certificate starts after its issue date.
    for id in ["visa.j1.review", "step3.register", "visa.h1b.petition"] {
      guard let next = result.schedule.task(id) else { continue }
      #expect(next.start > certificate.lastDay, "\(id) starts \(next.start), certificate issued \(certificate.lastDay)")
    }
  }

  @Test func aRecordedCertificateTakesNoMoreTime() throws {
    let result = try plan("graduation: 2020-06-30\nvisa: j1\ndone:\n  ecfmg.certificate: 2026-11-01\n", match: 2028)
    let certificate = try #require(result.schedule.task("ecfmg.certificate"))
    #expect(certificate.task.state == .done && certificate.task.duration == 0 && certificate.start == Day(iso: "2026-11-01"))
  }
}
