import PlannerCore
import PlannerRules

/// How each fee of the pack becomes lines of one plan's ledger: which tasks of the plan incur
/// it, on which day, how many units, and whether its condition holds (`FeeCondition`).
struct CostPricing {
  let plan: PlanResult
  let profile: Profile
  let options: CostOptions

  var rules: RulesPack { plan.rules }

  /// The exam whose attempts a fee's task pays for (`step1.register`, `oet.book`), if any.
  static func attemptExam(_ task: String) -> Exam? {
    if task == PathwayTask.oetBook.id { return .oet }
    guard let entry = PathwayTasks.task(task), entry.chain?.part == .register else { return nil }
    return entry.examChain
  }

  /// Every line one fee adds to the plan's ledger. A fee's tasks are alternatives (ERAS or
  /// ResidencyCAS, a J-1 or an H-1B visa): it is charged at the first one the plan holds.
  func charges(_ fee: Fee) -> [CostLine] {
    var out: [CostLine] = []
    for task in fee.tasks where !FeeSchedule.events.contains(task) {
      if let exam = Self.attemptExam(task) {
        out += attempts(fee, task: task, exam: exam)
      } else if let scheduled = plan.schedule.task(task) {
        let done = scheduled.task.state == .done
        let date: Day? = done && !scheduled.task.dateKnown ? nil : scheduled.start
        out += priced(fee, task: task, date: date, paid: done)
        break
      }
    }
    return out
  }

  /// An exam's fee: every recorded sitting (paid), a booked one (paid when booking), and the
  /// attempt the plan makes (due on its application's day), also when a pass no longer counts
  /// (the seven-year limit, an OET older than the season accepts) and the plan sits it again.
  func attempts(_ fee: Fee, task: String, exam: Exam) -> [CostLine] {
    let record = profile.record(exam)
    var out: [CostLine] = []
    for (i, attempt) in record.attempts.enumerated() {
      out += priced(fee, task: task, date: attempt.date, paid: true, attempt: i + 1)
    }
    let next = record.attempts.count + 1
    if let scheduled = plan.schedule.task(task), scheduled.task.state != .done {
      out += priced(fee, task: task, date: scheduled.start, paid: false, attempt: next)
    } else if let booked = record.booked, plan.schedule.task(Self.examTask(exam))?.start == booked {
      out += priced(fee, task: task, date: booked, paid: true, attempt: next)
    } else if record.attempts.isEmpty, plan.schedule.task(task)?.task.state == .done {
      // Done with no sitting recorded (a later step's record implies it, as `what-if --fail
      // step3` does): it was paid, on a day the profile does not give.
      out += priced(fee, task: task, date: nil, paid: true, attempt: 1)
    }
    return out
  }

  /// The sitting of an exam's chain (`step1.exam`, `oet.exam`).
  static func examTask(_ exam: Exam) -> String { exam == .oet ? PathwayTask.oetExam.id : PathwayTasks.id(exam, .exam) }

  /// The lines of one charge: per specialty for ERAS, one line else; nothing when the fee is not
  /// in force on the day or its condition rules it out.
  func priced(_ fee: Fee, task: String?, date: Day?, paid: Bool, attempt: Int? = nil) -> [CostLine] {
    let day = date ?? plan.today
    // Before the oldest amount in the pack: a fee already paid long ago is shown at that amount,
    // to verify; one still to come is not charged before its day (a fee that starts on a date:
    // the Visa Integrity Fee once dated, FEES.md row 23), and the proclamation's payment never
    // existed before its day (row 29).
    let inForce = fee.amount(on: day)
    guard let entry = inForce ?? (paid && !fee.conditions.contains(.h1bProclamation) ? fee.history.last : nil) else { return [] }
    var status: CostLine.Status = paid ? .paid : .due
    for condition in fee.conditions.sorted(by: { $0.rawValue < $1.rawValue }) {
      switch condition {
      case .testingAbroad:
        if !options.abroad { return [] }
      case .lateRegistration:
        if day <= plan.cycle.nrmpStandardDeadline.value { return [] }
      case .h1bProclamation:
        if !options.abroad { return [] }
        if day > rules.h1bFee.termEnds { status = .mayApply(condition) }
      case .residencyCAS:
        if !options.programs.contains(where: isResidencyCAS) { return [] }
      case .erasPrograms:
        if !options.programs.contains(where: { nonERAS($0) == nil && $0.count > 0 }) { return [] }
      case .startUnset, .exemptEmployers, .optional, .varies, .amountUnknown:
        status = .mayApply(condition)
      }
    }
    let verify = inForce == nil || fee.needsVerifying(on: day)
    func line(_ detail: CostLine.Detail, units: Int) -> CostLine {
      let amount = fee.unit == .program || fee.unit == .rank ? entry.rule.value.price(units) : entry.rule.value.amount * units
      return CostLine(fee: fee, taskID: task, date: date, detail: detail, units: units, amount: amount, currency: entry.rule.value.currency, status: status, entry: entry, verify: verify)
    }
    switch fee.unit {
    case .program:
      // ERAS's tiers count the ERAS specialties; ResidencyCAS's (FEES.md row 14) its own.
      let cas = fee.conditions.contains(.residencyCAS)
      return options.programs.filter { (cas ? isResidencyCAS($0) : nonERAS($0) == nil) && $0.count > 0 }.map { line(.programs(specialty: $0.specialty, count: $0.count), units: $0.count) }
    case .rank:
      let extra = line(.ranks(options.ranks, included: entry.rule.value.included ?? 0), units: options.ranks)
      return extra.amount > 0 ? [extra] : []
    case .document:
      return [line(.documents(fee.count), units: fee.count)]
    case .year:
      // Every training year (FEES.md row 19), each on the day a year after the one before.
      let specialty = profile.specialty.flatMap { $0.isEmpty ? nil : $0 } ?? CostOptions.standardSpecialty
      let (years, assumed) = rules.trainingYears(specialty: specialty).map { ($0.years.value, $0.assumed) } ?? (1, true)
      return (1...years).map { year in
        var charge = line(.trainingYear(year, of: years, assumed: assumed), units: 1)
        charge.date = date?.adding(months: 12 * (year - 1))
        return charge
      }
    default:
      return [line(attempt.map { .attempt($0) } ?? .none, units: 1)]
    }
  }

  /// The service a specialty applies through instead of ERAS (`non_eras_specialties`), if any.
  func nonERAS(_ programs: CostOptions.Programs) -> NonERASSpecialty? {
    rules.nonERASSpecialties.first { $0.matches(specialty: programs.specialty) }
  }

  /// Programs in a specialty that applies through ResidencyCAS (FEES.md row 14).
  func isResidencyCAS(_ programs: CostOptions.Programs) -> Bool {
    nonERAS(programs)?.service.value.contains("ResidencyCAS") == true
  }
}
