import Foundation
import PlannerCohort
import PlannerCore
import PlannerPathway
import PlannerRender
import PlannerTestSupport
import Testing

/// One verdict over generated applicants (issue 20, "One verdict"): for a few hundred profiles
/// across stages, visas, failures, bookings (some late enough to miss the review date), lapsed
/// passes, blockers and several days, the status the JSON carries equals the plan header's, the
/// check's closing line, the report's and the cohort row's; and check lists the plan's findings.
struct OneVerdictConsistencyTests {
  static let days = ["2026-11-25", "2026-12-07", "2027-05-01", "2027-09-01"].compactMap { Day(iso: $0) }

  /// Profile text for applicant `i`: the same for the same `i` on every run.
  static func profile(_ i: Int) -> String {
    var rng = SplitMix64(seed: 0x0E_7D1C7 &+ UInt64(i))
    func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
    var lines = ["name: Applicant \(i)", "graduation: \(pick(["2016-06-30", "2019-07-01", "2022-06-15", "2024-12-01", "2025-06-01"]))",
      "visa: \(pick(["j1", "j1", "h1b", "none"]))"]
    if let match = pick([nil, nil, 2027, 2028, 2029] as [Int?]) { lines.append("match: \(match)") }
    if Int.random(in: 0..<12, using: &rng) == 0 { lines += ["school: Example U", "school_ecfmg_note: false"] }
    lines.append("exams:")
    switch Int.random(in: 0..<9, using: &rng) {
    case 0: lines += ["  step1:", "    study_weeks: \(pick([8, 12, 16, 20]))"]
    case 1: lines += ["  step1:", "    attempts: [{date: \(pick(["2018-03-01", "2019-05-10", "2020-05-04", "2023-02-01"])), result: pass}]"]
    case 2: lines += ["  step1:", "    attempts: [{date: 2024-04-01, result: pass}]", "  step2ck:", "    booked: \(pick(["2027-02-15", "2027-06-10", "2027-09-01", "2027-12-01", "2028-02-15"]))"]
    case 3: lines += ["  step1:", "    attempts:", "      - {date: 2025-01-10, result: fail}", "      - {date: 2025-08-10, result: pass}"]
    case 4: lines += ["  step1:", "    attempts: [{date: 2023-05-01, result: pass}]", "  step2ck:", "    attempts: [{date: 2024-03-01, result: pass, score: 240}]"]
    case 5: lines += ["  step1:", "    attempts:", "      - {date: 2024-01-10, result: fail}", "      - {date: 2024-07-10, result: fail}", "      - {date: 2025-02-10, result: fail}"]
    case 6: lines += ["  step1:", "    attempts:", "      - {date: 2023-01-10, result: fail}", "      - {date: 2023-07-10, result: fail}", "      - {date: 2024-02-10, result: fail}", "      - {date: 2025-02-10, result: fail}"]
    case 7: lines += ["  step1:", "    booked: \(pick(["2027-01-20", "2027-04-15", "2027-08-01"]))"]
    default: lines += ["  step1:", "    attempts: [{date: 2022-09-01, result: pass}]", "  step2ck:", "    attempts: [{date: 2023-09-01, result: fail}]"]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// check's closing line, read back as a status.
  static func checkStatus(_ text: String) -> Verdict.Status? {
    let last = text.split(separator: "\n").last.map(String.init) ?? ""
    if last.contains("finding blocks") || last.contains("findings block") { return .blocked }
    if last.hasPrefix("No eligibility rule blocks") { return .notFeasible }
    if last.hasPrefix("Nothing blocks") { return last.contains("at risk") ? .atRisk : .onTrack }
    return nil
  }

  @Test func everyViewOfAGeneratedApplicantShowsTheSameVerdict() async throws {
    var planned = 0
    var seen: [Verdict.Status: Int] = [:]
    for (d, today) in Self.days.enumerated() {
      let indices = (d * 100)..<(d * 100 + 100)
      let inputs = indices.map { CohortInput(file: "gen/\($0).yaml", profile: .success(Array(Self.profile($0).utf8))) }
      let cohort = await Cohort.plan(inputs, options: CohortOptions(today: today, rules: bundledRules, riskRuns: 0, jobs: 2))
      let rows = Dictionary(uniqueKeysWithValues: cohort.rows.map { ($0.file, $0) })
      for i in indices {
        let file = "gen/\(i).yaml"
        guard let profile = try? ProfileParser.parse(Self.profile(i), file: file, rules: bundledRules),
          let r = try? PathwayPlanner.plan(profile: profile, rules: bundledRules, matchYear: profile.match, today: today, file: file)
        else {
          #expect(rows[file]?.planVerdict == nil, "\(file) \(today): the cohort planned what plan could not")
          continue
        }
        planned += 1
        let v = r.verdict
        seen[v.status, default: 0] += 1
        let context = "\(file) \(today): \(v.status)"
        // JSON
        let json = try #require(try JSONSerialization.jsonObject(with: Data(PlanReport.json(r, profile: profile).rendered().utf8)) as? [String: Any])
        #expect((json["verdict"] as? [String: Any])?["status"] as? String == v.status.rawValue, "\(context) JSON")
        #expect(json["feasible"] as? Bool == v.holds, "\(context) feasible")
        // plan's header
        #expect(PlanReport.header(r, profileName: profile.name).contains(VerdictText.headline(v)), "\(context) header")
        // check: the plan's own findings, and the same status
        #expect(EligibilityCheck.run(profile: profile, plan: r, today: today) == r.findings, "\(context) findings")
        #expect(Self.checkStatus(EligibilityCheck.text(r, profileName: profile.name)) == v.status, "\(context) check")
        // the report
        #expect(ReportVerdict(r).status == v.status, "\(context) report")
        #expect(HTMLReport.render(r, options: ReportOptions(profileName: profile.name)).contains("data-status=\"\(v.status.rawValue)\""), "\(context) HTML")
        // the cohort row
        #expect(rows[file]?.planVerdict?.status == v.status, "\(context) cohort")
      }
    }
    #expect(planned >= 300)
    // The generator reaches every status.
    for status in Verdict.Status.allCases { #expect(seen[status, default: 0] > 0, "\(status) never seen: \(seen)") }
  }
}
