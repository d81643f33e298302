/// What the applicant does for a task, in words, and how it is recorded: the wording `planner next`
/// and the plan's Next block use. Tasks that others do (ECFMG reviews, results released, Match Day)
/// have no entry: they are not the applicant's actions.
public struct TaskAction: Hashable, Sendable {
  public enum Record: Hashable, Sendable {
    /// `planner record TASK done --date today`.
    case done
    /// `planner record EXAM pass|fail --date D` (the exam day).
    case result(Exam)
    /// `planner book EXAM --date D` (the planned exam day).
    case book(Exam)
  }

  /// An imperative: "Ask three letter writers now".
  public var action: String
  /// What must be true when it is done, before " by DATE": "letters should be uploaded".
  public var outcome: String
  public var record: Record

  public init(_ action: String, _ outcome: String, record: Record = .done) {
    self.action = action
    self.outcome = outcome
    self.record = record
  }
}

public enum TaskActions {
  /// The catalogue, by plain task id.
  public static let catalogue: [String: TaskAction] = {
    var out: [String: TaskAction] = [
      "ecfmg.account": TaskAction("Open your MyIntealth account and get your USMLE/ECFMG ID", "the account should be open"),
      "ecfmg.application": TaskAction("Submit your Application for ECFMG Certification (Form 186)", "it should be submitted"),
      "credentials.verify": TaskAction("Send your diploma for ECFMG's verification", "it should be verified"),
      "oet.prep": TaskAction("Prepare for OET Medicine", "you should be ready"),
      "oet.book": TaskAction("Book OET Medicine now", "a test date should be booked", record: .book(.oet)),
      "oet.exam": TaskAction("Sit OET Medicine, then release your results to ECFMG", "the test should be taken", record: .result(.oet)),
      "pathway.apply": TaskAction("Apply for your ECFMG Pathway now", "the application should be in"),
      "pathway.minicex": TaskAction("Arrange your Mini-CEX encounters with your evaluator", "all six should be done"),
      "eras.token": TaskAction("Request your ERAS token from ECFMG", "the token should be in hand"),
      "eras.mspe": TaskAction("Ask your school for the MSPE (dean's letter) now", "the MSPE should be uploaded"),
      "eras.transcript": TaskAction("Ask your school for your medical school transcript now", "the transcript should be uploaded"),
      "eras.photo": TaskAction("Have your ERAS photo taken", "the photo should be uploaded"),
      "eras.statement": TaskAction("Write your personal statement", "it should be final"),
      "eras.letters": TaskAction("Ask three letter writers now", "letters should be uploaded"),
      "eras.submit": TaskAction("Certify and submit MyERAS", "your application should be submitted"),
      "nrmp.register": TaskAction("Register for the NRMP Match", "you should be registered"),
      "nrmp.ranking": TaskAction("Enter your Rank Order List", "your list should be entered"),
      "nrmp.rol": TaskAction("Certify your Rank Order List (9 pm ET)", "it should be certified"),
      "visa.j1.contract": TaskAction("Sign your contract with your program", "it should be signed"),
      "visa.j1.son": TaskAction("Request the Statement of Need from your ministry of health now", "the Statement of Need should be issued"),
      "visa.j1.interview": TaskAction("Book and attend your J-1 visa interview", "the visa should be issued"),
      "visa.h1b.petition": TaskAction("Ask your program to file your H-1B petition", "the petition should be filed"),
      "visa.h1b.stamping": TaskAction("Book and attend your H-1B visa stamping", "the visa should be stamped"),
    ]
    for exam in Exam.allCases where exam != .oet {
      let key = exam.rawValue
      out["\(key).prep"] = TaskAction("Study for \(exam.title)", "you should be ready to sit it")
      out["\(key).register"] = TaskAction("Apply for \(exam.title) now and get your scheduling permit", "the permit should be in hand")
      out["\(key).window"] = TaskAction("Book your \(exam.title) test date in your eligibility period", "a test date should be booked", record: .book(exam))
      out["\(key).exam"] = TaskAction("Sit \(exam.title)", "the exam should be taken", record: .result(exam))
    }
    return out
  }()

  /// The action for a task, or the generic one for the applicant's own tasks (nil for the work of others).
  public static func action(for task: PlanTaskRef) -> TaskAction? {
    if let known = catalogue[task.id] { return known }
    return task.isOwn ? TaskAction("Do: \(task.name)", "it should be done") : nil
  }
}

/// The parts of a task the catalogue looks at.
public struct PlanTaskRef: Sendable {
  public var id: String
  public var name: String
  public var isOwn: Bool

  public init(id: String, name: String, isOwn: Bool) {
    self.id = id
    self.name = name
    self.isOwn = isOwn
  }
}
