import PlannerCore
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// Issue 9 §6: task ids come from one typed catalogue. Every id the builder produces for the
/// bundled examples is in it (past sittings and the applicant's own tasks aside), ids are unique,
/// and what the catalogue keys by id (lead times, gate words, actions) is real.
struct PathwayTaskCatalogueTests {
  let today = Day(iso: "2026-12-01")!

  @Test(arguments: OneSetOfFindingsTests.examples)
  func everyBuiltIDIsInTheCatalogue(_ name: String) throws {
    let profile = try OneSetOfFindingsTests.example(name)
    let ownIDs = Set(profile.tasks.map(\.id))
    for year in 2027...2029 {
      guard let cycle = bundledRules.cycle(year) else { continue }
      let built = PathwayBuilder.build(profile: profile, cycle: cycle, rules: bundledRules, today: today)
      for t in built.graph.tasks {
        // Past sittings are numbered (`step1.exam.1`); own tasks are the profile's.
        let pastSitting = PathwayTasks.pastSitting(t.id) != nil && t.state == .done
        let own = ownIDs.contains(t.id) && t.kind == .personal
        #expect(PathwayTasks.task(t.id) != nil || pastSitting || own, "\(name) \(year): \(t.id) is not in the catalogue")
      }
    }
  }

  /// The builder adds tasks by catalogue handle (`add(.erasLetters, …)`): each handle is the
  /// catalogue's entry for its id, and every exam-chain handle the builder asks for exists.
  @Test func handlesAreTheCatalogueEntries() {
    let handles: [PathwayTask] = [.ecfmgAccount, .erasLetters, .erasSubmit, .nrmpRegister, .matchDay, .visaJ1Son, .residencyStart]
    for h in handles {
      #expect(PathwayTasks.task(h.id)?.id == h.id && PathwayTasks.task(h.id)?.leadTimeKey == h.leadTimeKey, "\(h.id)")
    }
    #expect(PathwayTask.erasLetters.id == "eras.letters" && PathwayTask.erasLetters.leadTimeKey == "letters")
    for exam in [Exam.step1, .step2ck, .step3] {
      for part in [PathwayTask.ExamPart.prep, .register, .window, .exam, .result] {
        #expect(PathwayTask.chain(exam, part).id == "\(exam.rawValue).\(part.rawValue)")
      }
    }
    #expect(PathwayTask.chain(.step3, .register).leadTimeKey == "step3_application")
    #expect(PathwayTask.chain(.step1, .register).leadTimeKey == "usmle_application")
    #expect([PathwayTask.chain(.oet, .prep), .chain(.oet, .exam), .chain(.oet, .result)] == [.oetPrep, .oetExam, .oetResult])
    #expect(PathwayTasks.all.count == 56)
  }

  @Test func idsAreUniqueAndKeysAreReal() {
    let ids = PathwayTasks.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    let packKeys = Set(bundledRules.leadTimes.all.map(\.key))
    for t in PathwayTasks.all {
      if let key = t.leadTimeKey { #expect(packKeys.contains(key), "\(t.id): lead time \(key) is not in the pack") }
      if t.action != nil { #expect(t.kind != .others && t.kind != .milestone, "\(t.id)") }
    }
    // Every exam-chain entry names its part, and its id is the one `id(_:_:)` builds.
    for t in PathwayTasks.all where t.examChain != nil || t.id.hasSuffix(".window") {
      let chain = t.chain
      #expect(chain != nil, "\(t.id)")
      if let chain { #expect(PathwayTasks.id(chain.exam, chain.part) == t.id) }
    }
    #expect(PathwayTasks.pastSitting("step1.exam.2") == .step1 && PathwayTasks.pastSitting("step1.exam") == nil)
    #expect(PathwayTasks.decidingGates == ["ecfmg.verified", "pathway.apply", "nrmp.register"])
    #expect(TaskActions.catalogue.count == PathwayTasks.all.filter { $0.action != nil }.count)
  }

  /// Calendar keys (and so UIDs) are what they were: an exam chain's tasks carry the attempt
  /// number, nothing else does, and the reminder and window-opening words are the catalogue's.
  @Test func calendarKeysAndRemindersComeFromTheCatalogue() {
    let attempts: [Exam: Int] = [.step1: 2, .step2ck: 1, .step3: 1, .oet: 3]
    for exam in Exam.allCases {
      let parts = exam == .oet ? ["prep", "exam", "result"] : ["prep", "register", "window", "exam", "result"]
      for part in parts {
        #expect(CalendarKeys.key(for: "\(exam.rawValue).\(part)", attempts: attempts) == "\(exam.rawValue).\(part).\(attempts[exam]!)")
      }
    }
    for id in ["oet.book", "eras.submit", "step1.exam.1", "visa.j1.son", "my.own.task"] {
      #expect(CalendarKeys.key(for: id, attempts: attempts) == id)
    }
    #expect(CalendarKeys.reminderActions.count == 24)
    #expect(CalendarKeys.reminderActions["step2ck.register"] == "Register for Step 2 CK now")
    #expect(CalendarKeys.windowOpenings == ["visa.j1.ds2019": "DS-2019 window opens: ECFMG can issue it from today"])
  }
}
