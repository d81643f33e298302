public import PlannerCore
public import PlannerRules

/// Turns a profile and a Match cycle into the task graph of the current requirements.
///
/// Pure: `today` is a parameter. Every duration comes from the pack's `LeadTimes` (or the profile's
/// override) and every cycle date from `CycleRules`, so each task carries the sources and
/// the estimated flag of what it rests on.
public struct PathwayBuilder {
  public let profile: Profile
  public let cycle: CycleRules
  public let rules: RulesPack
  public let today: Day
  /// Passes the time limit has already voided for this plan (found by the planner).
  public let lapsed: [LapsedPass]
  var graph = TaskGraph()
  /// Defaults the plan relied on, in plain words, for the header.
  var assumptions: [String] = []
  var findings: [Finding] = []
  /// Task id → position of the first task with that id, kept as tasks are added.
  var indexByID: [String: Int] = [:]
  /// Profile problems only the built graph can reveal: (line, message).
  var profileErrors: [(Int, String)] = []
  /// "Did you mean" hints given so far (`didYouMean`).
  var hintsGiven = 0
  /// The Pathways season a new application goes to (`PathwaySeasonChoice`); nil: none planned.
  var pathwaySeason: PathwaySeason?
  /// Earlier seasons a scheduled plan missed: season → the day its documents would land.
  var seasonsTooLate: [Int: Day] = [:]
  /// Study block id → minutes of study the profile gives in hours (`exams.X.study_hours`).
  var studyMinutes: [String: Int] = [:]

  /// The graph, what was assumed, and what the applicant must know.
  public struct Output: Sendable {
    public var graph: TaskGraph
    public var assumptions: [String]
    public var findings: [Finding]
    /// (line, message) pairs for the profile's own mistakes, e.g. a dependency on an unknown task.
    public var profileErrors: [(line: Int, message: String)]
    /// The Pathways season of a new application, when one is planned.
    public var pathwaySeason: Int?
  }

  /// - Parameter seasonsTooLate: earlier Pathways seasons a scheduled plan missed, with the day
  ///   its documents would land (`PathwayPlanner.planOnce`): not chosen again.
  public static func build(profile: Profile, cycle: CycleRules, rules: RulesPack, today: Day, lapsed: [LapsedPass] = [], seasonsTooLate: [Int: Day] = [:]) -> Output {
    var builder = PathwayBuilder(profile: profile, cycle: cycle, rules: rules, today: today, lapsed: lapsed)
    builder.seasonsTooLate = seasonsTooLate
    builder.buildAll()
    return Output(graph: builder.graph, assumptions: builder.assumptions, findings: builder.findings, profileErrors: builder.profileErrors.map { (line: $0.0, message: $0.1) }, pathwaySeason: builder.pathwaySeason?.season)
  }

  init(profile: Profile, cycle: CycleRules, rules: RulesPack, today: Day, lapsed: [LapsedPass] = []) {
    self.profile = profile
    self.cycle = cycle
    self.rules = rules
    self.today = today
    self.lapsed = lapsed
  }

  mutating func buildAll() {
    addECFMG()
    addTimeLimitFindings()
    addExam(.step1)
    addExam(.step2ck)
    addClinicalSkills()
    addVerification()
    addERAS()
    addMatch()
    switch profile.visa {
    case .j1: addJ1()
    case .h1b: addH1B()
    case .none: assumptions.append("no visa needed (visa: none)")
    }
    addResidency()
    addOwnTasks()
    applyDone()
    applyAssumed()
    applyAvailability()
  }

  // MARK: - Building blocks

  /// A lead time with its provenance, recording the default in the assumptions when used.
  mutating func lead(_ key: String) -> (days: Int, provenance: Provenance) {
    let standard = rules.leadTimes.standard(key)
    if let days = profile.leadTimes[key] {
      return (days, Provenance(estimated: false, sources: ["your profile (lead_times.\(key))"], note: standard.meaning, basis: .applicant))
    }
    return (standard.days, Provenance(estimated: standard.confidence.isEstimated, sources: [standard.source], note: standard.meaning, basis: standard.confidence.basis))
  }

