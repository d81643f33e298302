/// When a fee is charged at all (FEES.md, the conditions of rows 6, 14, 17, 22, 23, 25, 27–29).
/// The cost ledger counts a conditional fee only where the plan shows the condition holds; the
/// others are listed as "may apply" and never added to a total.
public enum FeeCondition: String, Hashable, Sendable, CaseIterable {
  /// Charged for a USMLE sitting outside the US and Canada (row 6).
  case testingAbroad = "testing-abroad"
  /// Charged when NRMP registration falls after the standard deadline (row 17).
  case lateRegistration = "late-registration"
  /// The proclamation's payment: a new petition for a physician abroad, filed while it is in
  /// force (`h1b_fee` dates and term; row 29).
  case h1bProclamation = "h1b-proclamation"
  /// Set by law with no start date yet (the Visa Integrity Fee, row 23): never counted; when the
  /// start is known, the amount gets `from:` and the condition goes.
  case startUnset = "start-unset"
  /// Not charged to exempt employers (most teaching hospitals: ACWIA, row 25; nonprofits: row 27).
  case exemptEmployers = "exempt-employers"
  /// The payer's choice (premium processing, row 28).
  case optional
  /// The amount depends on the applicant's nationality (visa reciprocity, row 22).
  case varies
  /// Charged instead of ERAS for the specialties that apply through ResidencyCAS (row 14;
  /// `non_eras_specialties`).
  case residencyCAS = "residencycas"
  /// Charged only when some programs are in specialties that apply through ERAS: an emergency
  /// medicine applicant who also applies to internal medicine needs ERAS's token, transcript and
  /// application fees; one who applies only through ResidencyCAS does not (row 14).
  case erasPrograms = "eras-programs"
  /// The source names the fee but no amount (ECFMG's ResidencyCAS support fee, row 14): listed
  /// as "amount not published", never counted, never given a made-up number.
  case amountUnknown = "amount-unknown"
}
