/// What one charge of a fee is for: how many times a plan pays it (FEES.md, "who pays, when").
public enum FeeUnit: String, Hashable, Sendable, CaseIterable {
  /// Once on the road (the MyIntealth account, the certification application).
  case once
  /// Every attempt at an exam (USMLE: each application pays again).
  case attempt
  /// Every sitting (OET).
  case sitting
  /// Once per ERAS or NRMP season.
  case season
  /// Per document sent (credential verification: the fee's `count` documents).
  case document
  /// Per program applied to, tiered per specialty (ERAS).
  case program
  /// Per rank beyond those included (NRMP).
  case rank
  /// Every training year (J-1 sponsorship).
  case year
  /// Per visa application or petition.
  case petition
  /// On request only (an eligibility extension, a change of testing region).
  case request
}
