public import PlannerCore

/// Calendar identity for a plan's tasks: the id plus, for an exam's chain, the attempt number,
/// so a failed attempt keeps its events (now done) and a retake gets new ones.
public enum CalendarKeys {
  static let chainParts = ["prep", "register", "window", "exam", "result"]

  /// The attempt each exam's current chain belongs to.
  public static func attemptNumbers(_ profile: Profile) -> [Exam: Int] {
    var numbers: [Exam: Int] = [:]
    for exam in Exam.allCases {
      let record = profile.record(exam)
      if let pass = record.passed, let i = record.attempts.firstIndex(of: pass) {
        numbers[exam] = i + 1
      } else if let pending = record.pending, let i = record.attempts.firstIndex(of: pending) {
        numbers[exam] = i + 1
      } else {
        numbers[exam] = record.attempts.count + 1
      }
    }
    return numbers
  }

  /// The key a task is known by in calendars.
  public static func key(for id: String, attempts: [Exam: Int]) -> String {
    let parts = id.split(separator: ".")
    guard parts.count == 2, let exam = Exam(rawValue: String(parts[0])), chainParts.contains(String(parts[1])),
      let n = attempts[exam]
    else { return id }
    return "\(id).\(n)"
  }

  /// The schedule with every id (and every reference to one) replaced by its calendar key.
  public static func calendarSchedule(_ schedule: Schedule, profile: Profile) -> Schedule {
    let attempts = attemptNumbers(profile)
    func k(_ id: String) -> String { key(for: id, attempts: attempts) }
    let tasks = schedule.tasks.map { t -> ScheduledTask in
      var t = t
      t.task.id = k(t.id)
      switch t.driver {
      case .predecessor(let id, let lag, let kind): t.driver = .predecessor(k(id), lag: lag, kind: kind)
      case .applicantBusy(let id): t.driver = .applicantBusy(k(id))
      default: break
      }
      return t
    }
    var binding = schedule.binding
    binding?.taskID = k(schedule.binding?.taskID ?? "")
    return Schedule(
      today: schedule.today, tasks: tasks, projectFinish: schedule.projectFinish, minTotalFloat: schedule.minTotalFloat,
      criticalPath: schedule.criticalPath.map(k), binding: binding,
      violations: schedule.violations.map { var v = $0; v.taskID = k(v.taskID); return v },
      targetMisses: schedule.targetMisses.map { var m = $0; m.taskID = k(m.taskID); return m },
      applicantSequence: schedule.applicantSequence.map(k))
  }

  /// What each reminder tells the applicant to do, by plain task id.
  public static let reminderActions: [String: String] = [
    "ecfmg.application": "Submit your Application for ECFMG Certification (Form 186)",
    "step1.register": "Apply for Step 1 now (pick a 3-month eligibility period)",
    "step2ck.register": "Register for Step 2 CK now",
    "step3.register": "Apply for Step 3 now (after your ECFMG certificate)",
    "step1.exam": "Step 1 exam coming up: check your scheduling permit and test centre",
    "step2ck.exam": "Step 2 CK exam coming up: check your scheduling permit and test centre",
    "step3.exam": "Step 3 exam coming up (two days, in the US)",
    "oet.book": "Book OET Medicine now",
    "oet.exam": "OET Medicine coming up: release your results to ECFMG afterwards",
    "pathway.apply": "Apply for your ECFMG Pathway now",
    "eras.token": "Request your ERAS token from ECFMG",
    "eras.submit": "Certify and submit MyERAS",
    "nrmp.register": "Register for the NRMP Match",
    "ecfmg.verified": "Check that ECFMG has verified your exams and clinical skills",
    "ecfmg.certificate": "Check your ECFMG certificate is issued",
    "nrmp.rol": "Certify your Rank Order List (9 pm ET)",
    "visa.j1.ds2019": "Chase your DS-2019 with your program and ECFMG",
    "visa.h1b.petition": "Check your program has filed your H-1B petition",
    "eras.letters": "Ask your letter writers now (3–4 letters)",
    "eras.mspe": "Request your MSPE (dean's letter) from your school",
    "eras.transcript": "Request your transcript for ERAS from your school",
    "visa.j1.son": "Request your Statement of Need from your Ministry of Health",
  ]

  /// Windows whose opening day gets an event of its own.
  public static let windowOpenings: [String: String] = [
    "visa.j1.ds2019": "DS-2019 window opens: ECFMG can issue it from today",
  ]

  /// Reminder actions keyed by calendar key.
  public static func reminderActions(_ profile: Profile) -> [String: String] {
    let attempts = attemptNumbers(profile)
    var out: [String: String] = [:]
    for (id, text) in reminderActions { out[key(for: id, attempts: attempts)] = text }
    return out
  }
}
