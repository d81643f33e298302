import PlannerCore
@testable import PlannerICal
import Testing

/// UIDs: stable, namespaced by the plan identity, and never derived from the title.
struct UIDTests {
  func uids(_ schedule: Schedule, _ options: CalendarOptions) -> [String] {
    CalendarExport.document(for: schedule, options: options).events.map(\.uid)
  }

  @Test func stableAcrossRuns() {
    #expect(uids(Sample.schedule(), Sample.options()) == uids(Sample.schedule(), Sample.options()))
    // Pinned, so a change to the hash (which would duplicate every user's events) fails loudly.
    #expect(
      StableUID.make(identity: "profile:ana-muller-2028", key: "step1.exam.1", domain: "planner.invalid")
        == "3065642d6d5bc867f12de08a44a55b76@planner.invalid")
  }

  @Test func differentForAnotherPlanIdentity() {
    let mine = Set(uids(Sample.schedule(), Sample.options()))
    let theirs = Set(uids(Sample.schedule(), Sample.options(identity: "profile:someone-else")))
    #expect(mine.isDisjoint(with: theirs))
  }

  @Test func independentOfTheTitleAndTheStamp() {
    let renamed = Sample.schedule(step2Name: "Step 2 CK (second thoughts)")
    #expect(uids(renamed, Sample.options(stamp: Sample.laterStamp)) == uids(Sample.schedule(), Sample.options()))
  }

  @Test func uniqueWithinAPlan() {
    var options = Sample.options()
    options.includeTodos = true
    let doc = CalendarExport.document(for: Sample.schedule(), options: options)
    let all = doc.events.map(\.uid) + doc.todos.map(\.uid)
    #expect(Set(all).count == all.count)
  }

  @Test func separatorKeepsFieldsApart() {
    #expect(
      StableUID.make(identity: "ab", key: "c", domain: "d") != StableUID.make(identity: "a", key: "bc", domain: "d"))
  }

  @Test func configurableDomain() {
    var options = Sample.options()
    options.uidDomain = "plans.example.org"
    #expect(uids(Sample.schedule(), options).allSatisfy { $0.hasSuffix("@plans.example.org") })
  }

  @Test func sameInputGivesIdenticalBytes() throws {
    let a = try CalendarExporter.export(Sample.schedule(), options: Sample.options(), previous: nil)
    let b = try CalendarExporter.export(Sample.schedule(), options: Sample.options(), previous: nil)
    #expect(Array(a.utf8) == Array(b.utf8))
  }
}
