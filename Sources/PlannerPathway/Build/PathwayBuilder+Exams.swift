import PlannerCore

extension PathwayBuilder {
  static let attemptSource = "https://ecfmg.org/2024ib/reexamination-and-reapplication.html"

  /// The USMLE chain for one Step: past attempts, then the attempt that counts — passed, pending,
  /// booked or planned (preparation → application and eligibility period → exam → result).
  mutating func addExam(_ exam: Exam, gate: [String]? = nil) {
    let key = exam.rawValue
    let record = profile.record(exam)
    let title = exam.title
    let result = lead("usmle_result")
    let examDays = exam == .step3 ? 2 : 1
    for (i, attempt) in record.attempts.enumerated() where attempt.result == .fail || attempt.result == .incomplete {
      add("\(key).exam.\(i + 1)", "\(title) attempt \(i + 1): \(attempt.result.rawValue)", .usmle, days: examDays, categories: ["exam"], fixed: attempt.date, state: .done)
    }
    if let pass = record.passed, let n = record.attempts.firstIndex(of: pass) {
      add("\(key).exam", "\(title) passed (attempt \(n + 1))", .usmle, days: examDays, categories: ["exam"], fixed: pass.date, state: .done)
      add("\(key).result", "\(title) result: pass", .usmle, categories: ["milestone"], after: ["\(key).exam"], fixed: min(pass.date + result.days, today), state: .done)
      return
    }
    if let pending = record.pending, let n = record.attempts.firstIndex(of: pending) {
      addPendingResult(exam, attempt: n + 1, date: pending.date, resultLead: result)
      return
    }
    let used = record.attempts.count
    guard let earliest = rules.exam.earliestNextAttempt(after: record.attempts.map(\.date)) else {
      findings.append(Finding(.blocker, "attempts.exhausted", "\(title): all \(rules.exam.attemptLimit.value) attempts used without a pass, so ECFMG certification is not possible", action: "talk to ECFMG/USMLE about your options; this plan cannot continue", source: rules.exam.attemptLimit.source))
      return
    }
    let next = used + 1
    let suffix = next > 1 ? " (attempt \(next))" : ""
    let notBefore: Sourced<Day>? = used > 0 ? Sourced(earliest, .official, Self.attemptSource, note: "retake spacing: \(rules.exam.spacingSummary(orLater: true))") : nil
    let studyKey = next > 1 ? "retake_study" : "\(key)_study"
    var study = lead(studyKey)
    if let weeks = record.studyWeeks {
      study = (weeks * 7, Provenance(sources: ["your profile (exams.\(key).study_weeks)"], note: "your readiness"))
    } else if record.readyBy == nil && record.booked == nil {
      assumptions.append("\(title) needs \(study.days / 7) weeks of study (set exams.\(key).study_weeks or ready_by)")
    }
    let examCategories = ["exam"]
    if let booked = record.booked {
      if booked < today {
        findings.append(Finding(.warning, "exam.booked-past", "\(title) was booked for \(booked), which has passed", action: "record the result (planner record \(key) pass|fail --date \(booked)); planned here as taken and pending"))
        addPendingResult(exam, attempt: next, date: booked, resultLead: result)
        return
      }
      if let nb = notBefore, booked < nb.value {
        findings.append(Finding(.blocker, "exam.too-soon", "\(title) is booked for \(booked), but the attempt rules allow attempt \(next) no earlier than \(nb.value)", action: "move the booking to \(nb.value) or later", source: nb.source))
      }
      let start = max(today, booked - study.days)
      if booked > start {
        add("\(key).prep", "\(title) preparation", .usmle, days: booked - start, provenance: study.provenance, categories: ["study"], fixed: start, usesApplicant: true)
      }
      add("\(key).exam", "\(title) exam\(suffix), booked", .usmle, days: examDays, categories: examCategories, after: ["\(key).prep"], fixed: booked, state: .booked)
    } else {
      var prepDays = study.days
      if let ready = record.readyBy {
        prepDays = max(0, ready - today)
        if prepDays > 0 {
          add("\(key).prep", "\(title) preparation (ready by \(ready))", .usmle, days: prepDays, provenance: Provenance(sources: ["your profile (exams.\(key).ready_by)"]), categories: ["study"], fixed: today, usesApplicant: true)
        }
      } else if prepDays > 0 {
        add("\(key).prep", "\(title) preparation\(suffix)", .usmle, days: prepDays, provenance: study.provenance, categories: ["study"], usesApplicant: true)
      }
      let application = lead(exam == .step3 ? "step3_application" : "usmle_application")
      let window = lead("eligibility_window")
      var applyNote = application.provenance
      applyNote.note = "apply so the 3-month eligibility period covers your test date; " + application.provenance.note
      add("\(key).register", "Apply for \(title)\(suffix) and get the scheduling permit", .usmle, days: application.days, provenance: applyNote, categories: ["document", "action"], after: gate ?? registrationGate)
      // Apply about two months before the end of preparation, so the window opens in time.
      link("\(key).prep", "\(key).register", lag: max(0, prepDays - 60), kind: .startToStart)
      add("\(key).window", "\(title) eligibility period (3 months)", .usmle, days: window.days, provenance: window.provenance, categories: ["window"])
      link("\(key).register", "\(key).window")
      add("\(key).exam", "\(title) exam\(suffix)", .usmle, days: examDays, categories: examCategories, after: ["\(key).prep", "\(key).register"], notBefore: notBefore)
    }
    addResult(exam, resultLead: result)
  }

