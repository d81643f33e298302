import PlannerCore
import PlannerRules

extension PathwayBuilder {
  /// The Pathways season an application date belongs to: a season-Y application opens about
  /// August of Y−1 and closes at the end of May of Y.
  static func season(of day: Day) -> Int { day.month >= 6 ? day.year + 1 : day.year }

  /// The season of an acceptance given without its application date. No season opens before
  /// August (the 2026 season opened 2025-08-19), so a decision dated June or July belongs to the
  /// season that closed at the end of May — the earlier season, which expires sooner.
  static func season(ofAcceptance day: Day) -> Int { day.month >= 8 ? day.year + 1 : day.year }

  /// A legacy Step 2 CS pass while it counts; otherwise an ECFMG Pathway + OET Medicine.
  mutating func addClinicalSkills() {
    if let cs = profile.legacyCSPass, ExamTimeLimit.usesCS(profile, lapsed: lapsed) {
      add(.csLegacy, "Step 2 CS passed (legacy): clinical skills requirement met", .clinicalSkills, days: 0, provenance: Provenance(sources: ["https://www.ecfmg.org/2021ib/important-notices.html"], note: "counts while it is valid for ECFMG certification (the 7-year time limit)"), kind: [.exam, .milestone], fixed: cs, state: .done)
      return
    }
    guard case .pathways(let numbers) = cycle.clinicalSkills.value else {
      findings.append(Finding(.blocker, .clinicalSkillsRequired, "The \(cycle.matchYear) Match required a Step 2 CS pass, and Step 2 CS was discontinued on 2021-01-26", action: "plan for a later Match year", source: cycle.clinicalSkills.source))
      return
    }
    let year = cycle.matchYear
    let pathways = rules.pathways
    // An application already made belongs to its season; it serves that Match and the next.
    if let made = profile.pathwayApplied ?? profile.pathwayAccepted {
      let season = profile.pathwaySeason ?? profile.pathwayApplied.map(Self.season(of:)) ?? Self.season(ofAcceptance: made)
      let serves = pathways.serves(season: season)
      let number = profile.pathwayNumber.map { "Pathway \($0)" } ?? "Pathway"
      if serves.contains(year) {
        addExistingPathway(number, season: season, serves: serves)
        return
      }
      let validTo = Day(year: serves.upperBound, month: 12, day: 31)!
      findings.append(Finding(.warning, .pathwayExpiry, "Your \(season) \(number) serves the \(serves.lowerBound) and \(serves.upperBound) Matches (a certificate from it is valid to about \(validTo)), not the \(year) Match", action: "this plan includes \(year >= pathways.revalidationFrom.value ? "a Pathways Revalidation (or a new Pathway application)" : "a new Pathway application") for the \(year) season, with an OET result that meets its recency rule", source: pathways.servesMatches.source))
      if profile.pathwayAccepted != nil && year >= pathways.revalidationFrom.value {
        addOET()
        addPathwayApplication(title: "Apply for Pathways Revalidation (\(year) season)", number: profile.pathwayNumber, supporting: nil, numbers: numbers)
        return
      }
    }
    guard let picked = choosePathwaySeason() else { return }
    let choice = picked.choice
    let season = picked.season
    if let why = choice.ineligible {
      findings.append(Finding(.blocker, .pathwayIneligible, "You are not eligible for Pathway \(choice.number) in the \(season) season: \(why)", action: "remove pathway.number to let the planner choose, or correct the profile", source: choice.source))
    } else if profile.pathwayNumber == nil {
      findings.append(Finding(.note, .pathwayChoice, "Pathway \(choice.number) for the \(season) season: \(choice.reason)", action: choice.assumed ? "confirm it, or set pathway.number" : "", source: choice.source))
    } else if choice.number == 6, case let first = PathwayChoice.firstEligible(profile, season: season, rules: pathways), first.number != 6 {
      // A named Pathway 6 stands (an assumed accreditation does not close it), but the season's
      // own cut-offs may open an easier Pathway: said, never silently (issue 21, point 1).
      findings.append(Finding(.note, .pathwayChoice, "Pathway 6 as your profile names it (pathway.number), but in the \(season) season Pathway \(first.number) may be open to you: \(first.reason)", action: "it needs no Mini-CEX: remove pathway.number to plan it", source: first.source))
    }
    guard case .pathways(let offered) = picked.dates.clinicalSkills.value else { return }
    if !offered.contains(choice.number) {
      findings.append(Finding(.blocker, .pathwayUnavailable, "Pathway \(choice.number) is not offered in the \(season) season (Pathways \(offered.lowerBound)–\(offered.upperBound))", action: "choose another Pathway", source: picked.dates.clinicalSkills.source))
    }
    addOET()
    addPathwayApplication(title: "Apply for Pathway \(choice.number) (\(season) Pathways)", number: choice.number, supporting: choice.number, numbers: offered)
  }

