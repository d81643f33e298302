public import PlannerRules

/// The catalogue of pathway tasks: one entry per task id the builder can produce (past sittings,
/// `step1.exam.2`, and the applicant's own tasks aside).
public enum PathwayTasks {
  public static let all: [PathwayTask] = {
    typealias A = TaskAction
    var out: [PathwayTask] = [
      .ecfmgAccount, .ecfmgApplication, .graduation, .credentialsTranslations, .credentialsVerify, .csLegacy,
      .oetPrep, .oetBook, .oetExam, .oetResult, .usceRotation, .pathwayDocuments, .pathwayApply, .pathwayMinicex,
      .pathwayReview, .ecfmgVerified, .ecfmgCertificate, .erasToken, .erasMspe, .erasTranscript, .erasPhoto,
      .erasDocuments, .erasStatement, .erasLetters, .erasSubmit, .residencyCASSupport, .residencyCASSubmit, .interviews, .nrmpRegister, .nrmpRanking, .nrmpRol,
      .matchDay, .visaJ1Contract, .visaJ1Son, .visaJ1Review, .visaJ1Ds2019, .visaJ1Interview, .visaH1bPetition,
      .visaH1bProcessing, .visaH1bStamping, .residencyStart,
    ]
    let registerReminder: [Exam: String] = [
      .step1: "Apply for Step 1 now (pick a 3-month eligibility period)", .step2ck: "Register for Step 2 CK now",
      .step3: "Apply for Step 3 now (after your ECFMG certificate)",
    ]
    let examReminder: [Exam: String] = [
      .step1: "Step 1 exam coming up: check your scheduling permit and test centre",
      .step2ck: "Step 2 CK exam coming up: check your scheduling permit and test centre", .step3: "Step 3 exam coming up (two days, in the US)",
    ]
    for exam in [Exam.step1, .step2ck, .step3] {
      let key = exam.rawValue
      out += [
        PathwayTask("\(key).prep", .exam, action: A("Study for \(exam.title)", "you should be ready to sit it"), chain: exam, lead: "\(key)_study"),
        PathwayTask("\(key).register", .exam, action: A("Apply for \(exam.title) now and get your scheduling permit", "the permit should be in hand"), reminder: registerReminder[exam], chain: exam, lead: exam == .step3 ? "step3_application" : "usmle_application"),
        PathwayTask("\(key).window", .exam, action: A("Book your \(exam.title) test date in your eligibility period", "a test date should be booked", record: .book(exam)), chain: exam, lead: "eligibility_window"),
        PathwayTask("\(key).exam", .exam, action: A("Sit \(exam.title)", "the exam should be taken", record: .result(exam)), reminder: examReminder[exam], chain: exam),
        PathwayTask("\(key).result", .others, chain: exam, lead: "usmle_result", gate: exam == .step2ck ? "programs start reviewing (your Step 2 CK score visible)" : nil),
      ]
    }
    return out
  }()

  static let byID: [String: PathwayTask] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

  /// The entry for a task id, nil for past sittings and the applicant's own tasks.
  public static func task(_ id: String) -> PathwayTask? { byID[id] }

  /// The id of a step of an exam's chain (`step2ck.result`).
  public static func id(_ exam: Exam, _ part: PathwayTask.ExamPart) -> String { "\(exam.rawValue).\(part.rawValue)" }

  /// The exam of a past sitting the builder numbers from the profile (`step1.exam.2`), or nil.
  public static func pastSitting(_ id: String) -> Exam? {
    let parts = id.split(separator: ".")
    guard parts.count == 3, parts[1] == "exam", Int(parts[2]) != nil else { return nil }
    return Exam(rawValue: String(parts[0]))
  }

  /// Gates whose room can decide the Match year.
  public static let decidingGates: Set<String> = Set(all.filter(\.decidesMatchYear).map(\.id))
}