  mutating func addPendingResult(_ exam: Exam, attempt: Int, date: Day, resultLead: (days: Int, provenance: Provenance)) {
    add("\(exam.rawValue).exam", "\(exam.title) attempt \(attempt): taken, result pending", .usmle, days: exam == .step3 ? 2 : 1, categories: ["exam"], fixed: date, state: .done)
    assumptions.append("\(exam.title) (taken \(date)) is planned as a pass; record the result when it arrives")
    addResult(exam, resultLead: resultLead)
  }

  mutating func addResult(_ exam: Exam, resultLead: (days: Int, provenance: Provenance)) {
    let key = exam.rawValue
    let target: Sourced<Day>? = exam == .step2ck ? cycle.erasProgramsReview : nil
    var provenance = resultLead.provenance
    if exam == .step2ck { provenance.note += "; programs screen on the Step 2 CK score, so have it out before they start reviewing" }
    add("\(key).result", "\(exam.title) result released", .usmle, provenance: provenance, categories: ["milestone"], target: target)
    link("\(key).exam", "\(key).result", lag: resultLead.days, kind: .startToStart)
  }

  /// USMLE applications need an approved ECFMG application; graduates are also reported to need
  /// verified credentials first (since about 2025-08).
  var registrationGate: [String] {
    let graduated = profile.graduation.map { $0 <= today } ?? true
    return graduated ? ["ecfmg.application", "credentials.verify"] : ["ecfmg.application"]
  }

  // MARK: - Clinical and communication skills

  mutating func addClinicalSkills() {
    if let cs = profile.legacyCSPass {
      add("cs.legacy", "Step 2 CS passed (legacy): clinical skills requirement met", .clinicalSkills, days: 0, provenance: Provenance(sources: ["https://www.ecfmg.org/certification-requirements-2022-match/oet.html"]), categories: ["exam", "milestone"], fixed: cs, state: .done)
      return
    }
    guard case .pathways(let numbers) = cycle.clinicalSkills.value else {
      findings.append(Finding(.blocker, "cs.required", "The \(cycle.matchYear) Match required a Step 2 CS pass, and Step 2 CS was discontinued on 2021-01-26", action: "plan for a later Match year", source: cycle.clinicalSkills.source))
      return
    }
    addOET()
    let number = profile.pathwayNumber ?? 6
    if profile.pathwayNumber == nil {
      assumptions.append("you will apply through Pathway 6 (Mini-CEX), the one open to most graduates (set pathway.number)")
    } else if !numbers.contains(number) {
      findings.append(Finding(.blocker, "pathway.unavailable", "Pathway \(number) is not offered for the \(cycle.matchYear) Match (Pathways \(numbers.lowerBound)–\(numbers.upperBound))", action: "choose another Pathway", source: cycle.clinicalSkills.source))
    }
    let source = "https://www.ecfmg.org/certification-pathways/"
    if let accepted = profile.pathwayAccepted {
      add("pathway.apply", "Pathway \(number) application", .clinicalSkills, categories: ["document"], fixed: profile.pathwayApplied ?? accepted, state: .done)
      add("pathway.review", "Pathway \(number) accepted by ECFMG", .clinicalSkills, categories: ["milestone"], after: ["pathway.apply"], fixed: accepted, state: .done)
      return
    }
    if let applied = profile.pathwayApplied {
      add("pathway.apply", "Pathway \(number) application submitted", .clinicalSkills, categories: ["document"], fixed: applied, state: .done)
    } else {
      let apply = lead("pathway_application")
      var p = apply.provenance
      p.note = "apply for the \(cycle.matchYear) Pathways once you have an ECFMG application and a USMLE registration; " + p.note
      let registered = has("step1.register") ? "step1.register" : has("step2ck.register") ? "step2ck.register" : "ecfmg.application"
      add("pathway.apply", "Apply for Pathway \(number) (\(cycle.matchYear) Pathways)", .clinicalSkills, days: apply.days, provenance: p, categories: ["document", "deadline"], after: [registered], notBefore: cycle.pathwaysOpens, deadline: cycle.pathwaysDeadline)
    }
    var reviewAfter = ["pathway.apply"]
    if number == 6 {
      let mini = lead("minicex")
      add("pathway.minicex", "Mini-CEX: 6 observed clinical encounters", .clinicalSkills, days: mini.days, provenance: mini.provenance, categories: ["document"], after: ["pathway.apply"])
      reviewAfter.append("pathway.minicex")
    }
    let review = lead("pathway_review")
    var p = review.provenance
    p.sources.append(source)
    add("pathway.review", "ECFMG reviews your Pathway \(number) application", .clinicalSkills, days: review.days, provenance: p, categories: ["milestone"], after: reviewAfter + ["oet.result"])
  }

