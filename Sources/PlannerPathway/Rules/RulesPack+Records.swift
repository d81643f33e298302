import PlannerCore

// Published values, one row each, from ../shared/domain/FACTS.md (researched 2026-11-25).
// `.official` = text from ECFMG/USMLE/NRMP/AAMC; `.thirdParty` = only third-party text;
// `.estimated` = remembered or inferred. Anything absent here is projected by pattern.
extension RulesPack {
  static let records: [CycleRecord] = [
    // 2020 Match (ERAS 2020).
    .init(2020, .erasOpens, "2019-06-06", .official, "https://www.aamc.org/services/eras-for-institutions/medical-schools/timeline"),
    .init(2020, .erasSubmissionOpens, "2019-09-05", .official, "https://www.aamc.org/services/eras-for-institutions/medical-schools/timeline"),
    .init(2020, .erasProgramsReview, "2019-09-15", .official, "https://www.aamc.org/services/eras-for-institutions/medical-schools/timeline"),
    .init(2020, .rolDeadline, "2020-02-26", .estimated, nrmpCalendars, note: "from memory; not confirmed by a stored source"),
    .init(2020, .matchDay, "2020-03-20", .estimated, "https://en.wikipedia.org/wiki/Match_Day_(medicine)", note: "from memory; third Friday of March"),
    // 2021 Match: programs' review delayed to October 21 (COVID-19).
    .init(2021, .erasProgramsReview, "2020-10-21", .official, "https://caam-hp.org/ecfmg-faimer-update-on-new-requirements-for-ecfmg-certification-for-2021-match/"),
    .init(2021, .rolDeadline, "2021-03-03", .estimated, nrmpCalendars, note: "from memory"),
    .init(2021, .matchDay, "2021-03-19", .estimated, nrmpCalendars, note: "from memory; third Friday of March"),
    .init(2021, .oetTakenOnOrAfter, "2018-07-01", .official, "https://www.ecfmg.org/certification-requirements-2021-match/oet.html"),
    // 2022 Match.
    .init(2022, .rolDeadline, "2022-03-02", .estimated, nrmpCalendars, note: "from memory"),
    .init(2022, .matchDay, "2022-03-18", .estimated, nrmpCalendars, note: "from memory; third Friday of March"),
    // 2023 Match.
    .init(2023, .erasOpens, "2022-06-08", .official, erasHistory),
    .init(2023, .erasSubmissionOpens, "2022-09-07", .official, erasHistory),
    .init(2023, .erasProgramsReview, "2022-09-28", .official, erasHistory),
    .init(2023, .nrmpRegistrationOpens, "2022-09-15", .official, "https://www.nrmp.org/about/news/2022/06/july-2022-illuminator/"),
    .init(2023, .nrmpStandardDeadline, "2023-01-31", .official, "https://www.nrmp.org/about/news/2022/06/july-2022-illuminator/"),
    .init(2023, .rankingOpens, "2023-02-01", .official, "https://www.nrmp.org/about/news/2022/06/july-2022-illuminator/"),
    .init(2023, .rolDeadline, "2023-03-01", .official, "https://www.nrmp.org/about/news/2022/06/july-2022-illuminator/"),
    .init(2023, .matchDay, "2023-03-17", .official, "https://www.nrmp.org/about/news/2022/06/july-2022-illuminator/"),
    // 2024 Match: Pathways deadline moved to 2023-12-31, then reopened to 2024-02-15.
    .init(2024, .erasOpens, "2023-06-07", .official, erasHistory),
    .init(2024, .erasSubmissionOpens, "2023-09-06", .official, erasHistory),
    .init(2024, .erasProgramsReview, "2023-09-27", .official, erasHistory),
    .init(2024, .nrmpRegistrationOpens, "2023-09-15", .official, "https://www.nrmp.org/about/news/2024/02/february-2024-illuminator/"),
    .init(2024, .rankingOpens, "2024-02-01", .official, "https://www.nrmp.org/about/news/2024/02/february-2024-illuminator/"),
    .init(2024, .rolDeadline, "2024-02-28", .official, "https://www.nrmp.org/about/news/2024/02/february-2024-illuminator/"),
    .init(2024, .matchDay, "2024-03-15", .official, "https://www.nrmp.org/about/news/2024/02/february-2024-illuminator/"),
    .init(2024, .pathwaysDeadline, "2024-02-15", .official, "https://www.ecfmg.org/certification-pathways/pathway-2.html", note: "first set to 2023-12-31, then reopened to 2024-02-15"),
    .init(2024, .oetTakenOnOrAfter, "2022-01-01", .thirdParty, "https://blog.matcharesident.com/what-is-the-oet-exam-for-imgs/"),
    // 2025 Match.
    .init(2025, .erasOpens, "2024-06-05", .official, erasHistory),
    .init(2025, .erasSubmissionOpens, "2024-09-04", .thirdParty, "https://clinstitute.co.uk/blog/digital-marketing/how-long-does-certifying-and-submitting-of-eras-application-take-explained-2025"),
    .init(2025, .erasProgramsReview, "2024-09-25", .thirdParty, "https://clinstitute.co.uk/blog/digital-marketing/how-long-does-certifying-and-submitting-of-eras-application-take-explained-2025"),
    .init(2025, .nrmpRegistrationOpens, "2024-09-16", .official, "https://www.nrmp.org/about/news/2024/09/medical-school-welcome-newsletter/"),
    .init(2025, .nrmpStandardDeadline, "2025-01-31", .official, nrmpCalendars),
    .init(2025, .rankingOpens, "2025-02-03", .thirdParty, "https://pixelation.org/rank-order-list-deadline-2025-the-hard-truth-about-what-happens-if-you-wait-d9h"),
    .init(2025, .rolDeadline, "2025-03-05", .thirdParty, "https://pixelation.org/rank-order-list-deadline-2025-the-hard-truth-about-what-happens-if-you-wait-d9h"),
    .init(2025, .matchDay, "2025-03-21", .official, "https://www.nrmp.org/about/news/2024/09/medical-school-welcome-newsletter/"),
    .init(2025, .pathwaysDeadline, "2025-01-31", .thirdParty, "https://gp.ecfmg.org/focus/issue88.html", note: "reported extended to 2025-02-15"),
    .init(2025, .oetTakenOnOrAfter, "2023-01-01", .official, "https://www.hmep-hith.jp/information/USMLE-FAQ/STEP3-OET-score-validity", note: "quotes ecfmg.org/certification-pathways/oet.html"),
    // 2026 Match: the current cycle's official calendar.
    .init(2026, .erasOpens, "2025-06-04", .official, erasTimeline),
    .init(2026, .erasSubmissionOpens, "2025-09-03", .official, erasTimeline),
    .init(2026, .erasProgramsReview, "2025-09-24", .official, erasTimeline),
    .init(2026, .nrmpRegistrationOpens, "2025-09-15", .official, "https://www.nrmp.org/about/news/2025/09/medical-school-welcome-newsletter-2"),
    .init(2026, .nrmpStandardDeadline, "2026-01-30", .official, "https://www.nrmp.org/about/news/2026/01/january-2026-illuminator-newsletter", note: "the program quota deadline; the applicant deadline is presumably the same day"),
    .init(2026, .rolDeadline, "2026-03-04", .thirdParty, "https://www.insidermedicaladmissions.com/tag/rank-order", note: "agrees with Match Day − 16 days"),
    .init(2026, .matchDay, "2026-03-20", .official, "https://www.prnewswire.com/news-releases/nrmp-anticipates-exciting-2026-match-week-as-residency-applicants-and-programs-prepare-for-match-day-302708601.html"),
    .init(2026, .pathwaysOpens, "2025-08-19", .official, pathways2026),
    .init(2026, .pathwaysDeadline, "2026-01-31", .thirdParty, "https://iatrox.com/academy/img/ecfmg-pathways-oet-2026-expiration-revalidation"),
    // 2027 Match: only the ERAS opening is reported (third party); the rest is projected.
    .init(2027, .erasOpens, "2026-06-03", .thirdParty, "https://www.quantaprep.com/blog/eras-2026-guide"),
  ]

