import PlannerCore
import PlannerRules

extension PathwayBuilder {
  /// Emergency medicine and OB/GYN apply through ResidencyCAS, not ERAS: ECFMG's Residency
  /// Application Support Form and fee (no ERAS token), the school's documents, then the
  /// application, submitted from `cycles.*.residencycas_submission_opens` and released to programs
  /// on `cycles.*.residencycas_release` (the soft target); NRMP as usual (FACTS.md §10;
  /// ResidencyCASTests).
  mutating func addResidencyCAS(_ cas: NonERASSpecialty) {
    let opens = cycle.residencyCASOpens
    let support = lead(.residencyCASSupport)
    var form = support.provenance
    form.sources.append(cas.service.source)
    form.note = "ECFMG's Residency Application Support Form and fee, instead of an ERAS token"
    add(.residencyCASSupport, "Send ECFMG's ResidencyCAS Application Support Form and fee", .eras, days: support.days, provenance: form, kind: [.document, .action], after: [PathwayTask.ecfmgApplication.id], notBefore: opens)
    addApplicationDocuments(after: PathwayTask.residencyCASSupport.id, service: "ResidencyCAS", processing: "ECFMG processes your documents for ResidencyCAS", opens: opens)
    var submit = Provenance(note: "submit before applications are released to programs, with your Step 2 CK score visible; NRMP runs the Match as usual")
    submit.sources = [cycle.residencyCASSubmissionOpens.source]
    add(.residencyCASSubmit, "Submit your ResidencyCAS application", .eras, provenance: submit, kind: [.milestone, .action], after: [PathwayTask.erasDocuments.id, PathwayTask.erasStatement.id, PathwayTask.erasLetters.id], notBefore: cycle.residencyCASSubmissionOpens, target: cycle.residencyCASRelease)
  }
}
