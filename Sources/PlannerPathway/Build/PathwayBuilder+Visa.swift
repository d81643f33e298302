import PlannerCore
import PlannerRules

extension PathwayBuilder {
  /// ECFMG-sponsored J-1: contract after the Match, Statement of Need, ECFMG review, DS-2019
  /// (no earlier than 6 months before the start), consular interview.
  mutating func addJ1() {
    let start = cycle.residencyStart.value
    let contract = lead(.visaJ1Contract)
    add(.visaJ1Contract, "Contract signed; program starts your ECFMG J-1 application", .visa, days: contract.days, provenance: contract.provenance, kind: .visa, after: [PathwayTask.matchDay.id])
    let son = lead(.visaJ1Son)
    var sonProvenance = son.provenance
    let requestSource = "https://www.ecfmg.org/evsp/applying-general.html"
    switch profile.statementOfNeed {
    case .afterMatch:
      add(.visaJ1Son, "Statement of Need from your Ministry of Health", .visa, days: son.days, provenance: son.provenance, kind: [.visa, .document], after: [PathwayTask.matchDay.id])
    case .beforeMatch:
      // The Statement of Need names the specialty, known once the application is in.
      sonProvenance.sources.append(requestSource)
      sonProvenance.note = "requested before Match Day (your profile: statement_of_need: before_match); " + son.provenance.note
      add(.visaJ1Son, "Statement of Need from your Ministry of Health (requested before Match Day)", .visa, days: son.days, provenance: sonProvenance, kind: [.visa, .document], after: [PathwayTask.erasSubmit.id])
    case .on(let day):
      sonProvenance.sources.append(requestSource)
      sonProvenance.note = "requested \(day) (your profile: statement_of_need); " + son.provenance.note
      add(.visaJ1Son, "Statement of Need from your Ministry of Health (requested \(day))", .visa, days: son.days, provenance: sonProvenance, kind: [.visa, .document], fixed: day, state: .booked)
    }
    if profile.leadTimes["statement_of_need"] == nil {
      assumptions.append("your Ministry of Health issues the Statement of Need in \(son.days) days (set lead_times.statement_of_need)")
    }
    let review = lead(.visaJ1Review)
    add(.visaJ1Review, "ECFMG reviews your J-1 sponsorship file", .visa, days: review.days, provenance: review.provenance, kind: .visa, after: [PathwayTask.visaJ1Contract.id, PathwayTask.visaJ1Son.id, PathwayTask.ecfmgCertificate.id])
    let rule = rules.certification.ds2019MonthsBefore
    let earliest = Sourced(start.adding(months: -rule.value), rule.confidence, rule.source, note: "DS-2019 no earlier than \(rule.value) months before the program start")
    add(.visaJ1Ds2019, "DS-2019 issued by ECFMG", .visa, kind: [.visa, .milestone], after: [PathwayTask.visaJ1Review.id], notBefore: earliest)
    let consular = lead(.visaJ1Interview)
    add(.visaJ1Interview, "J-1 consular interview and visa", .visa, days: consular.days, provenance: consular.provenance, kind: .visa, after: [PathwayTask.visaJ1Ds2019.id])
    findings.append(Finding(.note, .j1HomeResidency, "A clinical J-1 carries the two-year home-country physical presence requirement (212(e)); waivers such as Conrad 30 exist", source: "https://www.employerlawreport.com/2024/10/articles/immigration/the-conrad-30-program-provides-an-avenue-for-j-1-physicians-to-remain-in-the-u-s/"))
  }

  /// H-1B: all three Steps passed before the petition; Step 3 only after the ECFMG certificate.
  mutating func addH1B() {
    addExam(.step3, gate: [PathwayTask.ecfmgCertificate.id])
    findings.append(Finding(.note, .step3InUS, "Step 3 is given only in the United States and only after your ECFMG certificate is issued: plan the trip (and a visitor visa) around it", source: "https://www.fsmb.org/step-3/step-3-information/"))
    let start = cycle.residencyStart.value
    let rule = rules.certification.h1bPetitionMonthsBefore
    let earliest = Sourced(start.adding(months: -rule.value), rule.confidence, rule.source, note: "a petition is filed no more than \(rule.value) months before the start date")
    var petition = Provenance(note: "all three USMLE Steps must be passed before the program files")
    petition.sources = ["https://cbkimmigration.com/health-care-workers/licensure-credentialing-2/"]
    add(.visaH1bPetition, "Program files your H-1B petition", .visa, provenance: petition, kind: [.visa, .milestone], after: [PathwayTask.chain(.step3, .result).id, PathwayTask.matchDay.id, PathwayTask.ecfmgCertificate.id], notBefore: earliest)
    let processing = lead(.visaH1bProcessing)
    add(.visaH1bProcessing, "USCIS processes the H-1B petition", .visa, days: processing.days, provenance: processing.provenance, kind: .visa, after: [PathwayTask.visaH1bPetition.id])
    let stamping = lead(.visaH1bStamping)
    add(.visaH1bStamping, "H-1B visa stamping at a consulate", .visa, days: stamping.days, provenance: stamping.provenance, kind: .visa, after: [PathwayTask.visaH1bProcessing.id])
    // Conditional and dated: only new petitions for someone abroad, only within the term.
    let fee = rules.h1bFee
    findings.append(Finding(.warning, .h1bFee, fee.sentence(petition: earliest.value, today: today) + "; many programs sponsor only J-1", action: "confirm each program's visa policy, and the fee's status, before applying", source: fee.litigation.source))
  }
}
