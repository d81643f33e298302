import PlannerCore
import PlannerRules

extension PathwayBuilder {
  static let attemptSource = "https://www.ecfmg.org/2024ib/reexamination-and-reapplication.html"

  /// The USMLE chain for one Step: past attempts, then the attempt that counts — passed, pending,
  /// booked or planned (preparation → application and eligibility period → exam → result).
  mutating func addExam(_ exam: Exam, gate: [String]? = nil) {
    let key = exam.rawValue
    let record = profile.record(exam)
    let title = exam.title
    let result = lead(.chain(exam, .result))
    let examDays = exam == .step3 ? 2 : 1
    for (i, attempt) in record.attempts.enumerated() where attempt.result == .fail || attempt.result == .incomplete {
      // Every sitting needed the registration steps: an undated account is never dated after it.
      add(id: "\(key).exam.\(i + 1)", "\(title) attempt \(i + 1): \(attempt.result.rawValue)", .usmle, days: examDays, kind: .exam, after: gate ?? registrationGate, fixed: attempt.date, state: .done)
    }
    for (i, attempt) in record.attempts.enumerated() where attempt.result == .pass && attempt != record.passed {
      add(id: "\(key).exam.\(i + 1)", "\(title) attempt \(i + 1): pass, no longer counting (7-year limit)", .usmle, days: examDays, kind: .exam, fixed: attempt.date, state: .done)
    }
    let lapse = lapsed.first { $0.component == .exam(exam) && $0.passed == record.passed?.date }
    if let pass = record.passed, let n = record.attempts.firstIndex(of: pass) {
      if let lapse {
        add(id: "\(key).exam.\(n + 1)", "\(title) attempt \(n + 1): pass, no longer counts (7-year limit ended \(lapse.limitEnded))", .usmle, days: examDays, kind: .exam, fixed: pass.date, state: .done)
      } else {
        add(.chain(exam, .exam), "\(title) passed (attempt \(n + 1))", .usmle, days: examDays, kind: .exam, fixed: pass.date, state: .done)
        add(.chain(exam, .result), "\(title) result: pass", .usmle, kind: .milestone, after: [PathwayTask.chain(exam, .exam).id], fixed: min(pass.date + result.days, today), state: .done)
        return
      }
    }
    if let pending = record.pending, let n = record.attempts.firstIndex(of: pending) {
      addPendingResult(exam, attempt: n + 1, date: pending.date, resultLead: result)
      return
    }
    // Four attempts at any Step without a pass end eligibility for every Step: no attempt to plan.
    if let exhausted = RecordRules.exhausted(profile, rules: rules), exhausted.exam != exam { return }
    let used = record.attempts.count
    guard let earliest = rules.exam.earliestNextAttempt(after: record.attempts.map(\.date)) else {
      findings.append(EligibilityCheck.exhausted(exam, rules: rules, visa: profile.visa))
      return
    }
    let next = used + 1
    let suffix = lapse != nil ? " (attempt \(next), retake for the 7-year limit)" : next > 1 ? " (attempt \(next))" : ""
    if next == rules.exam.attemptLimit.value {
      findings.append(Finding(.warning, .lastAttempt(exam), "\(title) attempt \(next) is the last one allowed: a \(ordinal(next)) failure ends your eligibility for every USMLE Step, and with it ECFMG certification", action: "take it only when you are ready; the plan gives it the full retake preparation", source: rules.exam.attemptLimit.source))
    }
    let timeLimit = timeLimitDeadline(for: exam)
    let notBefore: Sourced<Day>? = used > 0 ? Sourced(earliest, .official, Self.attemptSource, note: "retake spacing: \(rules.exam.spacingSummary(orLater: true))") : nil
    var study = next > 1 ? lead("retake_study") : lead(.chain(exam, .prep))
    if let weeks = record.studyWeeks {
      study = (weeks * 7, Provenance(sources: ["your profile (exams.\(key).study_weeks)"], note: "your readiness", basis: .applicant))
    } else if let hours = record.studyHours, let capacity = StudyCapacity(profile: profile, today: today, rules: rules) {
      // Hours, not days: the block lasts as long as the applicant's days take (applyAvailability).
      study = (capacity.days(forHours: hours), Provenance(sources: ["your profile (exams.\(key).study_hours)"], note: "your readiness", basis: .applicant))
      studyMinutes[PathwayTask.chain(exam, .prep).id] = hours * 60
    } else if record.readyBy == nil && record.booked == nil {
      assumptions.append("\(title) needs \(study.days / 7) weeks of study (set exams.\(key).study_weeks or ready_by)")
    }
    if let booked = record.booked {
      if booked < today {
        findings.append(Finding(.warning, .examBookedPast, "\(title) was booked for \(booked), which has passed", action: "record the result (planner record \(key) pass|fail --date \(booked)); planned here as taken and pending"))
        addPendingResult(exam, attempt: next, date: booked, resultLead: result)
        return
      }
      if let nb = notBefore, booked < nb.value {
        findings.append(Finding(.blocker, .examTooSoon, "\(title) is booked for \(booked), but the attempt rules allow attempt \(next) no earlier than \(nb.value)", action: "move the booking to \(nb.value) or later", source: nb.source))
      }
      let start = min(max(today, booked - study.days), keptStudyStart(exam, record: record) ?? booked)
      if booked > start {
        add(.chain(exam, .prep), "\(title) preparation", .usmle, days: booked - start, provenance: study.provenance, kind: .study, fixed: start, usesApplicant: true)
      }
      add(.chain(exam, .exam), "\(title) exam\(suffix), booked", .usmle, days: examDays, kind: .exam, after: [PathwayTask.chain(exam, .prep).id], fixed: booked, deadline: timeLimit, state: .booked)
    } else {
      var prepDays = study.days
      if let ready = record.readyBy {
        prepDays = max(0, ready - today)
        if prepDays > 0 {
          add(.chain(exam, .prep), "\(title) preparation (ready by \(ready))", .usmle, days: prepDays, provenance: Provenance(sources: ["your profile (exams.\(key).ready_by)"], basis: .applicant), kind: .study, fixed: today, usesApplicant: true)
        }
      } else if prepDays > 0 {
        let kept = keptStudyStart(exam, record: record)
        add(.chain(exam, .prep), "\(title) preparation\(suffix)", .usmle, days: prepDays, provenance: kept == nil ? study.provenance : Self.keptProvenance(study.provenance), kind: .study, fixed: kept, usesApplicant: true)
      }
      let application = lead(.chain(exam, .register))
      let window = lead(.chain(exam, .window))
      var applyNote = application.provenance
      applyNote.note = "apply so the 3-month eligibility period covers your test date; " + application.provenance.note
      add(.chain(exam, .register), "Apply for \(title)\(suffix) and get the scheduling permit", .usmle, days: application.days, provenance: applyNote, kind: [.document, .action], after: gate ?? registrationGate)
      add(.chain(exam, .window), "\(title) eligibility period (\(rules.exam.eligibilityPeriodMonths.value) months)", .usmle, days: window.days, provenance: window.provenance, kind: .window)
      link(.chain(exam, .register), .chain(exam, .window))
      // The exam needs both the end of preparation and the permit; neither waits for the other,
      // so there is no cycle. If the permit is later, the exam waits and the plan says why.
      add(.chain(exam, .exam), "\(title) exam\(suffix)", .usmle, days: examDays, kind: .exam, after: [PathwayTask.chain(exam, .prep).id, PathwayTask.chain(exam, .register).id], notBefore: notBefore, deadline: timeLimit)
      // The January testing break is a constraint the scheduler keeps in both passes.
      graph.tasks[graph.tasks.count - 1].startBlackouts = rules.exam.testingBreaks
      // The eligibility period is there for the exam: booked in it by the exam's latest day, so
      // its late dates are the exam's, not the plan's end (`OneMeaningOfRoomTests`).
      serve(.chain(exam, .window), .chain(exam, .exam))
      if exam == .step3 {
        // Step 3's eligibility period starts when the permit is issued, and the application waits
        // for the ECFMG certificate: preparation is placed to end no earlier than the permit, right
        // before the exam, instead of as soon as the applicant is free.
        link(.chain(exam, .register), .chain(exam, .prep), lag: application.days - prepDays, kind: .startToStart)
      } else {
        // Step 1 and Step 2 CK: apply while studying, as soon as the application's own
        // prerequisites allow, and choose the 3-month period so that it covers the test date.
        link(.chain(exam, .prep), .chain(exam, .register), kind: .startToStart)
        link(.chain(exam, .exam), .chain(exam, .window), lag: -(window.days - 1), kind: .startToStart)
      }
    }
    addResult(exam, resultLead: result)
  }

