import Foundation
import PlannerTestSupport
import Testing

/// The scenarios of the replanning issue, end to end through the binary.
struct ReplanCommandTests {
  @Test func aFirstStep1FailureThenAPass() throws {
    let s = try ReplanScenario(example: "fresh-graduate")
    #expect(try s.run(["record", "credentials.verify", "done", "--date", "2026-11-20"], today: "2026-11-25").status == 0)
    #expect(try s.run(["book", "step1", "--date", "2027-03-18"], today: "2026-11-25").status == 0)
    let fail = try s.run(["record", "step1", "fail", "--date", "2027-03-18"], today: "2027-04-20")
    #expect(fail.status == 0)
    #expect(fail.stderr.isEmpty)
    assertGolden(fail.stdout, named: "replan-step1-fail.txt")
    let plan = try s.run(["plan", "--format", "json"], today: "2027-04-20")
    let tasks = try #require((try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])?["tasks"] as? [[String: Any]])
    let past = try #require(tasks.first { $0["id"] as? String == "step1.exam.1" })
    #expect(past["status"] as? String == "done")
    #expect(past["start"] as? String == "2027-03-18")
    #expect(tasks.first { $0["id"] as? String == "step1.exam" }?["name"] as? String == "Step 1 exam (attempt 2)")
    let pass = try s.run(["record", "step1", "pass", "--date", "2027-05-03"], today: "2027-06-01")
    #expect(pass.status == 0)
    #expect(pass.stdout.contains("step1.exam ") && pass.stdout.contains("(planned → done)"))
    #expect(pass.stdout.contains("Verdict: the 2028 Match still holds"))
    let table = try s.run(["plan", "--format", "table"], today: "2027-06-01").stdout
    #expect(table.contains("Step 1 attempt 1: fail"))
    #expect(table.contains("Step 1 passed (attempt 2)"))
  }

  @Test func threeFailuresInAYearSetTheFourthAttemptsEarliestDate() throws {
    let s = try ReplanScenario(example: "fresh-graduate")
    _ = try s.run(["record", "credentials.verify", "done", "--date", "2026-11-20"], today: "2026-11-25")
    #expect(try s.run(["record", "step1", "fail", "--date", "2027-01-20"], today: "2027-02-20").status == 0)
    let second = try s.run(["record", "step1", "fail", "--date", "2027-04-20"], today: "2027-05-20")
    #expect(second.stdout.hasPrefix("Recorded in me.journal as record 3: Step 1 fail on 2027-04-20."))
    #expect(second.status == (second.stdout.contains("still holds") ? 0 : 3))
    let third = try s.run(["record", "step1", "fail", "--date", "2027-07-20"], today: "2027-08-20")
    #expect(third.status == 3)
    assertGolden(third.stdout, named: "replan-three-failures.txt")
    #expect(third.stdout.contains("step1.exam         2027-09-09 → 2028-01-20"))
    #expect(third.stdout.contains("Earliest feasible Match year: 2029."))
    let why = try s.run(["why", "step1.exam"], today: "2027-08-20")
    #expect(why.stdout.contains("Step 1 exam (attempt 4)"))
    #expect(why.stdout.contains("window opens 2028-01-20"))
    let journal = s.bytes("me.journal")
    let early = try s.run(["book", "step1", "--date", "2027-12-01"], today: "2027-08-20")
    #expect(early.status == 4)
    #expect(early.stderr == "planner: Step 1 attempt 4 on 2027-12-01 is sooner than the attempt rules allow: no earlier than 2028-01-20 (at most 3 attempts in 12 months; a 4th at least 12 months after the first and 6 after the latest); nothing was recorded\n")
    #expect(s.bytes("me.journal") == journal)
  }

  @Test func aRescheduleThatMissesTheReviewDateKeepsTheMatchYear() throws {
    let s = try ReplanScenario(example: "fresh-graduate")
    _ = try s.run(["record", "credentials.verify", "done", "--date", "2026-11-20"], today: "2026-11-25")
    #expect(try s.run(["book", "step2ck", "--date", "2027-06-01"], today: "2026-11-25").status == 0)
    let moved = try s.run(["reschedule", "step2ck", "--date", "2027-09-01"], today: "2026-11-25", width: 1000)
    #expect(moved.status == 0)
    assertGolden(moved.stdout, named: "replan-ck-past-review.txt")
    // The year holds on every hard gate, but the missed review date makes it "at risk", named
    // with its days (issue 20, "One verdict").
    #expect(moved.stdout.contains("Verdict: the 2028 Match still holds but is at risk: 154 days to spare"))
    #expect(moved.stdout.contains("! Step 2 CK result released on 2027-09-29, 7 days after programs start reviewing"))
  }