  mutating func addOET() {
    let record = profile.record(.oet)
    let recency = cycle.oetTakenOnOrAfter
    let resultLead = lead("oet_result")
    for (i, attempt) in record.attempts.enumerated() where attempt.result != .pass && attempt.result != .pending {
      add("oet.exam.\(i + 1)", "OET Medicine attempt \(i + 1): \(attempt.result.rawValue)", .clinicalSkills, days: 1, categories: ["exam"], fixed: attempt.date, state: .done)
    }
    if let pass = record.passed {
      if let recency, pass.date < recency.value {
        findings.append(Finding(.warning, "oet.too-old", "Your OET pass of \(pass.date) is older than the \(cycle.matchYear) Pathways accept (taken on or after \(recency.value))", action: "plan a new OET sitting (all four sub-tests in one sitting)", source: recency.source))
      } else {
        add("oet.exam", "OET Medicine passed", .clinicalSkills, days: 1, categories: ["exam"], fixed: pass.date, state: .done)
        add("oet.result", "OET result: pass (release it to ECFMG)", .clinicalSkills, categories: ["milestone"], after: ["oet.exam"], fixed: min(pass.date + resultLead.days, today), state: .done)
        return
      }
    }
    if let pending = record.pending {
      add("oet.exam", "OET Medicine taken, result pending", .clinicalSkills, days: 1, categories: ["exam"], fixed: pending.date, state: .done)
      assumptions.append("OET (taken \(pending.date)) is planned as a pass")
    } else {
      var study = lead("oet_study")
      if let weeks = record.studyWeeks {
        study = (weeks * 7, Provenance(sources: ["your profile (exams.oet.study_weeks)"]))
      }
      let book = lead("oet_booking")
      if let booked = record.booked, booked >= today {
        let start = max(today, booked - study.days)
        if booked > start {
          add("oet.prep", "OET Medicine preparation", .clinicalSkills, days: booked - start, provenance: study.provenance, categories: ["study"], fixed: start, usesApplicant: true)
        }
        add("oet.exam", "OET Medicine exam, booked", .clinicalSkills, days: 1, categories: ["exam"], fixed: booked, state: .booked)
      } else {
        add("oet.prep", "OET Medicine preparation", .clinicalSkills, days: study.days, provenance: study.provenance, categories: ["study"], usesApplicant: true)
        add("oet.book", "Book OET Medicine (at least 3 weeks ahead)", .clinicalSkills, provenance: book.provenance, categories: ["document", "action"])
        link("oet.prep", "oet.book", lag: max(0, study.days - book.days), kind: .startToStart)
        var exam = Provenance(note: "score at least 350 in Listening, Reading and Speaking and 300 in Writing, in one sitting")
        exam.sources = ["https://www.ecfmg.org/certification-pathways/oet.html"]
        add("oet.exam", "OET Medicine exam", .clinicalSkills, days: 1, provenance: exam, categories: ["exam"], after: ["oet.prep"], notBefore: recency)
        link("oet.book", "oet.exam", lag: book.days)
      }
    }
    add("oet.result", "OET result released to ECFMG", .clinicalSkills, provenance: resultLead.provenance, categories: ["milestone"])
    link("oet.exam", "oet.result", lag: resultLead.days, kind: .startToStart)
  }
}
