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
    var docs: [String] = [PathwayTask.residencyCASSupport.id]
    for (task, name) in [
      (PathwayTask.erasMspe, "MSPE (dean's letter) from your school"),
      (.erasTranscript, "Medical school transcript for ResidencyCAS"),
      (.erasPhoto, "ResidencyCAS photo"),
    ] {
      let l = lead(task)
      docs.append(add(task, name, .eras, days: l.days, provenance: l.provenance, kind: .document, notBefore: opens))
    }
    let processing = lead(profile.schoolInEMSWP && profile.leadTimes["eras_documents"] == nil ? "eras_documents_emswp" : "eras_documents")
    add(.erasDocuments, "ECFMG processes your documents for ResidencyCAS", .eras, days: processing.days, provenance: processing.provenance, kind: .document, after: docs)
    let statement = lead(.erasStatement)
    add(.erasStatement, "Personal statement", .eras, days: statement.days, provenance: statement.provenance, kind: .document, notBefore: opens)
    let letters = lead(.erasLetters)
    add(.erasLetters, "Letters of recommendation uploaded (ask 3–4 writers)", .eras, days: letters.days, provenance: letters.provenance, kind: .document, notBefore: opens)
    var submit = Provenance(note: "submit before applications are released to programs, with your Step 2 CK score visible; NRMP runs the Match as usual")
    submit.sources = [cycle.residencyCASSubmissionOpens.source]
    add(.residencyCASSubmit, "Submit your ResidencyCAS application", .eras, provenance: submit, kind: [.milestone, .action], after: [PathwayTask.erasDocuments.id, PathwayTask.erasStatement.id, PathwayTask.erasLetters.id], notBefore: cycle.residencyCASSubmissionOpens, target: cycle.residencyCASRelease)
  }
}