  @Test func aRescheduleThatBreaksTheROLGateMovesTheMatchYear() throws {
    let s = try ReplanScenario(example: "fresh-graduate")
    _ = try s.run(["record", "credentials.verify", "done", "--date", "2026-11-20"], today: "2026-11-25")
    #expect(try s.run(["book", "step2ck", "--date", "2027-06-01"], today: "2026-11-25").status == 0)
    let moved = try s.run(["reschedule", "step2ck", "--date", "2028-02-15"], today: "2026-11-25", width: 1000)
    #expect(moved.status == 3)
    assertGolden(moved.stdout, named: "replan-ck-breaks-rol.txt")
    #expect(moved.stdout.contains("Verdict: the 2028 Match NO LONGER HOLDS."))
    #expect(moved.stdout.contains("lands 2028-03-14, 13 days after its deadline 2028-03-01"))
    #expect(moved.stdout.contains("because: Step 2 CK exam, booked is on 2028-02-15"))
    #expect(moved.stdout.contains("Earliest feasible Match year: 2029."))
    // The saved plan now carries the new verdict, and `diff` against it shows nothing new.
    let diff = try s.run(["diff"], today: "2026-11-25")
    #expect(diff.status == 3)
    #expect(diff.stdout.contains("nothing moved"))
  }

  @Test func aLateStatementOfNeedForAJ1Applicant() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    let late = try s.run(["record", "visa.j1.son", "takes", "--days", "75"], today: "2026-11-25")
    // The Match year is decided before Match Day; a late visa chain is its own line, not a lost year.
    #expect(late.status == 0)
    #expect(late.stdout.contains("After Match Day: 25 days late: residency starts by 2028-07-01."))
    assertGolden(late.stdout, named: "replan-son-late.txt")
    #expect(late.stdout.contains("visa.j1.son        2028-04-25 → 2028-05-30  +35 days"))
    #expect(s.text("me.journal").hasSuffix("2026-11-25 lead statement_of_need 75 days\n"))
  }

  @Test func whatIfShowsTheVerdictAndWritesNothing() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    let before = try s.files()
    let r = try s.run(["what-if", "--slip", "step2ck.exam=+21d", "--fail", "step2ck"], today: "2026-11-25")
    #expect(try s.files() == before)
    #expect(r.stdout.hasPrefix("What moved if step2ck.exam slips 21 days and Step 2 CK is failed on 2027-03-18 (nothing recorded):"))
    #expect(r.stdout.contains("+ step2ck.exam.1"))
    #expect(r.stdout.contains("Verdict: the 2028 Match"))
    #expect(r.status == (r.stdout.contains("still holds") ? 0 : 3))
  }

  @Test func whyShowsTheChainTheBindingConstraintAndTheFloat() throws {
    let s = try ReplanScenario(example: "step1-passed-ck-booked")
    let r = try s.run(["why", "visa.j1.interview"], today: "2026-11-25", width: 1000)
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.first == "Why visa.j1.interview (J-1 consular interview and visa) is 2028-05-31 → 2028-06-20 (21 days) in the 2028 plan:")
    #expect(r.stdout.contains("  2. visa.j1.ds2019  on 2028-05-31  DS-2019 issued by ECFMG"))
    #expect(r.stdout.contains("after Match Day"))
    #expect(r.stdout.contains("The plan's margin: 181 days to spare before the Pathways application is due (2027-05-31, estimated)"))
    #expect(r.stdout.contains("After Match Day: 10 days to spare before residency starts (2028-07-01)"))
    #expect(lines.last == "Days to spare: 10 days (10 days before the next task moves); on the chain that decides the Match year.")
    let unknown = try s.run(["why", "visa.j1.intervew"], today: "2026-11-25")
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("did you mean 'visa.j1.interview'?"))
  }
}
