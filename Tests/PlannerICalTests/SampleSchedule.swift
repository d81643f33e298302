import PlannerCore
import PlannerICal

/// A small, realistic plan: Step 1 booked, Step 2 CK after a study block, OET, the ERAS
/// token, ECFMG certification, ERAS, the ROL deadline and Match Day.
enum Sample {
  static let today = Day(iso: "2026-11-25")!
  /// 2026-11-25T09:00:00Z.
  static let stamp = 1_795_597_200
  /// 2026-12-02T09:00:00Z, a week later.
  static let laterStamp = stamp + 7 * 86_400

  /// `reminders`: the default mode is the CLI's (alarms); merge and reminder-event tests ask for both.
  static func options(
    stamp: Int = Sample.stamp, identity: String = "profile:ana-muller-2028", reminders: CalendarOptions.ReminderMode = .alarms
  ) -> CalendarOptions {
    var options = CalendarOptions(
      planIdentity: identity, calendarName: "Match 2028 plan — Dr. Ana Müller-Núñez",
      calendarDescription: "Residency plan from planner. Import into its own calendar; delete and re-import to update.",
      dtstamp: stamp,
      reminderActions: [
        "step2ck.exam.1": "Register for Step 2 CK now", "oet.exam.1": "Book OET",
        "rol.deadline": "Certify your Rank Order List",
      ])
    options.reminderMode = reminders
    return options
  }

  static func d(_ text: String) -> Day { Day(iso: text)! }

  /// The plan; `prepDays` and `withOET` let tests make a re-export differ.
  static func graph(prepDays: Int = 56, withOET: Bool = true, step2Name: String = "USMLE Step 2 CK") -> TaskGraph {
    var g = TaskGraph()
    g.add(
      PlanTask(
        id: "step1.exam.1", name: "USMLE Step 1", group: "Step 1", duration: 1, fixedStart: d("2026-12-10"),
        state: .booked,
        provenance: Provenance(
          sources: ["https://www.usmle.org/step-exams/step-1"],
          note: "Pass/fail since 2022-01-26; booked at the Prometric centre."), kind: .exam))
    g.add(
      PlanTask(
        id: "step1.result.1", name: "Step 1 result", group: "Step 1",
        provenance: Provenance(
          estimated: true, note: "Results usually post about four weeks after the exam."), kind: .milestone))
    g.link("step1.exam.1", "step1.result.1", lag: 28, kind: .startToStart)
    g.add(
      PlanTask(
        id: "step2ck.prep", name: "Step 2 CK preparation", group: "Step 2 CK", duration: prepDays,
        usesApplicant: true, kind: .study))
    g.link("step1.exam.1", "step2ck.prep")
    g.add(
      PlanTask(
        id: "step2ck.exam.1", name: step2Name, group: "Step 2 CK", duration: 1, target: d("2027-06-30"),
        provenance: Provenance(
          sources: ["https://www.usmle.org/step-exams/step-2-ck"],
          note: "The score programs screen on; aim for the first attempt."), kind: .exam))
    g.link("step2ck.prep", "step2ck.exam.1")
    if withOET {
      g.add(
        PlanTask(
          id: "oet.exam.1", name: "OET Medicine (Hôpital test centre, 東京 or online)", group: "OET", duration: 1,
          notBefore: d("2027-02-01"),
          provenance: Provenance(
            sources: ["https://www.ecfmg.org/certification-requirements-2026-match/"],
            note: "Clinical and communication skills: Pathway + OET Medicine; scores valid for ECFMG."), kind: .exam))
    }
    g.add(
      PlanTask(
        id: "eras.token", name: "Request your ERAS token", group: "ERAS", duration: 3, notBefore: d("2027-06-01"),
        provenance: Provenance(
          sources: ["https://www.ecfmg.org/eras/"],
          note: "From ECFMG's OASIS; one per season."), kind: .document))
    g.add(
      PlanTask(
        id: "ecfmg.cert", name: "ECFMG certification (exams, OET)", group: "ECFMG",
        provenance: Provenance(note: "Exams and clinical skills verified."), kind: [.gate, .milestone]))
    g.link("step2ck.exam.1", "ecfmg.cert", lag: 28)
    if withOET { g.link("oet.exam.1", "ecfmg.cert", lag: 21) }
    g.add(
      PlanTask(
        id: "eras.submit", name: "ERAS submission opens", group: "ERAS", notBefore: d("2027-09-01"),
        provenance: Provenance(
          estimated: true, sources: ["https://students-residents.aamc.org/eras"],
          note: "First Wednesday of September, projected from past cycles."), kind: .milestone))
    g.link("eras.token", "eras.submit")
    g.add(
      PlanTask(
        id: "rol.deadline", name: "Rank Order List certified", group: "NRMP", notBefore: d("2028-03-01"),
        deadline: d("2028-03-01"),
        provenance: Provenance(
          estimated: true, sources: ["https://www.nrmp.org/match-calendars/"],
          note: "Match Day − 16 days. ECFMG must have verified your exams and skills by then, or you are withdrawn."), kind: .deadline))
    g.link("ecfmg.cert", "rol.deadline")
    g.link("eras.submit", "rol.deadline")
    g.add(
      PlanTask(
        id: "match.day", name: "Match Day", group: "NRMP", notBefore: d("2028-03-17"),
        provenance: Provenance(estimated: true, note: "Third Friday of March."), kind: .milestone))
    g.link("rol.deadline", "match.day")
    return g
  }

  static func schedule(prepDays: Int = 56, withOET: Bool = true, step2Name: String = "USMLE Step 2 CK") -> Schedule {
    // swift-format-ignore: NeverUseForceTry
    // The fixture is a valid graph; a throw here is a broken fixture, not a test result.
    try! Scheduler.schedule(graph(prepDays: prepDays, withOET: withOET, step2Name: step2Name), today: today)
  }
}
