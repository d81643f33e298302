import Foundation
import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

/// The journal reads the same whatever the line endings, and an undo keeps naming its record
/// when the file is edited by hand.
struct JournalIdentityTests {
  func d(_ s: String) -> Day { Day(iso: s)! }

  let lf = "# mine\n2026-11-25 book step1 for 2027-03-01\n\n2026-11-26 done eras.photo on 2026-11-20\n"

  @Test(arguments: ["\r\n", "\r"])
  func windowsAndOldMacLineEndingsReadLikeLF(_ newline: String) throws {
    let text = lf.replacingOccurrences(of: "\n", with: newline)
    let journal = try JournalParser.parse(text, file: "me.journal", rules: bundledRules)
    #expect(journal == (try JournalParser.parse(lf, file: "me.journal", rules: bundledRules)))
    #expect(journal.lines == [2, 4])
    // A damaged line is still found, by its number, whatever the endings.
    let damaged = text + "2026-11-27 dne eras.letters on 2026-11-21" + newline
    #expect(throws: JournalError([.init(file: "me.journal", line: 5, message: "unknown record 'dne'; did you mean 'done'? in '2026-11-27 dne eras.letters on 2026-11-21'")])) {
      try JournalParser.parse(damaged, file: "me.journal", rules: bundledRules)
    }
  }

  @Test func appendingKeepsTheFilesLineEnding() throws {
    let entry = JournalEntry(recordedOn: d("2026-11-27"), .done("eras.letters", on: d("2026-11-21")))
    let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
    #expect(Journal.appending(entry, to: crlf) == crlf + "2026-11-27 done eras.letters on 2026-11-21\r\n")
    #expect(Journal.appending(entry, to: "2026-11-25 book step1 for 2027-03-01\r\n2026-11-26 undo 1") == "2026-11-25 book step1 for 2027-03-01\r\n2026-11-26 undo 1\r\n2026-11-27 done eras.letters on 2026-11-21\r\n")
    #expect(try JournalParser.parse(Journal.appending(entry, to: crlf), file: "j", rules: bundledRules).entries.count == 3)
  }

  @Test func anUndoFollowsItsRecordWhenALineAboveIsDeleted() throws {
    let book = JournalEntry(recordedOn: d("2026-11-25"), .book(.step1, for: d("2027-03-01")))
    let photo = JournalEntry(recordedOn: d("2026-11-26"), .done("eras.photo", on: d("2026-11-20")))
    let undo = JournalEntry(recordedOn: d("2026-11-27"), .undo(2, ref: photo.fingerprint))
    let text = [book, photo, undo].map(\.line).joined(separator: "\n") + "\n"
    #expect(try JournalParser.parse(text, file: "j", rules: bundledRules).effective(asOf: d("2026-12-01")) == [book])
    // The first line deleted by hand: "undo 2" now points past the end, but the fingerprint
    // still names the photo record, now record 1.
    let edited = [photo, undo].map(\.line).joined(separator: "\n") + "\n"
    let journal = try JournalParser.parse(edited, file: "j", rules: bundledRules)
    #expect(journal.effective(asOf: d("2026-12-01")).isEmpty)
    #expect(journal.entries[1].action == .undo(1, ref: photo.fingerprint))
  }

  @Test func anUndoWhoseRecordWasEditedAwayIsRefusedWithTheReason() {
    let photo = JournalEntry(recordedOn: d("2026-11-26"), .done("eras.photo", on: d("2026-11-20")))
    let undo = JournalEntry(recordedOn: d("2026-11-27"), .undo(1, ref: photo.fingerprint))
    let text = "2026-11-26 done eras.photo on 2026-11-19\n" + undo.line + "\n"
    #expect(throws: JournalError.self) { try JournalParser.parse(text, file: "me.journal", rules: bundledRules) }
    do {
      _ = try JournalParser.parse(text, file: "me.journal", rules: bundledRules)
    } catch {
      #expect(error.description.hasPrefix("me.journal:2: error: undo 1 takes back a record that is no longer in the journal (record 1 is now '2026-11-26 done eras.photo on 2026-11-19', and no line has fingerprint \(photo.fingerprint)); a line was edited or deleted by hand"))
    }
  }

  @Test func anUndoWithoutAFingerprintStillReadsByNumber() throws {
    let text = "2026-11-25 book step1 for 2027-03-01\n2026-11-26 undo 1\n"
    let journal = try JournalParser.parse(text, file: "j", rules: bundledRules)
    #expect(journal.entries[1].action == .undo(1, ref: nil))
    #expect(journal.effective(asOf: d("2026-12-01")).isEmpty)
  }

  @Test func fingerprintsAreStableAndDiffer() {
    let a = JournalEntry(recordedOn: d("2026-11-26"), .done("eras.photo", on: d("2026-11-20")))
    let b = JournalEntry(recordedOn: d("2026-11-26"), .done("eras.photo", on: d("2026-11-21")))
    #expect(a.fingerprint == "\(a.fingerprint)" && a.fingerprint.count == 8)
    #expect(a.fingerprint != b.fingerprint)
    #expect(a.fingerprint == JournalEntry(recordedOn: d("2026-11-26"), .done("eras.photo", on: d("2026-11-20"))).fingerprint)
  }
}
