/// The exams the plan knows (the rules pack keys pass rates and exam rules by them).
public enum Exam: String, Hashable, Sendable, CaseIterable {
  case step1, step2ck, step3, oet

  public var title: String {
    switch self {
    case .step1: return "Step 1"
    case .step2ck: return "Step 2 CK"
    case .step3: return "Step 3"
    case .oet: return "OET Medicine"
    }
  }
}
