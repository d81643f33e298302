/// Who pays a fee (FEES.md, "who pays"): the H-1B petition fees are the employer's by law.
public enum FeePayer: String, Hashable, Sendable, CaseIterable {
  case applicant
  case employer
}
