import PlannerCore

// TRANSITIONAL: the pack as Swift literals, until the bundled data file replaces it. Only the
// executable and the tests read `RulesPack.literal`; every library step takes the pack as a value.
// Published values, one row each, from ../shared/domain/FACTS.md (researched 2026-11-25).
// `.official` = text from ECFMG/USMLE/NRMP/AAMC; `.thirdParty` = only third-party text;
// `.estimated` = remembered or inferred. Anything absent here is projected by pattern.
extension RulesPack {
  public static let literal = RulesPack(
    schemaVersion: 1, packVersion: "2026.11.25", lastVerified: Day(year: 2026, month: 11, day: 25)!, supportedYears: 2020...2040,
    records: literalRecords, clinicalSkillsRecords: literalClinicalSkills,
    exam: literalExam, certification: literalCertification, leadTimes: LeadTimes(literalLeadTimes), nonERASSpecialties: literalNonERAS
  )

  static let literalRecords: [CycleRecord] = [
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
  static let literalClinicalSkills: [Int: Sourced<ClinicalSkillsRequirement>] = [
    2020: Sourced(.step2CS, .official, "https://www.ecfmg.org/news/2021/01/26/usmle-program-discontinues-step-2-cs/", note: "CS testing stopped in March 2020"),
    2021: Sourced(.pathways(1...5), .official, "https://www.ecfmg.org/certification-requirements-2021-match/oet.html"),
    2022: Sourced(.pathways(1...6), .official, "https://www.ecfmg.org/certification-requirements-2022-match/oet.html"),
    2023: Sourced(.pathways(1...6), .thirdParty, "https://blog.matcharesident.com/what-is-the-oet-exam-for-imgs/"),
    2024: Sourced(.pathways(1...6), .official, "https://www.ecfmg.org/certification-pathways/pathway-2.html"),
    2025: Sourced(.pathways(1...6), .official, "https://gp.ecfmg.org/focus/issue88.html"),
    2026: Sourced(.pathways(1...6), .official, pathways2026),
  ]


  static let literalExam = ExamRules(
    attemptLimit: Sourced(4, .official, "https://www.usmle.org/common-questions/attempt-limit", note: "per Step, incomplete attempts included; for applications from 2021-07-01 (6 before); reaching it without a pass ends eligibility for all Steps"),
    attemptLimitFrom: Sourced<Day>(iso: "2021-07-01", .official, "https://www.usmle.org/common-questions/attempt-limit"),
    maxAttemptsIn12Months: Sourced(3, .official, "https://ecfmg.org/2024ib/reexamination-and-reapplication.html"),
    laterAttemptMonthsAfterFirst: Sourced(12, .official, "https://ecfmg.org/2024ib/reexamination-and-reapplication.html"),
    laterAttemptMonthsAfterLatest: Sourced(6, .official, "https://ecfmg.org/2024ib/reexamination-and-reapplication.html"),
    step1PassFailFrom: Sourced<Day>(iso: "2022-01-26", .official, "https://www.usmle.org/usmle-step-1-transition-passfail-only-score-reporting"),
    step2ckPassing: [
      Dated(from: Day(year: 2025, month: 7, day: 1)!, Sourced(218, .thirdParty, "https://medvily.com/?p=296")),
      Dated(from: Day(year: 2022, month: 7, day: 1)!, Sourced(214, .thirdParty, "https://emedicoz.com/news-and-article/news/163")),
      Dated(from: Dated<Int>.always, Sourced(209, .thirdParty, "https://emedicoz.com/news-and-article/news/163")),
    ],
    januaryBlackoutDays: Sourced(14, .official, "https://iwa2.ecfmg.org/instruct.asp")
  )

  static let literalCertification = CertificationRules(
    oetMinimums: [
      Dated(from: Day(year: 2022, month: 4, day: 1)!, Sourced([350, 350, 300, 350], .thirdParty, "https://blog.matcharesident.com/what-is-the-oet-exam-for-imgs/", note: "quoting ECFMG; all four in one sitting")),
      Dated(from: Dated<[Int]>.always, Sourced([350, 350, 350, 350], .official, "https://www.ecfmg.org/certification-requirements-2022-match/oet.html", note: "all four in one sitting")),
    ],
    examTimeLimitMonths: Sourced(84, .thirdParty, "https://ecfmg.org/2024ib/reexamination-and-reapplication.html", note: "7 years in the 2015-era booklet; the 2024 booklet keeps a time-limit section, current wording not seen"),
    pathwayCertificateYears: Sourced(2, .thirdParty, "https://ecfmg.org/certification-pathways/permanent-validation.html", note: "expiry is official; the 2-year span comes from applicants' reports"),
    ds2019MonthsBefore: Sourced(6, .thirdParty, "https://med.umn.edu/residents-fellows/international-medical-graduates/j-1j-2-visas/checklists-supporting-documents"),
    h1bPetitionMonthsBefore: Sourced(6, .thirdParty, "https://printcasting.com/is-there-an-annual-cap-on-h1b-visa-petitions/", note: "8 CFR 214.2(h)(9)(i)(B), from memory"),
    h1bNewPetitionFee: Sourced(100_000, .official, "https://www.aamc.org/news/hospitals-and-health-systems-depend-h-1b-visa-sponsored-physicians-so-what-happens-now", note: "petitions filed from 2025-09-21; change of status inside the US exempt")
  )

  static let literalNonERAS: [NonERASSpecialty] = [
    NonERASSpecialty(keywords: ["emergency"], service: Sourced("ResidencyCAS", .thirdParty, "https://ww.faimer.org/eras/applicants-documents-index.html")),
    NonERASSpecialty(keywords: ["obstetric", "gynecolog", "ob/gyn", "obgyn", "ob-gyn"], service: Sourced("ResidencyCAS", .thirdParty, "https://ww.faimer.org/eras/applicants-documents-index.html")),
    NonERASSpecialty(keywords: ["ophthalmolog"], service: Sourced("the SF Match", .thirdParty, "https://mededits.com/residency-admissions/eras/")),
    NonERASSpecialty(keywords: ["urolog"], service: Sourced("the AUA Urology Match", .thirdParty, "https://mededits.com/residency-admissions/eras/")),
    NonERASSpecialty(keywords: ["plastic"], service: Sourced("a separate common application for integrated plastic surgery", .thirdParty, "https://mededits.com/residency-admissions/eras/")),
  ]

  static let literalLeadTimes: [LeadTime] = [
    .init(key: "ecfmg_account", days: 10, confidence: .thirdParty, source: "http://medicaleducationcoach.blogspot.com/2016/06/how-to-get-usmle-ecfmg-identification.html", meaning: "MyIntealth account, identity check and USMLE/ECFMG ID (reported 5–10 days)"),
    .init(key: "ecfmg_application", days: 14, confidence: .estimated, source: "https://www.ecfmg.org/certification/how-the-certification-process-works.html", meaning: "Application for ECFMG Certification with Form 186 notarised online (NotaryCam) and accepted"),
    .init(key: "translations", days: 14, confidence: .estimated, source: "https://www.ecfmg.org/resources/translation-service.html", meaning: "certified English translations of the diploma and transcript, with a buffer for rework"),
    .init(key: "credentials", days: 90, confidence: .estimated, source: "https://residencyadvisor.com/resources/img-applicant-challenges/using-ecfmg-and-pathway-requirements-strategically-in-your-img-timeline", meaning: "ECFMG primary-source verification of diploma and final transcript with your school (reports range from 2–3 weeks to several months)"),
    .init(key: "usmle_application", days: 14, confidence: .estimated, source: "https://www.fsmb.org/step-3/step-3-information/", meaning: "USMLE application processed and scheduling permit issued (FSMB quotes 7–10 business days for Step 3)"),
    .init(key: "eligibility_window", days: 91, confidence: .official, source: "https://iwa2.ecfmg.org/instruct.asp", meaning: "USMLE eligibility period: 3 months, chosen at application"),
    .init(key: "usmle_result", days: 28, confidence: .official, source: "https://usmle.org/bulletin/scores/", meaning: "USMLE results are typically available within four weeks of the test date"),
    .init(key: "step1_study", days: 112, confidence: .estimated, source: "profile readiness (default assumption)", meaning: "Step 1 preparation: 16 weeks unless the profile says otherwise"),
    .init(key: "step2ck_study", days: 84, confidence: .estimated, source: "profile readiness (default assumption)", meaning: "Step 2 CK preparation: 12 weeks unless the profile says otherwise"),
    .init(key: "step3_study", days: 56, confidence: .estimated, source: "profile readiness (default assumption)", meaning: "Step 3 preparation: 8 weeks unless the profile says otherwise"),
    .init(key: "retake_study", days: 56, confidence: .estimated, source: "profile readiness (default assumption)", meaning: "preparation before a retake: 8 weeks unless the profile says otherwise"),
    .init(key: "oet_study", days: 42, confidence: .estimated, source: "profile readiness (default assumption)", meaning: "OET Medicine preparation: 6 weeks unless the profile says otherwise"),
    .init(key: "oet_booking", days: 21, confidence: .thirdParty, source: "https://abroadskill.com/how-often-is-the-oet-exam-held/", meaning: "book OET at least about 3 weeks ahead"),
    .init(key: "oet_result", days: 23, confidence: .official, source: "https://support.occupationalenglishtest.org/hc/en-gb/articles/208506325-When-will-I-get-my-OET-results-", meaning: "OET results in about 16 business days"),
    .init(key: "pathway_application", days: 7, confidence: .estimated, source: "https://www.ecfmg.org/certification-pathways/", meaning: "gather Pathway documents and submit the application"),
    .init(key: "minicex", days: 60, confidence: .estimated, source: "https://www.ecfmg.org/certification-pathways/pathway-6.html", meaning: "Pathway 6: six observed clinical encounters (Mini-CEX) evaluated by licensed physicians"),
    .init(key: "pathway_review", days: 42, confidence: .estimated, source: "https://www.ecfmg.org/certification-pathways/", meaning: "ECFMG reviews the Pathway application (no published processing time)"),
    .init(key: "eras_token", days: 14, confidence: .estimated, source: "https://ecfmg.org/eras/", meaning: "ERAS token from ECFMG, historically 2–4 weeks after the season opens"),
    .init(key: "personal_statement", days: 21, confidence: .estimated, source: "https://students-residents.aamc.org/applying-residency/article/documents-eras-residency-applicants/", meaning: "write the personal statement"),
    .init(key: "letters", days: 60, confidence: .thirdParty, source: "https://www.matcharesident.com/residency-program-requirements-for-international-medical-graduates-imgs", meaning: "ask for 3–4 letters of recommendation 2–3 months before September; writers upload to the LoR portal"),
    .init(key: "mspe", days: 30, confidence: .estimated, source: "https://www.ecfmg.org/eras/applicants-faq.html", meaning: "MSPE (dean's letter) from your school"),
    .init(key: "transcript", days: 30, confidence: .estimated, source: "https://www.ecfmg.org/eras/applicants-faq.html", meaning: "medical school transcript for ERAS from your school"),
    .init(key: "photo", days: 3, confidence: .estimated, source: "https://students-residents.aamc.org/applying-residency/article/documents-eras-residency-applicants/", meaning: "ERAS photo"),
    .init(key: "eras_documents", days: 7, confidence: .official, source: "https://www.ecfmg.org/eras/applicants-faq.html", meaning: "ECFMG processes uploaded ERAS documents: up to 5 business days, no expediting"),
    .init(key: "interviews", days: 90, confidence: .estimated, source: "https://www.prnewswire.com/news-releases/nrmp-anticipates-exciting-2026-match-week-as-residency-applicants-and-programs-prepare-for-match-day-302708601.html", meaning: "interview season (October–January) after programs start reviewing"),
    .init(key: "j1_contract", days: 14, confidence: .thirdParty, source: "https://med.umn.edu/residents-fellows/international-medical-graduates/j-1j-2-visas/checklists-supporting-documents", meaning: "contract signed and the program starts the ECFMG J-1 application (1–3 weeks after Match Day)"),
    .init(key: "statement_of_need", days: 30, confidence: .estimated, source: "https://golive.ecfmg.org/evsp/applying-general-statement-need.html", meaning: "Statement of Need from your Ministry of Health (weeks to months; request it the week of the Match, earlier if your ministry allows)"),
    .init(key: "j1_review", days: 35, confidence: .official, source: "https://www.ecfmg.org/evsp/application-process.html", meaning: "ECFMG reviews the J-1 file: 4–6 weeks from complete documentation (5 assumed)"),
    .init(key: "consular", days: 21, confidence: .estimated, source: "https://www.ecfmg.org/evsp/travel-apply-consulate.html", meaning: "consular interview and visa issuance (varies by post)"),
    .init(key: "step3_application", days: 14, confidence: .official, source: "https://www.fsmb.org/step-3/step-3-information/", meaning: "Step 3 application to scheduling permit: about 2 weeks"),
    .init(key: "h1b_processing", days: 21, confidence: .thirdParty, source: "https://cilawgroup.com/news/2024/09/01/premium-processing-requests-on-form-i-907-eligible-petitions-fees-and-processing-times", meaning: "H-1B petition with premium processing: 15 business days (about 3–4 months without)"),
    .init(key: "h1b_stamping", days: 30, confidence: .estimated, source: "https://travel.state.gov/content/travel/en/us-visas/visa-information-resources/wait-times.html", meaning: "H-1B visa stamping at a consulate"),
  ]


  static let nrmpCalendars = "https://www.nrmp.org/match-calendars/medical-schools/"
  static let erasHistory = "https://students-residents.aamc.org/eras-tools-and-worksheets-residency-applicants/eras-residency-applicants-faq?topic=myeras-application"
  static let erasTimeline = "https://students-residents.aamc.org/applying-residencies-eras/publication-chapters/eras-timeline"
  static let pathways2026 = "https://www.ecfmg.org/news/2025/08/19/detailed-information-and-online-application-for-2026-pathways-now-available"
}