/// The catalogue's entries, one handle each: the builder adds a task by its entry
/// (`add(.erasLetters, …)`), so it cannot produce an id the catalogue does not know.
extension PathwayTask {
  public static let ecfmgAccount = PathwayTask("ecfmg.account", .document, action: TaskAction("Open your MyIntealth account and get your USMLE/ECFMG ID", "the account should be open"), lead: "ecfmg_account")
  public static let ecfmgApplication = PathwayTask("ecfmg.application", .document, action: TaskAction("Submit your Application for ECFMG Certification (Form 186)", "it should be submitted"), reminder: "Submit your Application for ECFMG Certification (Form 186)", lead: "ecfmg_application")
  public static let graduation = PathwayTask("graduation", .milestone)
  public static let credentialsTranslations = PathwayTask("credentials.translations", .document, lead: "translations")
  public static let credentialsVerify = PathwayTask("credentials.verify", .document, action: TaskAction("Send your diploma for ECFMG's verification", "it should be verified"), lead: "credentials")
  public static let csLegacy = PathwayTask("cs.legacy", .exam)
  public static let oetPrep = PathwayTask("oet.prep", .exam, action: TaskAction("Prepare for OET Medicine", "you should be ready"), chain: .oet, lead: "oet_study")
  public static let oetBook = PathwayTask("oet.book", .exam, action: TaskAction("Book OET Medicine now", "a test date should be booked", record: .book(.oet)), reminder: "Book OET Medicine now", lead: "oet_booking")
  public static let oetExam = PathwayTask("oet.exam", .exam, action: TaskAction("Sit OET Medicine, then release your results to ECFMG", "the test should be taken", record: .result(.oet)), reminder: "OET Medicine coming up: release your results to ECFMG afterwards", chain: .oet)
  public static let oetResult = PathwayTask("oet.result", .others, chain: .oet, lead: "oet_result")
  public static let usceRotation = PathwayTask("usce.rotation", .document)
  public static let pathwayDocuments = PathwayTask("pathway.documents", .document)
  public static let pathwayApply = PathwayTask("pathway.apply", .document, action: TaskAction("Apply for your ECFMG Pathway now", "the application should be in"), reminder: "Apply for your ECFMG Pathway now", lead: "pathway_application", gate: "the Pathways application is due", decides: true)
  public static let pathwayMinicex = PathwayTask("pathway.minicex", .document, action: TaskAction("Arrange your Mini-CEX encounters with your evaluator", "all six should be done"), lead: "minicex")
  public static let pathwayReview = PathwayTask("pathway.review", .others, lead: "pathway_review")
  public static let ecfmgVerified = PathwayTask("ecfmg.verified", .others, reminder: "Check that ECFMG has verified your exams and clinical skills", gate: "ECFMG must verify your exams", decides: true)
  public static let ecfmgCertificate = PathwayTask("ecfmg.certificate", .others, reminder: "Check your ECFMG certificate is issued", lead: "certificate_issue", gate: "your ECFMG certificate must be issued")
  public static let erasToken = PathwayTask("eras.token", .document, action: TaskAction("Request your ERAS token from ECFMG", "the token should be in hand"), reminder: "Request your ERAS token from ECFMG", lead: "eras_token")
  public static let erasMspe = PathwayTask("eras.mspe", .document, action: TaskAction("Ask your school for the MSPE (dean's letter) now", "the MSPE should be uploaded"), reminder: "Request your MSPE (dean's letter) from your school", lead: "mspe")
  public static let erasTranscript = PathwayTask("eras.transcript", .document, action: TaskAction("Ask your school for your medical school transcript now", "the transcript should be uploaded"), reminder: "Request your transcript for ERAS from your school", lead: "transcript")
  public static let erasPhoto = PathwayTask("eras.photo", .document, action: TaskAction("Have your ERAS photo taken", "the photo should be uploaded"), lead: "photo")
  public static let erasDocuments = PathwayTask("eras.documents", .others, lead: "eras_documents")
  public static let erasStatement = PathwayTask("eras.statement", .document, action: TaskAction("Write your personal statement", "it should be final"), lead: "personal_statement")
  public static let erasLetters = PathwayTask("eras.letters", .document, action: TaskAction("Ask three letter writers now", "letters should be uploaded"), reminder: "Ask your letter writers now (3–4 letters)", lead: "letters")
  public static let erasSubmit = PathwayTask("eras.submit", .document, action: TaskAction("Certify and submit MyERAS", "your application should be submitted"), reminder: "Certify and submit MyERAS", gate: "programs start reviewing applications")
  /// ResidencyCAS (EM, OB/GYN): ECFMG's support form and fee instead of an ERAS token, then the
  /// application (FACTS.md §10; https://csess2.ecfmg.org/eras/residencycas.html).
  public static let residencyCASSupport = PathwayTask("residencycas.support", .document, action: TaskAction("Send ECFMG's ResidencyCAS Application Support Form and fee", "the form and fee should be in"), reminder: "Send ECFMG's ResidencyCAS Application Support Form", lead: "eras_token")
  public static let residencyCASSubmit = PathwayTask("residencycas.submit", .document, action: TaskAction("Submit your ResidencyCAS application", "your application should be submitted"), reminder: "Submit your ResidencyCAS application", gate: "applications are released to programs")
  public static let interviews = PathwayTask("interviews", .others, lead: "interviews")
  public static let nrmpRegister = PathwayTask("nrmp.register", .document, action: TaskAction("Register for the NRMP Match", "you should be registered"), reminder: "Register for the NRMP Match", gate: "NRMP registration closes",
    target: "NRMP's standard registration deadline (later registration costs a late fee)", decides: true)
  public static let nrmpRanking = PathwayTask("nrmp.ranking", .document, action: TaskAction("Enter your Rank Order List", "your list should be entered"))
  public static let nrmpRol = PathwayTask("nrmp.rol", .document, action: TaskAction("Certify your Rank Order List (9 pm ET)", "it should be certified"), reminder: "Certify your Rank Order List (9 pm ET)", gate: "your Rank Order List must be certified")
  public static let matchDay = PathwayTask("match.day", .milestone)
  public static let visaJ1Contract = PathwayTask("visa.j1.contract", .document, action: TaskAction("Sign your contract with your program", "it should be signed"), lead: "j1_contract")
  public static let visaJ1Son = PathwayTask("visa.j1.son", .document, action: TaskAction("Request the Statement of Need from your ministry of health now", "the Statement of Need should be issued"), reminder: "Request your Statement of Need from your Ministry of Health", lead: "statement_of_need")
  public static let visaJ1Review = PathwayTask("visa.j1.review", .others, lead: "j1_review")
  public static let visaJ1Ds2019 = PathwayTask("visa.j1.ds2019", .others, reminder: "Chase your DS-2019 with your program and ECFMG", opening: "DS-2019 window opens: ECFMG can issue it from today")
  public static let visaJ1Interview = PathwayTask("visa.j1.interview", .document, action: TaskAction("Book and attend your J-1 visa interview", "the visa should be issued"), lead: "consular")
  public static let visaH1bPetition = PathwayTask("visa.h1b.petition", .document, action: TaskAction("Ask your program to file your H-1B petition", "the petition should be filed"), reminder: "Check your program has filed your H-1B petition")
  public static let visaH1bProcessing = PathwayTask("visa.h1b.processing", .others, lead: "h1b_processing")
  public static let visaH1bStamping = PathwayTask("visa.h1b.stamping", .document, action: TaskAction("Book and attend your H-1B visa stamping", "the visa should be stamped"), lead: "h1b_stamping")
  public static let residencyStart = PathwayTask("residency.start", .milestone, gate: "residency starts")

  /// The entry of a step of a USMLE exam's or OET's chain (`.chain(.step1, .prep)`).
  public static func chain(_ exam: Exam, _ part: ExamPart) -> PathwayTask {
    guard let task = chains[exam]?[part] else { preconditionFailure("no catalogue entry \(exam.rawValue).\(part.rawValue)") }
    return task
  }

  /// The chain entries by exam and part: the builder asks for them many times per plan, and
  /// enum keys hash faster than the ids' text.
  private static let chains: [Exam: [ExamPart: PathwayTask]] = {
    var table: [Exam: [ExamPart: PathwayTask]] = [:]
    for exam in Exam.allCases {
      for part in ExamPart.allCases { table[exam, default: [:]][part] = PathwayTasks.task(PathwayTasks.id(exam, part)) }
    }
    return table
  }()
}