  /// The lead time a catalogue entry's length comes from.
  mutating func lead(_ task: PathwayTask) -> (days: Int, provenance: Provenance) {
    guard let key = task.leadTimeKey else { preconditionFailure("\(task.id) has no lead-time key in the catalogue") }
    return lead(key)
  }

  /// Adds a catalogued pathway task: its id comes from the catalogue entry.
  @discardableResult
  mutating func add(
    _ task: PathwayTask, _ name: String, _ phase: Phase, days: Int = 0, provenance: Provenance = Provenance(),
    kind: TaskKind, after: [String] = [], notBefore: Sourced<Day>? = nil, fixed: Day? = nil,
    deadline: Sourced<Day>? = nil, target: Sourced<Day>? = nil, state: PlanTask.State = .planned,
    usesApplicant: Bool = false
  ) -> String {
    add(
      id: task.id, name, phase, days: days, provenance: provenance, kind: kind, after: after, notBefore: notBefore,
      fixed: fixed, deadline: deadline, target: target, state: state, usesApplicant: usesApplicant)
  }

  /// Adds a task outside the catalogue: a past sitting (`step1.exam.2`) or the applicant's own task.
  @discardableResult
  mutating func add(
    id: String, _ name: String, _ phase: Phase, days: Int = 0, provenance: Provenance = Provenance(),
    kind: TaskKind, after: [String] = [], notBefore: Sourced<Day>? = nil, fixed: Day? = nil,
    deadline: Sourced<Day>? = nil, target: Sourced<Day>? = nil, state: PlanTask.State = .planned,
    usesApplicant: Bool = false
  ) -> String {
    var provenance = provenance
    for dated in [notBefore, deadline, target].compactMap({ $0 }) {
      if dated.confidence.isEstimated { provenance.estimated = true }
      provenance.basis = max(provenance.basis, dated.confidence.basis)
      if !provenance.sources.contains(dated.source) { provenance.sources.append(dated.source) }
    }
    if indexByID[id] == nil { indexByID[id] = graph.tasks.count }
    graph.add(
      PlanTask(
        id: id, name: name, group: phase.rawValue, duration: days, usesApplicant: usesApplicant,
        notBefore: notBefore?.value, fixedStart: fixed, deadline: deadline?.value, target: target?.value,
        state: state, provenance: provenance, kind: kind))
    if deadline?.confidence.isEstimated == true, let i = indexByID[id] { graph.tasks[i].deadlineEstimated = true }
    for p in after where has(p) { graph.link(p, id) }
    return id
  }

  mutating func link(_ predecessor: String, _ successor: String, lag: Int = 0, kind: Dependency.Kind = .finishToStart) {
    guard has(predecessor), has(successor) else { return }
    graph.link(predecessor, successor, lag: lag, kind: kind)
  }

  mutating func link(_ predecessor: PathwayTask, _ successor: PathwayTask, lag: Int = 0, kind: Dependency.Kind = .finishToStart) {
    link(predecessor.id, successor.id, lag: lag, kind: kind)
  }

  /// Marks `period` as a period for `served` (`PlanTask.serves`): its late dates are bounded by
  /// that task's, since nothing after it needs it but that task.
  mutating func serve(_ period: PathwayTask, _ served: PathwayTask) {
    guard let i = indexByID[period.id], has(served.id) else { return }
    graph.tasks[i].serves = served.id
  }

  func has(_ id: String) -> Bool { indexByID[id] != nil }

  /// Whether anything in the profile shows that a step of the process already happened.
  var startedUSMLE: Bool {
    [Exam.step1, .step2ck].contains { !profile.record($0).attempts.isEmpty || profile.record($0).booked != nil }
  }

  // MARK: - ECFMG