  /// Where a kept study start comes from (`Explain.driver` and `StudyOrder` say so).
  static let keptStartSource = "the saved plan (its start is kept)"

  static func keptProvenance(_ study: Provenance) -> Provenance {
    var kept = study
    kept.sources.insert(keptStartSource, at: 0)
    return kept
  }

  /// The start the saved plan gave this exam's study block, when it has passed and no sitting
  /// came after it (a sitting since then means the block was for that attempt).
  func keptStudyStart(_ exam: Exam, record: ExamRecord) -> Day? {
    guard let kept = profile.keptStudyStarts[PathwayTask.chain(exam, .prep).id], kept < today else { return nil }
    return record.attempts.allSatisfy { $0.date < kept } ? kept : nil
  }

  mutating func addPendingResult(_ exam: Exam, attempt: Int, date: Day, resultLead: (days: Int, provenance: Provenance)) {
    add(.chain(exam, .exam), "\(exam.title) attempt \(attempt): taken, result pending", .usmle, days: exam == .step3 ? 2 : 1, kind: .exam, fixed: date, state: .done)
    assumptions.append("\(exam.title) (taken \(date)) is planned as a pass; record the result when it arrives")
    addResult(exam, resultLead: resultLead)
  }

  mutating func addResult(_ exam: Exam, resultLead: (days: Int, provenance: Provenance)) {
    let target: Sourced<Day>? = exam == .step2ck ? cycle.erasProgramsReview : nil
    var provenance = resultLead.provenance
    if exam == .step2ck { provenance.note += "; programs screen on the Step 2 CK score, so have it out before they start reviewing" }
    add(.chain(exam, .result), "\(exam.title) result released", .usmle, provenance: provenance, kind: .milestone, target: target)
    link(.chain(exam, .exam), .chain(exam, .result), lag: resultLead.days, kind: .startToStart)
  }

  /// USMLE applications need an approved ECFMG application; graduates are also reported to need
  /// verified credentials first (since about 2025-08).
  var registrationGate: [String] {
    let graduated = profile.graduation.map { $0 <= today } ?? true
    return graduated ? [PathwayTask.ecfmgApplication.id, PathwayTask.credentialsVerify.id] : [PathwayTask.ecfmgApplication.id]
  }
}
