import PlannerCore

/// Small but realistic schedules: the real pathway's shape, with every kind of row.
enum Fixture {
  static func day(_ iso: String) -> Day { Day(iso: iso)! }

  static let today = day("2026-12-07")
  static let rolDeadline = Day.nth(1, isoWeekday: 3, month: 3, year: 2028)
  static let matchDay = Day.nth(3, isoWeekday: 5, month: 3, year: 2028)
  static let residencyStart = day("2028-07-01")

  static let gates: [GanttGateSpec] = [
    (day("2027-09-01"), "ERAS submission opens"),
    (rolDeadline, "ROL deadline"),
    (matchDay, "Match Day"),
    (residencyStart, "Residency starts"),
  ]

  /// Step 1 done, Step 2 CK booked, OET and the Pathway, ERAS, the Match, the visa and the start:
  /// 16 tasks in 4 groups over about 20 months. The visa fills the gap between Match Day and
  /// July 1 exactly, so that chain is the critical one.
  static func pathway() -> Schedule {
    let usmle = "USMLE", ecfmg = "OET & ECFMG Pathway", match = "ERAS & NRMP Match", visa = "Visa & start"
    let estimated = Provenance(estimated: true)
    var g = TaskGraph()
    g.add(PlanTask(id: "s1", name: "Step 1 exam", group: usmle, duration: 1, fixedStart: day("2026-11-09"), state: .done))
    g.add(PlanTask(id: "ck-prep", name: "Step 2 CK preparation", group: usmle, duration: 84, usesApplicant: true))
    g.add(PlanTask(id: "ck", name: "Step 2 CK exam", group: usmle, duration: 1, fixedStart: day("2027-03-15"), state: .booked))
    g.add(PlanTask(id: "ck-score", name: "Step 2 CK score released", group: usmle, provenance: estimated))
    g.add(PlanTask(id: "oet-prep", name: "OET Medicine preparation", group: ecfmg, duration: 42, usesApplicant: true))
    g.add(PlanTask(id: "oet", name: "OET Medicine test", group: ecfmg, duration: 1))
    g.add(PlanTask(id: "oet-result", name: "OET results", group: ecfmg, provenance: estimated))
    g.add(PlanTask(id: "pathway", name: "ECFMG Pathway application & review", group: ecfmg, duration: 56, provenance: estimated))
    g.add(PlanTask(id: "ecfmg", name: "ECFMG certification", group: ecfmg))
    g.add(PlanTask(id: "eras-docs", name: "ERAS: CV, personal statement, letters of recommendation", group: match, duration: 60, notBefore: day("2027-06-02")))
    g.add(PlanTask(id: "eras", name: "Submit ERAS applications", group: match, notBefore: day("2027-09-01")))
    g.add(PlanTask(id: "interviews", name: "Interview season", group: match, duration: 120, provenance: estimated))
    g.add(PlanTask(id: "rol", name: "Certify rank order list", group: match, deadline: rolDeadline))
    g.add(PlanTask(id: "match", name: "Match Day", group: match, notBefore: matchDay))
    g.add(PlanTask(id: "visa", name: "J-1 visa: DS-2019 and consulate", group: visa, duration: residencyStart - matchDay, provenance: estimated))
    g.add(PlanTask(id: "start", name: "Residency starts", group: visa, notBefore: residencyStart))
    g.link("s1", "ck-prep")
    g.link("ck-prep", "ck")
    g.link("ck", "ck-score", lag: 28, kind: .startToStart)
    g.link("ck", "oet-prep")
    g.link("oet-prep", "oet")
    g.link("oet", "oet-result", lag: 17, kind: .startToStart)
    g.link("oet-result", "pathway")
    g.link("ck-score", "pathway")
    g.link("pathway", "ecfmg")
    g.link("ck-score", "eras-docs")
    g.link("eras-docs", "eras")
    g.link("eras", "interviews", lag: 30)
    g.link("interviews", "rol")
    g.link("rol", "match")
    g.link("match", "visa")
    g.link("ecfmg", "visa")
    g.link("visa", "start")
    return try! Scheduler.schedule(g, today: today)
  }

  static func one() -> Schedule {
    try! Scheduler.schedule(TaskGraph(tasks: [PlanTask(id: "only", name: "Step 1 exam", duration: 1)]), today: today)
  }

  static func allDone() -> Schedule {
    let g = TaskGraph(
      tasks: [
        PlanTask(id: "a", name: "Step 1 exam", group: "USMLE", duration: 1, fixedStart: day("2026-06-01"), state: .done),
        PlanTask(id: "b", name: "Step 2 CK exam", group: "USMLE", duration: 1, fixedStart: day("2026-09-14"), state: .done),
        PlanTask(id: "c", name: "ECFMG certified", group: "ECFMG", fixedStart: day("2026-11-02"), state: .done),
      ],
      dependencies: [Dependency("a", "b"), Dependency("b", "c")])
    return try! Scheduler.schedule(g, today: today)
  }
}

typealias GanttGateSpec = (day: Day, label: String)