  /// An accepted (or submitted) Pathway still serving this Match: no new OET is needed.
  mutating func addExistingPathway(_ number: String, season: Int, serves: ClosedRange<Int>) {
    let source = rules.pathways.servesMatches.source
    if let accepted = profile.pathwayAccepted {
      add(.pathwayApply, "\(number) application (\(season) season)", .clinicalSkills, kind: .document, fixed: profile.pathwayApplied ?? accepted, state: .done)
      add(.pathwayReview, "\(number) accepted by ECFMG", .clinicalSkills, kind: .milestone, after: [PathwayTask.pathwayApply.id], fixed: accepted, state: .done)
      findings.append(Finding(.note, .pathwayValid, "Your \(season) \(number), accepted \(accepted), serves the \(serves.lowerBound) and \(serves.upperBound) Matches: no new OET is needed", source: source))
      return
    }
    // Submitted, not yet accepted: the OET result and the supporting documents (Pathway 6's
    // Mini-CEX, the others' documents) still have to reach ECFMG by the Pathways deadline.
    add(.pathwayApply, "\(number) application submitted (\(season) season)", .clinicalSkills, kind: .document, fixed: profile.pathwayApplied!, state: .done)
    addOET()
    var reviewAfter = [PathwayTask.pathwayApply.id, PathwayTask.oetResult.id]
    if let n = profile.pathwayNumber { reviewAfter.append(addSupporting(n, deadline: documentsDeadline)) }
    let review = lead(.pathwayReview)
    add(.pathwayReview, "ECFMG reviews your \(number) application", .clinicalSkills, days: review.days, provenance: review.provenance, kind: .milestone, after: reviewAfter)
  }

  /// Pathway 6's Mini-CEX, or the other Pathways' documents, due with the application; its id.
  mutating func addSupporting(_ n: Int, deadline: Sourced<Day>?) -> String {
    let rule = rules.pathways.documentsDueAtDeadline
    if n == 6 {
      let mini = lead(.pathwayMinicex)
      var m = mini.provenance
      m.note += "; the forms are due at the Pathways deadline"
      return add(.pathwayMinicex, "Mini-CEX: 6 observed clinical encounters", .clinicalSkills, days: mini.days, provenance: m, kind: [.document, .deadline], after: [PathwayTask.pathwayApply.id], deadline: deadline)
    }
    let what = n == 1 ? "Licence documents (Pathway 1) received by ECFMG" : n == 2 ? "Pathway 2 exam documents received by ECFMG" : "School official's attestation of your clinical skills (Pathway \(n)) received by ECFMG"
    return add(.pathwayDocuments, what, .clinicalSkills, provenance: Provenance(sources: [rule.source], note: rule.note), kind: [.document, .deadline], after: [PathwayTask.pathwayApply.id], deadline: deadline)
  }

  /// A new application (or Revalidation) for this season: the application, its supporting
  /// documents and the OET result are all due at the Pathways deadline.
  mutating func addPathwayApplication(title: String, number: Int?, supporting: Int?, numbers: ClosedRange<Int>) {
    let deadline = documentsDeadline
    let apply = lead(.pathwayApply)
    var p = apply.provenance
    let season = pathwaySeason?.season ?? cycle.matchYear
    p.note = "apply for the \(season) Pathways once you have an ECFMG application and a USMLE registration; " + (pathwaySeason.map { seasonNote($0) } ?? "") + p.note
    let registered = [PathwayTask.chain(.step1, .register), .chain(.step2ck, .register)].first { has($0.id) }?.id ?? PathwayTask.ecfmgApplication.id
    add(.pathwayApply, title, .clinicalSkills, days: apply.days, provenance: p, kind: [.document, .deadline], after: [registered], notBefore: seasonDates.pathwaysOpens, deadline: pathwaySeason?.due ?? cycle.pathwaysDeadline)
    var reviewAfter = [PathwayTask.pathwayApply.id]
    if let n = supporting { reviewAfter.append(addSupporting(n, deadline: deadline)) }
    let review = lead(.pathwayReview)
    var r = review.provenance
    r.sources.append("https://www.ecfmg.org/certification-pathways/")
    let name = number.map { "Pathway \($0)" } ?? "Pathways Revalidation"
    add(.pathwayReview, "ECFMG reviews your \(name) application", .clinicalSkills, days: review.days, provenance: r, kind: .milestone, after: reviewAfter + [PathwayTask.oetResult.id])
  }

  /// The Pathways deadline as a deadline for the supporting documents too.
  var documentsDeadline: Sourced<Day>? {
    guard let d = pathwaySeason?.due ?? cycle.pathwaysDeadline else { return nil }
    let rule = rules.pathways.documentsDueAtDeadline
    return Sourced(d.value, d.confidence, d.source, note: "the Pathways deadline binds the supporting documents too (\(rule.source))")
  }

  /// OET Medicine for a new Pathway application or Revalidation: the result must meet the
  /// season's recency rule and reach ECFMG by the Pathways deadline.
  public static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

