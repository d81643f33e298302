/// The catalogue of pathway tasks: one entry per task id the builder can produce (past sittings,
/// `step1.exam.2`, and the applicant's own tasks aside).
public enum PathwayTasks {
  public static let all: [PathwayTask] = {
    typealias A = TaskAction
    var out: [PathwayTask] = [
      PathwayTask("ecfmg.account", .document, action: A("Open your MyIntealth account and get your USMLE/ECFMG ID", "the account should be open"), lead: "ecfmg_account"),
      PathwayTask("ecfmg.application", .document, action: A("Submit your Application for ECFMG Certification (Form 186)", "it should be submitted"), reminder: "Submit your Application for ECFMG Certification (Form 186)", lead: "ecfmg_application"),
      PathwayTask("graduation", .milestone),
      PathwayTask("credentials.translations", .document, lead: "translations"),
      PathwayTask("credentials.verify", .document, action: A("Send your diploma for ECFMG's verification", "it should be verified"), lead: "credentials"),
      PathwayTask("cs.legacy", .exam),
      PathwayTask("oet.prep", .exam, action: A("Prepare for OET Medicine", "you should be ready"), chain: .oet, lead: "oet_study"),
      PathwayTask("oet.book", .exam, action: A("Book OET Medicine now", "a test date should be booked", record: .book(.oet)), reminder: "Book OET Medicine now", lead: "oet_booking"),
      PathwayTask("oet.exam", .exam, action: A("Sit OET Medicine, then release your results to ECFMG", "the test should be taken", record: .result(.oet)), reminder: "OET Medicine coming up: release your results to ECFMG afterwards", chain: .oet),
      PathwayTask("oet.result", .others, chain: .oet, lead: "oet_result"),
      PathwayTask("usce.rotation", .document),
      PathwayTask("pathway.documents", .document),
      PathwayTask("pathway.apply", .document, action: A("Apply for your ECFMG Pathway now", "the application should be in"), reminder: "Apply for your ECFMG Pathway now", lead: "pathway_application", gate: "the Pathways application is due", decides: true),
      PathwayTask("pathway.minicex", .document, action: A("Arrange your Mini-CEX encounters with your evaluator", "all six should be done"), lead: "minicex"),
      PathwayTask("pathway.review", .others, lead: "pathway_review"),
      PathwayTask("ecfmg.verified", .others, reminder: "Check that ECFMG has verified your exams and clinical skills", gate: "ECFMG must verify your exams", decides: true),
      PathwayTask("ecfmg.certificate", .others, reminder: "Check your ECFMG certificate is issued", gate: "your ECFMG certificate must be issued"),
      PathwayTask("eras.token", .document, action: A("Request your ERAS token from ECFMG", "the token should be in hand"), reminder: "Request your ERAS token from ECFMG", lead: "eras_token"),
      PathwayTask("eras.mspe", .document, action: A("Ask your school for the MSPE (dean's letter) now", "the MSPE should be uploaded"), reminder: "Request your MSPE (dean's letter) from your school", lead: "mspe"),
      PathwayTask("eras.transcript", .document, action: A("Ask your school for your medical school transcript now", "the transcript should be uploaded"), reminder: "Request your transcript for ERAS from your school", lead: "transcript"),
      PathwayTask("eras.photo", .document, action: A("Have your ERAS photo taken", "the photo should be uploaded"), lead: "photo"),
      PathwayTask("eras.documents", .others, lead: "eras_documents"),
      PathwayTask("eras.statement", .document, action: A("Write your personal statement", "it should be final"), lead: "personal_statement"),
      PathwayTask("eras.letters", .document, action: A("Ask three letter writers now", "letters should be uploaded"), reminder: "Ask your letter writers now (3–4 letters)", lead: "letters"),
      PathwayTask("eras.submit", .document, action: A("Certify and submit MyERAS", "your application should be submitted"), reminder: "Certify and submit MyERAS", gate: "programs start reviewing applications"),
      PathwayTask("interviews", .others, lead: "interviews"),
      PathwayTask("nrmp.register", .document, action: A("Register for the NRMP Match", "you should be registered"), reminder: "Register for the NRMP Match", gate: "NRMP registration closes",
        target: "NRMP's standard registration deadline (later registration costs a late fee)", decides: true),
      PathwayTask("nrmp.ranking", .document, action: A("Enter your Rank Order List", "your list should be entered")),
      PathwayTask("nrmp.rol", .document, action: A("Certify your Rank Order List (9 pm ET)", "it should be certified"), reminder: "Certify your Rank Order List (9 pm ET)", gate: "your Rank Order List must be certified"),
      PathwayTask("match.day", .milestone),
      PathwayTask("visa.j1.contract", .document, action: A("Sign your contract with your program", "it should be signed"), lead: "j1_contract"),
      PathwayTask("visa.j1.son", .document, action: A("Request the Statement of Need from your ministry of health now", "the Statement of Need should be issued"), reminder: "Request your Statement of Need from your Ministry of Health", lead: "statement_of_need"),
      PathwayTask("visa.j1.review", .others, lead: "j1_review"),
      PathwayTask("visa.j1.ds2019", .others, reminder: "Chase your DS-2019 with your program and ECFMG", opening: "DS-2019 window opens: ECFMG can issue it from today"),
      PathwayTask("visa.j1.interview", .document, action: A("Book and attend your J-1 visa interview", "the visa should be issued"), lead: "consular"),
      PathwayTask("visa.h1b.petition", .document, action: A("Ask your program to file your H-1B petition", "the petition should be filed"), reminder: "Check your program has filed your H-1B petition"),
      PathwayTask("visa.h1b.processing", .others, lead: "h1b_processing"),
      PathwayTask("visa.h1b.stamping", .document, action: A("Book and attend your H-1B visa stamping", "the visa should be stamped"), lead: "h1b_stamping"),
      PathwayTask("residency.start", .milestone, gate: "residency starts"),
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
