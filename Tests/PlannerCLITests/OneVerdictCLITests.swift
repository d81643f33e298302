import Foundation
import PlannerTestSupport
import Testing

/// One verdict, said by every view (issue 20, "One verdict"): `plan` (text and JSON), `check`,
/// `next`, `what-if`, `report` and `cohort` render the plan's `Verdict` and agree on its status
/// and on the exit code; and the two contradictions the issue saw are gone.
struct OneVerdictCLITests {
  static let today = "2026-12-07"

  func write(_ yaml: String, name: String = "me.yaml") throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planner-verdict-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent(name)
    try Data(yaml.utf8).write(to: file)
    return file.path
  }

  /// Contradiction 5: a Step 2 CK booking whose result comes 98 days after programs start
  /// reviewing was listed as "Target missed" under "Verdict: the 2028 Match still holds", exit 0.
  /// The year does hold on every hard gate, so the exit stays 0, but the verdict says "at risk"
  /// and names the target and its days.
  @Test func contradiction5_aMissedReviewTargetMakesTheVerdictAtRisk() throws {
    let r = try CLIRunner.run(["what-if", "--book", "step2ck=2027-12-01", "--match", "2028", "--today", Self.today, "--width", "1000"])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n").map(String.init)
    let verdict = try #require(lines.first { $0.hasPrefix("Verdict: ") })
    #expect(verdict == "Verdict: the 2028 Match still holds but is at risk: 63 days to spare before ECFMG must verify your exams (2028-03-01, estimated); 1 soft target is missed:")
    #expect(lines.contains("  ! Step 2 CK result released on 2027-12-29, 98 days after programs start reviewing (your Step 2 CK score visible) on 2027-09-22."))
    // The plan of the same applicant says the same.
    let path = try write("exams:\n  step2ck:\n    booked: 2027-12-01\n")
    let plan = try CLIRunner.run(["plan", "--profile", path, "--match", "2028", "--today", Self.today, "--width", "1000"])
    #expect(plan.status == 0)
    #expect(plan.stdout.contains("Verdict: At risk for the 2028 Match: 63 days to spare before ECFMG must verify your exams (2028-03-01, estimated), but 1 soft target is missed:"))
    let check = try CLIRunner.run(["check", "--profile", path, "--match", "2028", "--today", Self.today, "--width", "1000"])
    #expect(check.status == 0)
    #expect(check.stdout.hasSuffix("Nothing blocks the 2028 Match, but it is at risk: Step 2 CK result released 98 days after programs start reviewing (your Step 2 CK score visible).\n"))
  }

  /// Contradiction 3: for a graduate whose Step 1 pass (2019) lapsed under the seven-year limit,
  /// `plan` said "On track for the 2028 Match" and `check` "1 finding blocks the 2028 Match",
  /// citing a Step 2 CK date the plan did not have. FACTS §9: the lapsed pass stops counting and
  /// that Step must be passed again; the plan schedules the retake before ECFMG's verification,
  /// so the year is open when the retake fits. Both now render the plan's own findings.
  @Test func contradiction3_aLapsedPassGetsOneVerdictFromPlanAndCheck() throws {
    let path = try write("name: Lapsed\nexams:\n  step1:\n    attempts: [{date: 2019-05-10, result: pass}]\n")
    let plan = try CLIRunner.run(["plan", "--profile", path, "--match", "2028", "--today", Self.today, "--format", "table", "--width", "1000"])
    let check = try CLIRunner.run(["check", "--profile", path, "--match", "2028", "--today", Self.today, "--width", "1000"])
    #expect(plan.status == 0 && check.status == 0)
    #expect(plan.stdout.contains("Verdict: On track for the 2028 Match: "))
    #expect(check.stdout.hasSuffix("Nothing blocks the 2028 Match.\n"))
    #expect(plan.stdout.contains("retake for the 7-year limit"))
    let lapse = try #require(check.stdout.split(separator: "\n").first { $0.contains("Your Step 1 pass of 2019-05-10 no longer counts") })
    #expect(lapse.hasPrefix("warning: "))
    #expect(plan.stdout.contains(lapse))
    // No Step 2 CK date the plan does not have.
    #expect(lapse.contains("before Step 2 CK (planned after that day)"))
    // Every finding line of check is in the plan, and the other way round.
    let findings = check.stdout.split(separator: "\n").filter { $0.hasPrefix("warning: ") || $0.hasPrefix("note: ") || $0.hasPrefix("blocker: ") }
    for line in findings { #expect(plan.stdout.contains(line), "\(line)") }
  }

  /// The status each view shows, read from its own output.
  struct Seen: Equatable, CustomStringConvertible {
    var plan, json, check, next, report, cohort: String
    var description: String { "plan \(plan), json \(json), check \(check), next \(next), report \(report), cohort \(cohort)" }
  }

  static func status(ofHeadline line: String) -> String {
    if line.contains("On track for") { return "onTrack" }
    if line.contains("At risk for") { return "atRisk" }
    return line.contains("NOT FEASIBLE") ? "notFeasible|blocked" : "?"
  }

  /// The `data-status` of the report's verdict section.
  static func reportStatus(_ html: String) -> String {
    guard let section = html.split(separator: "\n").first(where: { $0.hasPrefix("<section id=\"verdict\"") }),
      let range = section.range(of: "data-status=\"")
    else { return "?" }
    let rest: Substring = section[range.upperBound...]
    return String(rest.prefix { $0 != "\"" })
  }

  static func jsonVerdict(_ text: String) throws -> String {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let verdict = try #require(object["verdict"] as? [String: Any])
    return try #require(verdict["status"] as? String)
  }

  func seen(_ profile: String, match: String?, today: String = OneVerdictCLITests.today) throws -> (Seen, [Int32]) {
    let common = ["--profile", profile, "--today", today] + (match.map { ["--match", $0] } ?? [])
    let text = try CLIRunner.run(["plan", "--width", "1000"] + common)
    let json = try CLIRunner.run(["plan", "--format", "json"] + common)
    let check = try CLIRunner.run(["check", "--width", "1000"] + common)
    let next = try CLIRunner.run(["next", "--format", "json"] + common)
    let report = try CLIRunner.run(["report", "--no-risk"] + common)
    let cohort = try CLIRunner.run(["cohort", profile, "--today", today, "--format", "json", "--risk-runs", "0"] + (match.map { ["--match", $0] } ?? []))
    let headline = text.stdout.split(separator: "\n").first { $0.hasPrefix("Verdict: ") }.map(String.init) ?? ""
    let checkLast = check.stdout.split(separator: "\n").last.map(String.init) ?? ""
    let checkStatus = checkLast.contains("finding blocks") || checkLast.contains("findings block") ? "blocked"
      : checkLast.hasPrefix("No eligibility rule blocks") ? "notFeasible" : checkLast.contains("at risk") ? "atRisk" : "onTrack"
    let reportStatus = Self.reportStatus(report.stdout)
    let rows = (try JSONSerialization.jsonObject(with: Data(cohort.stdout.utf8)) as? [String: Any])?["applicants"] as? [[String: Any]]
    let cohortStatus = rows?.first?["verdictStatus"] as? String ?? "?"
    let jsonStatus = try Self.jsonVerdict(json.stdout)
    // The text headline cannot tell a blocker from missed dates (both read NOT FEASIBLE).
    let planStatus = Self.status(ofHeadline: headline) == "notFeasible|blocked" && ["notFeasible", "blocked"].contains(jsonStatus) ? jsonStatus : Self.status(ofHeadline: headline)
    return (
      Seen(plan: planStatus, json: jsonStatus, check: checkStatus, next: try Self.jsonVerdict(next.stdout), report: reportStatus, cohort: cohortStatus),
      [text.status, json.status, check.status, next.status == 0 ? (jsonStatus == "onTrack" || jsonStatus == "atRisk" ? 0 : 3) : next.status, report.status]
    )
  }

  static let cases: [(String, String?, String)] = [
    ("Examples/fresh-graduate.yaml", nil, "2026-12-07"), ("Examples/step1-passed-ck-booked.yaml", nil, "2026-12-07"),
    ("Examples/h1b-track.yaml", nil, "2026-12-07"), ("Examples/legacy-cs.yaml", nil, "2026-12-07"),
    ("Examples/fresh-graduate.yaml", "2028", "2027-05-01"), ("Examples/fresh-graduate.yaml", "2028", "2027-06-15"),
    ("Examples/cohort/eze.yaml", "2027", "2026-12-01"), ("Examples/cohort/silva.yaml", nil, "2026-11-25"),
    ("Examples/cohort/lin.yaml", nil, "2026-11-25"), ("Examples/cohort/mehta.yaml", nil, "2026-11-25"),
  ]

  /// For the bundled examples (and the caseload's applicants, on days that give each status),
  /// every view shows the same verdict status, and every command the same exit code.
  @Test(arguments: 0..<cases.count)
  func everyViewShowsTheSameVerdict(_ index: Int) throws {
    let (profile, match, today) = Self.cases[index]
    let (seen, exits) = try seen(profile, match: match, today: today)
    let all = [seen.plan, seen.json, seen.check, seen.next, seen.report, seen.cohort]
    #expect(Set(all).count == 1, "\(profile) \(today): \(seen)")
    #expect(Set(exits).count == 1, "\(profile) \(today): exit codes \(exits)")
  }
}
