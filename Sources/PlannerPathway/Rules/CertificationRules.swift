public import PlannerCore

/// The ECFMG, OET and visa rules the plan and the eligibility check apply, as data with sources.
public enum CertificationRules {
  /// OET Medicine minimums by test date (newest first): Listening, Reading, Writing, Speaking.
  public static let oetMinimums: [(from: Day, minimums: Sourced<[Int]>)] = [
    (Day(year: 2022, month: 4, day: 1)!, Sourced([350, 350, 300, 350], .thirdParty, "https://blog.matcharesident.com/what-is-the-oet-exam-for-imgs/", note: "quoting ECFMG; all four in one sitting")),
    (Day(year: 1900, month: 1, day: 1)!, Sourced([350, 350, 350, 350], .official, "https://www.ecfmg.org/certification-requirements-2022-match/oet.html", note: "all four in one sitting")),
  ]
  /// All exams for certification passed within this many months of the first pass.
  public static let examTimeLimitMonths = Sourced(84, .thirdParty, "https://ecfmg.org/2024ib/reexamination-and-reapplication.html", note: "7 years in the 2015-era booklet; the 2024 booklet keeps a time-limit section, current wording not seen")
  /// A Pathway-based certificate lapses at the end of the second year after its season unless
  /// 12 months of ACGME training validate it.
  public static let pathwayCertificateYears = Sourced(2, .thirdParty, "https://ecfmg.org/certification-pathways/permanent-validation.html", note: "expiry is official; the 2-year span comes from applicants' reports")
  /// DS-2019 no earlier than this many months before the program start.
  public static let ds2019MonthsBefore = Sourced(6, .thirdParty, "https://med.umn.edu/residents-fellows/international-medical-graduates/j-1j-2-visas/checklists-supporting-documents")
  /// An H-1B petition is filed no more than this many months before the start date.
  public static let h1bPetitionMonthsBefore = Sourced(6, .thirdParty, "https://printcasting.com/is-there-an-annual-cap-on-h1b-visa-petitions/", note: "8 CFR 214.2(h)(9)(i)(B), from memory")
  /// The new-petition fee for beneficiaries outside the US (proclamation of 2025-09-19).
  public static let h1bNewPetitionFee = Sourced(100_000, .official, "https://www.aamc.org/news/hospitals-and-health-systems-depend-h-1b-visa-sponsored-physicians-so-what-happens-now", note: "petitions filed from 2025-09-21; change of status inside the US exempt")

  public static func oetMinimums(on day: Day) -> Sourced<[Int]> {
    oetMinimums.first { day >= $0.from }!.minimums
  }
}
