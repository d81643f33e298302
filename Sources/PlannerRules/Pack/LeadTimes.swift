public import PlannerCore

/// A default duration or lead time, with where the figure comes from.
public struct LeadTime: Hashable, Sendable {
  /// The key a profile uses under `lead_times:` to override it.
  public var key: String
  /// The likely value, used by the plan.
  public var days: Int
  /// The range the duration is seen to take, for sampling; `low <= days <= high`.
  public var low: Int
  public var high: Int
  public var confidence: Confidence
  public var source: String
  public var meaning: String
  public var verified: Day?

  public init(key: String, days: Int, low: Int, high: Int, confidence: Confidence, source: String, meaning: String, verified: Day? = nil) {
    self.key = key
    self.days = days
    self.low = low
    self.high = high
    self.confidence = confidence
    self.source = source
    self.meaning = meaning
    self.verified = verified
  }
}

/// Every default duration the plan uses (part of the rules pack). A profile may override any of them by key; the plan
/// says which defaults it relied on. Figures are deliberately on the cautious side.
public struct LeadTimes: Hashable, Sendable {
  public var all: [LeadTime]

  public init(_ all: [LeadTime]) { self.all = all }

  public func standard(_ key: String) -> LeadTime {
    guard let found = all.first(where: { $0.key == key }) else { preconditionFailure("unknown lead time \(key)") }
    return found
  }

  public var keys: [String] { all.map(\.key) }

  /// The keys the plan asks for: a pack must define each of them, and no other.
  public static let requiredKeys = [
    "ecfmg_account", "ecfmg_application", "translations", "credentials", "usmle_application", "eligibility_window",
    "usmle_result", "step1_study", "step2ck_study", "step3_study", "retake_study", "oet_study", "oet_booking",
    "oet_result", "pathway_application", "minicex", "pathway_review", "certificate_issue", "eras_token", "personal_statement", "letters",
    "mspe", "transcript", "photo", "eras_documents", "eras_documents_emswp", "interviews", "j1_contract", "statement_of_need", "j1_review",
    "consular", "step3_application", "h1b_processing", "h1b_stamping",
  ]
}