  mutating func addECFMG() {
    if profile.schoolECFMGNote == false {
      findings.append(Finding(.blocker, .schoolNoSponsorNote, "\(profile.school ?? "Your school") has no ECFMG sponsor note covering your graduation year, so you cannot apply for ECFMG certification or the USMLE", action: "check your school's Sponsor Notes on wdoms.org", source: "https://www.ecfmg.org/certification/requirements-for-certification.html"))
    }
    let account = lead(.ecfmgAccount)
    let application = lead(.ecfmgApplication)
    let started: PlanTask.State = startedUSMLE ? .done : .planned
    add(.ecfmgAccount, "MyIntealth account and USMLE/ECFMG ID", .ecfmg, days: account.days, provenance: account.provenance, kind: .document, state: started)
    add(.ecfmgApplication, "Application for ECFMG Certification (Form 186, notarised online)", .ecfmg, days: application.days, provenance: application.provenance, kind: .document, after: [PathwayTask.ecfmgAccount.id], state: started)
    if let graduation = profile.graduation {
      // The date is the profile's `graduation:`, not a published one.
      add(.graduation, "Graduation (final diploma)", .ecfmg, provenance: Provenance(basis: .applicant), kind: .milestone, fixed: graduation, state: graduation <= today ? .done : .booked)
    } else {
      assumptions.append("you have already graduated (no 'graduation' date in the profile)")
    }
    var before = [PathwayTask.ecfmgApplication.id, PathwayTask.graduation.id]
    if !profile.documentsInEnglish {
      let t = lead(.credentialsTranslations)
      add(.credentialsTranslations, "Certified English translations of diploma and transcript", .ecfmg, days: t.days, provenance: t.provenance, kind: .document, after: [PathwayTask.ecfmgApplication.id])
      before.append(PathwayTask.credentialsTranslations.id)
    }
    addGraduationScreens()
    let verify = lead(.credentialsVerify)
    add(.credentialsVerify, "ECFMG verifies your diploma and transcript with your school", .ecfmg, days: verify.days, provenance: verify.provenance, kind: .document, after: before)
    if profile.leadTimes["credentials"] == nil && profile.done[PathwayTask.credentialsVerify.id] == nil {
      assumptions.append("credential verification takes \(verify.days) days (it depends on your school: set lead_times.credentials)")
    }
  }

  /// Years since graduation: not an ECFMG rule, but programs screen on it, so a warning.
  mutating func addGraduationScreens() {
    guard let graduation = profile.graduation else { return }
    let start = cycle.residencyStart.value
    let passed = rules.application.yearsSinceGraduationScreens.sorted { $0.value < $1.value }.filter { start > graduation.adding(months: 12 * $0.value) }
    guard let widest = passed.last else { return }
    let limits = rules.application.yearsSinceGraduationScreens.map { "\($0.value)" }.joined(separator: " and ")
    findings.append(Finding(.warning, .graduationYears, "You will be more than \(widest.value) years past graduation (\(graduation)) when residency starts on \(start); many programs screen on years since graduation (limits of \(limits) years are common) — a program screen, not an ECFMG rule", action: "check each program's year-of-graduation limit before applying", source: widest.source))
  }

  /// ECFMG must report exams + clinical/communication skills to NRMP by the ROL deadline.
  mutating func addVerification() {
    let deadline = Sourced(cycle.rolDeadline.value, cycle.rolDeadline.confidence, "https://www.nrmp.org/help/item/what-requirements-for-ecfmg-certification-must-i-complete-to-be-eligible-to-participate-in-the-main-residency-match/", note: "")
    var provenance = Provenance(sources: [deadline.source], note: "ECFMG must verify Step 1, Step 2 CK and the clinical and communication skills requirement by the Rank Order List deadline, or NRMP withdraws you from the Match")
    if cycle.rolDeadline.confidence.isEstimated { provenance.estimated = true }
    add(.ecfmgVerified, "ECFMG verifies exams + clinical/communication skills for NRMP", .ecfmg, provenance: provenance, kind: [.deadline, .milestone], after: [PathwayTask.chain(.step1, .result).id, PathwayTask.chain(.step2ck, .result).id, PathwayTask.oetResult.id, PathwayTask.pathwayReview.id, PathwayTask.csLegacy.id], deadline: deadline)
    // Issued about two weeks after the last requirement is met; its last day is the issue date,
    // which Step 3 and the J-1 file wait for.
    let issue = lead(.ecfmgCertificate)
    var cert = issue.provenance
    cert.sources.append("https://www.ecfmg.org/certification/how-the-certification-process-works.html")
    cert.note = "the full certificate needs the verified diploma; programs need it before you start, and J-1 sponsorship needs it; " + cert.note
    add(.ecfmgCertificate, "ECFMG certificate issued", .ecfmg, days: issue.days, provenance: cert, kind: [.deadline, .milestone], after: [PathwayTask.ecfmgVerified.id, PathwayTask.credentialsVerify.id], deadline: Sourced(cycle.residencyStart.value - 1, .official, cycle.residencyStart.source))
  }