  /// The clinical-skills requirement where it is published; later seasons are projected.
  static let clinicalSkillsRecords: [Int: Sourced<ClinicalSkillsRequirement>] = [
    2020: Sourced(.step2CS, .official, "https://www.ecfmg.org/news/2021/01/26/usmle-program-discontinues-step-2-cs/", note: "CS testing stopped in March 2020"),
    2021: Sourced(.pathways(1...5), .official, "https://www.ecfmg.org/certification-requirements-2021-match/oet.html"),
    2022: Sourced(.pathways(1...6), .official, "https://www.ecfmg.org/certification-requirements-2022-match/oet.html"),
    2023: Sourced(.pathways(1...6), .thirdParty, "https://blog.matcharesident.com/what-is-the-oet-exam-for-imgs/"),
    2024: Sourced(.pathways(1...6), .official, "https://www.ecfmg.org/certification-pathways/pathway-2.html"),
    2025: Sourced(.pathways(1...6), .official, "https://gp.ecfmg.org/focus/issue88.html"),
    2026: Sourced(.pathways(1...6), .official, pathways2026),
  ]

  static let nrmpCalendars = "https://www.nrmp.org/match-calendars/medical-schools/"
  static let erasHistory = "https://students-residents.aamc.org/eras-tools-and-worksheets-residency-applicants/eras-residency-applicants-faq?topic=myeras-application"
  static let erasTimeline = "https://students-residents.aamc.org/applying-residencies-eras/publication-chapters/eras-timeline"
  static let pathways2026 = "https://www.ecfmg.org/news/2025/08/19/detailed-information-and-online-application-for-2026-pathways-now-available"
}
