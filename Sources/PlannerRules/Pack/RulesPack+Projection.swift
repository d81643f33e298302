import PlannerCore

extension RulesPack {
  /// The pattern every recent cycle follows. Each value is marked estimated with the rule used.
  static func projected(_ y: Int) -> CycleRules {
    let matchDay = Day.nth(3, isoWeekday: 5, month: 3, year: y)
    func est(_ day: Day, _ rule: String, _ source: String = nrmpSource) -> Sourced<Day> {
      Sourced(day, .estimated, source, note: rule)
    }
    let submission = Day.nth(1, isoWeekday: 3, month: 9, year: y - 1)
    let pathways: Bool = y >= 2021
    return CycleRules(
      matchYear: y,
      erasOpens: est(wednesdayOfFirstFullWeek(month: 6, year: y - 1), "Wednesday of the first full week of June (2022–2026 pattern)", erasSource),
      erasSubmissionOpens: est(submission, "first Wednesday of September (2022–2025 pattern)", erasSource),
      erasProgramsReview: est(submission + 21, "three weeks after submission opens (2022–2025 pattern)", erasSource),
      nrmpRegistrationOpens: est(weekdayOnOrAfter(Day(year: y - 1, month: 9, day: 15)!), "September 15, or the Monday after when it falls on a weekend", nrmpSource),
      nrmpStandardDeadline: est(weekdayOnOrBefore(Day(year: y, month: 1, day: 31)!), "January 31, or the Friday before when it falls on a weekend", nrmpSource),
      rankingOpens: est(weekdayOnOrAfter(Day(year: y, month: 2, day: 1)!), "February 1, or the Monday after when it falls on a weekend", nrmpSource),
      rolDeadline: est(matchDay - 16, "Match Day − 16 days, a Wednesday (holds 2023–2026)", nrmpSource),
      matchWeekStarts: est(matchDay - 4, "the Monday of Match Week", nrmpSource),
      matchDay: est(matchDay, "third Friday of March (holds 2020–2026)", "https://en.wikipedia.org/wiki/Match_Day_(medicine)"),
      residencyStart: Sourced(Day(year: y, month: 7, day: 1)!, .official, "https://www.nrmp.org/residency/med-school-official/", note: "applicants must be eligible to enter GME on July 1"),
      clinicalSkills: pathways
        ? Sourced(.pathways(1...6), .estimated, pathwaysSource, note: "assumes the season repeats the 2022–2026 Pathways (1–6) + OET structure")
        : Sourced(.step2CS, .official, "https://www.ecfmg.org/news/2021/01/26/usmle-program-discontinues-step-2-cs/"),
      pathwaysOpens: pathways ? est(Day(year: y - 1, month: 8, day: 20)!, "about August 20 of the year before the Match (2026 season opened 2025-08-19)", pathwaysSource) : nil,
      pathwaysDeadline: pathways ? est(Day(year: y, month: 1, day: 31)!, "January 31 of the Match year (2025 and 2026 seasons)", pathwaysSource) : nil,
      pathwaysCloses: pathways ? est(Day(year: y, month: 5, day: 31)!, "May 31 of the Match year (the 2025 season closed 2025-05-31)", pathwaysClosingSource) : nil,
      oetTakenOnOrAfter: pathways ? est(Day(year: y - 2, month: 1, day: 1)!, "January 1 two years before the Match (moved one year per season 2024–2026)", oetSource) : nil,
      residencyCASOpens: est(wednesdayOfFirstFullWeek(month: 6, year: y - 1), "with the ERAS season (2025: both 2025-06-04)", residencyCASSource),
      residencyCASSubmissionOpens: est(submission, "with ERAS submission, the first Wednesday of September (2025: both 2025-09-03)", residencyCASSource),
      residencyCASRelease: est(submission + 28, "four weeks after submission opens (2025: 2025-09-03 → 2025-10-01)", residencyCASSource)
    )
  }

  static let erasSource = "https://students-residents.aamc.org/applying-residencies-eras/publication-chapters/eras-timeline"
  static let nrmpSource = "https://www.nrmp.org/match-calendars/medical-schools/"
  static let pathwaysSource = "https://www.ecfmg.org/news/2025/08/19/detailed-information-and-online-application-for-2026-pathways-now-available"
  static let pathwaysClosingSource = "https://gp.ecfmg.org/focus/issue88.html"
  static let residencyCASSource = "https://csess2.ecfmg.org/eras/residencycas.html"
  static let oetSource = "https://www.ecfmg.org/certification-pathways/oet.html"

  static func wednesdayOfFirstFullWeek(month: Int, year: Int) -> Day {
    Day.nth(1, isoWeekday: 1, month: month, year: year) + 2
  }

  static func weekdayOnOrAfter(_ day: Day) -> Day {
    day.isoWeekday == 6 ? day + 2 : day.isoWeekday == 7 ? day + 1 : day
  }

  static func weekdayOnOrBefore(_ day: Day) -> Day {
    day.isoWeekday == 6 ? day - 1 : day.isoWeekday == 7 ? day - 2 : day
  }
}