  // MARK: - ERAS and NRMP

  /// The documents an application service asks for, ERAS and ResidencyCAS alike: the MSPE,
  /// transcript and photo after `first` (the ERAS token, or ECFMG's ResidencyCAS support form),
  /// ECFMG's processing of them, the personal statement and the letters, none before `opens`.
  mutating func addApplicationDocuments(after first: String, service: String, processing name: String, opens: Sourced<Day>) {
    var docs: [String] = [first]
    for (task, title) in [
      (PathwayTask.erasMspe, "MSPE (dean's letter) from your school"),
      (.erasTranscript, "Medical school transcript for \(service)"),
      (.erasPhoto, "\(service) photo"),
    ] {
      let l = lead(task)
      docs.append(add(task, title, .eras, days: l.days, provenance: l.provenance, kind: .document, notBefore: opens))
    }
    // A school in EMSWP uploads itself, and ECFMG processes faster; the user's own figure wins.
    let processing = lead(profile.schoolInEMSWP && profile.leadTimes["eras_documents"] == nil ? "eras_documents_emswp" : "eras_documents")
    add(.erasDocuments, name, .eras, days: processing.days, provenance: processing.provenance, kind: .document, after: docs)
    let statement = lead(.erasStatement)
    add(.erasStatement, "Personal statement", .eras, days: statement.days, provenance: statement.provenance, kind: .document, notBefore: opens)
    let letters = lead(.erasLetters)
    add(.erasLetters, "Letters of recommendation uploaded (ask 3–4 writers)", .eras, days: letters.days, provenance: letters.provenance, kind: .document, notBefore: opens)
  }

  mutating func addERAS() {
    if let specialty = profile.specialty, let cas = rules.nonERASSpecialties.first(where: { $0.isResidencyCAS && $0.matches(specialty: specialty) }) {
      addResidencyCAS(cas)
      return
    }
    let opens = cycle.erasOpens
    let token = lead(.erasToken)
    let release = rules.application.erasTokenReleaseDaysAfterOpening
    let tokens = Sourced(opens.value + release.value, opens.confidence.isEstimated ? .estimated : release.confidence, release.source, note: release.note)
    add(.erasToken, "Get your ERAS token from ECFMG (on request once tokens are released)", .eras, days: token.days, provenance: token.provenance, kind: [.document, .action], after: [PathwayTask.ecfmgApplication.id], notBefore: tokens)
    addApplicationDocuments(after: PathwayTask.erasToken.id, service: "ERAS", processing: "ECFMG processes your ERAS documents", opens: opens)
    var submit = Provenance(note: "apply before programs start reviewing, with your Step 2 CK score visible")
    submit.sources = [cycle.erasSubmissionOpens.source]
    add(.erasSubmit, "Certify and submit MyERAS", .eras, provenance: submit, kind: [.milestone, .action], after: [PathwayTask.erasDocuments.id, PathwayTask.erasStatement.id, PathwayTask.erasLetters.id], notBefore: cycle.erasSubmissionOpens, target: cycle.erasProgramsReview)
  }

