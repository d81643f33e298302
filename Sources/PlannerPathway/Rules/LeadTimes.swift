/// A default duration or lead time, with where the figure comes from.
public struct LeadTime: Hashable, Sendable {
  /// The key a profile uses under `lead_times:` to override it.
  public var key: String
  public var days: Int
  public var confidence: Confidence
  public var source: String
  public var meaning: String
}

/// Every default duration the plan uses. A profile may override any of them by key; the plan
/// says which defaults it relied on. Figures are deliberately on the cautious side.
public enum LeadTimes {
  public static let all: [LeadTime] = [
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

  public static func standard(_ key: String) -> LeadTime {
    guard let found = all.first(where: { $0.key == key }) else { preconditionFailure("unknown lead time \(key)") }
    return found
  }

  public static var keys: [String] { all.map(\.key) }
}
