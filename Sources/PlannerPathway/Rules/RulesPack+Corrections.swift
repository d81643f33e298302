import PlannerCore

// The values behind the corrections of issue 8 (FACTS §9, re-checked 2026-12-01), beside the
// rest of the pack until the pack becomes a data file.
extension PathwayRules {
  static let pathway1 = "https://www.ecfmg.org/certification-pathways/pathway-1.html"
  static let pathways35 = "https://www.ecfmg.org/certification-pathways/pathways-3-5.html"

  public static let literal = PathwayRules(
    licenceValidFrom: [
      2021: Sourced(Day(year: 2018, month: 1, day: 1)!, .thirdParty, "https://usmdpedia.com/match/all-about-pathways-and-the-ecfmg-pathway-1/", note: "2021 Pathways; licence valid at any time on or after the day"),
      2024: Sourced(Day(year: 2019, month: 1, day: 1)!, .official, pathway1, note: "2024 Pathways: held and valid at any time on or after the day; it need not be current; a supervised-practice licence does not count"),
    ],
    graduatedFrom: [
      2024: Sourced(Day(year: 2022, month: 1, day: 1)!, .official, pathways35, note: "2024 Pathways"),
      2025: Sourced(Day(year: 2023, month: 1, day: 1)!, .official, pathways35, note: "2025 Pathways (the page as stored later)"),
    ],
    graduatedFromYearsBefore: Sourced(2, .estimated, pathways35, note: "the cut-off rolled one year per season: 2022 for 2024, 2023 for 2025"),
    servesMatches: Sourced(2, .thirdParty, "https://www.ecfmg.org/certification-pathways/", note: "a season-Y Pathway serves the Match Y and Y+1 cycles (e.g. 2025 Pathways good for the 2025 and 2026 Matches)"),
    pathway2: Sourced("a standardized clinical skills exam for medical licensure in a country on ECFMG's Pathway 2 list", .estimated, "https://www.ecfmg.org/certification-pathways/pathway-2.html", note: "from memory: verify the list of exams and their dates on ECFMG's Pathway 2 page"),
    failedCSMeansPathway6: Sourced(true, .official, pathways35, note: "whatever the other eligibility"),
    documentsDueAtDeadline: Sourced(true, .official, "https://www.ecfmg.org/certification-pathways/info-medical-schools.html", note: "Mini-CEX forms, attestations, licence documents and the OET result, by the Pathways deadline"),
    oetSitByMonth: Sourced(12, .official, "https://www.ecfmg.org/news/2023/01/24/deadline-reminder-application-for-pathways-for-ecfmg-certification-for-2023-match/", note: "sit OET by the last December test date so the result reaches ECFMG by the deadline"),
    revalidationFrom: Sourced(2025, .official, "https://gp.ecfmg.org/focus/issue88.html", note: "Pathways Revalidation for expired or expiring accepted Pathways")
  )
}

extension H1BFee {
  public static let literal = H1BFee(
    amount: Sourced(100_000, .official, "https://www.aamc.org/news/hospitals-and-health-systems-depend-h-1b-visa-sponsored-physicians-so-what-happens-now"),
    proclaimed: Sourced(Day(year: 2025, month: 9, day: 19)!, .thirdParty, "https://www.mccarter.com/insights/uscis-attempts-to-clarify-applicability-of-100000-h-1b-fee"),
    petitionsFiledFrom: Sourced(Day(year: 2025, month: 9, day: 21)!, .thirdParty, "https://chugh.com/news/uscis-issues-additional-guidelines-on-100000-h-1b-fee", note: "12:01 am EDT"),
    termMonths: Sourced(12, .thirdParty, "https://chugh.com/news/uscis-issues-additional-guidelines-on-100000-h-1b-fee", note: "the proclamation runs 12 months unless extended"),
    condition: Sourced("for a physician outside the US without a valid H-1B visa (a change of status or extension inside the US is exempt)", .thirdParty, "https://chugh.com/news/uscis-issues-additional-guidelines-on-100000-h-1b-fee", note: "USCIS guidance of 2025-10-20; no physician exception reported by about January 2026"),
    litigation: Sourced("a district court upheld it on 2025-12-23, appeals and other suits are pending", .thirdParty, "https://www.meltzerhellrung.com/court-upholds-100000-h-1b-fee-requirement-other-legal-challenges-still-pending")
  )
}

extension ApplicationRules {
  public static let literal = ApplicationRules(
    yearsSinceGraduationScreens: [
      Sourced(3, .thirdParty, "https://residencyadvisor.com/resources/img-residency-guide/img-year-of-graduation-cutoffs-which-rules-actually-matter", note: "an increasingly common program screen, not an ECFMG rule"),
      Sourced(5, .thirdParty, "https://www.jimgs.com/ojs/index.php/journal/article/view/67", note: "a common program screen, not an ECFMG rule"),
    ],
    erasTokenReleaseDaysAfterOpening: Sourced(21, .estimated, "https://www.ecfmg.org/eras/applicants-token.html", note: "ECFMG releases the season's tokens in June (2020-06-23, 2023-06-28: about three weeks after ERAS opened); a token is issued on request from then")
  )
}