  mutating func addMatch() {
    let fee = rules.application.nrmpLateRegistrationFee
    var register = Provenance(note: "register by the standard deadline to avoid the $\(fee.value) late fee; late registration closes at the ROL deadline")
    register.sources = [cycle.nrmpRegistrationOpens.source, fee.source]
    add(.nrmpRegister, "Register for the NRMP Match", .match, provenance: register, kind: .deadline, after: [PathwayTask.ecfmgAccount.id], notBefore: cycle.nrmpRegistrationOpens, deadline: cycle.rolDeadline, target: cycle.nrmpStandardDeadline)
    let interviews = lead(.interviews)
    let invitationsOpen = Sourced(cycle.erasProgramsReview.value + 7, cycle.erasProgramsReview.confidence, cycle.erasProgramsReview.source, note: "a week after programs start reviewing")
    add(.interviews, "Interview season", .match, days: interviews.days, provenance: interviews.provenance, kind: .milestone, after: [PathwayTask.erasSubmit.id, PathwayTask.residencyCASSubmit.id], notBefore: invitationsOpen)
    // The ranking window and the deadline are the cycle's, not the applicant's: fixed, so the
    // room left shows on the work that must reach them (interviews, ECFMG verification). Late
    // registration runs up to the ROL deadline, so registering need not precede the window's
    // opening, only the certified list.
    let rolDeadline = cycle.rolDeadline.value
    let ranking = Provenance(estimated: cycle.rankingOpens.confidence.isEstimated || cycle.rolDeadline.confidence.isEstimated, sources: [cycle.rankingOpens.source], note: "enter and certify your Rank Order List while ranking is open", basis: max(cycle.rankingOpens.confidence.basis, cycle.rolDeadline.confidence.basis))
    add(.nrmpRanking, "Ranking open: enter and certify your list", .match, days: max(1, rolDeadline - cycle.rankingOpens.value + 1), provenance: ranking, kind: .window, fixed: cycle.rankingOpens.value)
    let rol = Provenance(estimated: cycle.rolDeadline.confidence.isEstimated, sources: [cycle.rolDeadline.source], note: "certify your Rank Order List by 9 pm ET; it is also the deadline for ECFMG to verify your exams and clinical skills")
    add(.nrmpRol, "Rank Order List certification deadline", .match, provenance: rol, kind: [.deadline, .gate], after: [PathwayTask.nrmpRegister.id], fixed: rolDeadline, deadline: cycle.rolDeadline)
    // Interviews are a season that may run into ranking (late applications are allowed): only
    // its start must come before the list is certified.
    link(.interviews, .nrmpRol, kind: .startToStart)
    // Both are periods for the certified list: interviews after it cannot be ranked, and the
    // list is entered while ranking is open. Their late dates end at the ROL deadline, not at the
    // plan's end (`OneMeaningOfRoomTests`).
    serve(.interviews, .nrmpRol)
    serve(.nrmpRanking, .nrmpRol)
    var day = Provenance(sources: [cycle.matchDay.source], estimated: cycle.matchDay.confidence.isEstimated)
    day.basis = cycle.matchDay.confidence.basis
    day.note = "Match Week starts \(cycle.matchWeekStarts.value) (matched/unmatched status on Monday; SOAP Monday–Thursday)"
    add(.matchDay, "Match Day", .match, provenance: day, kind: [.gate, .milestone], after: [PathwayTask.nrmpRol.id, PathwayTask.ecfmgVerified.id], fixed: cycle.matchDay.value, state: .booked)
  }

  mutating func addResidency() {
    let provenance = Provenance(sources: [cycle.residencyStart.source], note: cycle.residencyStart.note, basis: cycle.residencyStart.confidence.basis)
    let visaEnd: String
    switch profile.visa {
    case .j1: visaEnd = PathwayTask.visaJ1Interview.id
    case .h1b: visaEnd = PathwayTask.visaH1bStamping.id
    case .none: visaEnd = PathwayTask.matchDay.id
    }
    add(.residencyStart, "Residency starts", .residency, provenance: provenance, kind: [.gate, .milestone], after: [visaEnd, PathwayTask.ecfmgCertificate.id, PathwayTask.matchDay.id], fixed: cycle.residencyStart.value, state: .booked)
  }
}

private extension Provenance {
  init(sources: [String], estimated: Bool) {
    self.init(estimated: estimated, sources: sources)
  }
}

extension Confidence {
  /// A pack value's share of a task's basis: only `confidence: official` is official.
  var basis: Provenance.Basis { self == .official ? .official : .thirdParty }
}