  mutating func addOET() {
    let record = profile.record(.oet)
    let recency = seasonDates.oetTakenOnOrAfter
    let resultLead = lead(.oetResult)
    let counted = rules.certification.oetPass(record)
    for (i, attempt) in record.attempts.enumerated() where attempt.result != .pass && attempt.result != .pending {
      add(id: "oet.exam.\(i + 1)", "OET Medicine attempt \(i + 1): \(attempt.result.rawValue)", .clinicalSkills, days: 1, kind: .exam, fixed: attempt.date, state: .done)
    }
    // A sitting recorded as a pass whose scores miss ECFMG's minimums does not count: a new one is planned.
    for (i, attempt) in record.attempts.enumerated() where attempt.result == .pass && !rules.certification.oetMeetsMinimums(attempt) {
      add(id: "oet.exam.\(i + 1)", "OET Medicine attempt \(i + 1): below ECFMG's minimums", .clinicalSkills, days: 1, kind: .exam, fixed: attempt.date, state: .done)
    }
    if let pass = counted {
      if let recency, pass.date < recency.value {
        findings.append(Finding(.warning, .oetTooOld, "Your OET pass of \(pass.date) is older than the \(seasonDates.matchYear) Pathways accept (taken on or after \(recency.value)\(recency.confidence.isEstimated ? ", projected: not yet published" : ""))", action: "plan a new OET sitting (all four sub-tests in one sitting)", source: recency.source))
      } else {
        add(.oetExam, "OET Medicine passed", .clinicalSkills, days: 1, kind: .exam, fixed: pass.date, state: .done)
        add(.oetResult, "OET result: pass (release it to ECFMG)", .clinicalSkills, kind: .milestone, after: [PathwayTask.oetExam.id], fixed: min(pass.date + resultLead.days, today), state: .done)
        return
      }
    }
    let deadline = documentsDeadline
    if let pending = record.pending {
      add(.oetExam, "OET Medicine taken, result pending", .clinicalSkills, days: 1, kind: .exam, fixed: pending.date, state: .done)
      assumptions.append("OET (taken \(pending.date)) is planned as a pass")
    } else {
      var study = lead(.oetPrep)
      if let weeks = record.studyWeeks {
        study = (weeks * 7, Provenance(sources: ["your profile (exams.oet.study_weeks)"], basis: .applicant))
      }
      let book = lead(.oetBook)
      if let booked = record.booked, booked >= today {
        let start = min(max(today, booked - study.days), keptStudyStart(.oet, record: record) ?? booked)
        if booked > start {
          add(.oetPrep, "OET Medicine preparation", .clinicalSkills, days: booked - start, provenance: study.provenance, kind: .study, fixed: start, usesApplicant: true)
        }
        add(.oetExam, "OET Medicine exam, booked", .clinicalSkills, days: 1, kind: .exam, fixed: booked, state: .booked)
      } else {
        let kept = keptStudyStart(.oet, record: record)
        add(.oetPrep, "OET Medicine preparation", .clinicalSkills, days: study.days, provenance: kept == nil ? study.provenance : Self.keptProvenance(study.provenance), kind: .study, fixed: kept, usesApplicant: true)
        add(.oetBook, "Book OET Medicine (at least 3 weeks ahead)", .clinicalSkills, provenance: book.provenance, kind: [.document, .action])
        link(.oetPrep, .oetBook, lag: max(0, study.days - book.days), kind: .startToStart)
        let minimums = rules.certification.oetMinimums(on: today)
        let advice = rules.pathways.oetSitByMonth
        let sitBy = Day(year: seasonDates.matchYear - 1, month: advice.value, day: Day.daysIn(month: advice.value, year: seasonDates.matchYear - 1))!
        // The advice is for a season's own Match deadline; an application to a season after that
        // deadline (for the next Match) has only the season's closing day (cycles.*.pathways_closes).
        let late = seasonDates.matchYear < cycle.matchYear
        let when = late ? "the OET result must reach ECFMG by \(documentsDeadline.map { "\($0.value)" } ?? "the season's close"), when the \(seasonDates.matchYear) season closes" : "ECFMG advises sitting it by the last test date of \(Self.monthNames[advice.value - 1]) \(sitBy.year)"
        var exam = Provenance(note: "score at least \(minimums.value[0]) in Listening, \(minimums.value[1]) in Reading, \(minimums.value[2]) in Writing and \(minimums.value[3]) in Speaking, in one sitting; \(when)")
        exam.sources = [minimums.source]
        add(.oetExam, "OET Medicine exam", .clinicalSkills, days: 1, provenance: exam, kind: .exam, after: [PathwayTask.oetPrep.id], notBefore: recency, target: late ? nil : Sourced(sitBy, advice.confidence, advice.source, note: advice.note))
        link(.oetBook, .oetExam, lag: book.days)
      }
    }
    add(.oetResult, "OET result released to ECFMG", .clinicalSkills, provenance: resultLead.provenance, kind: [.milestone, .deadline], deadline: deadline)
    link(.oetExam, .oetResult, lag: resultLead.days, kind: .startToStart)
  }
}
