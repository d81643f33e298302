import PlannerCore
import PlannerRules
import PlannerTestSupport
import Testing

@testable import PlannerPathway

struct JournalTests {
  let today = Day(iso: "2026-11-25")!

  func d(_ s: String) -> Day { Day(iso: s)! }

  @Test func linesRoundTrip() throws {
    var entries = [
      JournalEntry(recordedOn: today, .result(.step1, .fail, on: d("2026-11-20"), score: nil)),
      JournalEntry(recordedOn: today, .result(.step2ck, .pass, on: d("2026-11-21"), score: 241)),
      JournalEntry(recordedOn: today, .done("eras.submit", on: d("2026-11-22"))),
      JournalEntry(recordedOn: today, .book(.oet, for: d("2027-01-10"))),
      JournalEntry(recordedOn: today, .reschedule(.oet, from: d("2027-01-10"), to: d("2027-02-10"))),
      JournalEntry(recordedOn: today, .lead("statement_of_need", days: 90)),
      JournalEntry(recordedOn: today, .undo(6, ref: nil)),
    ]
    entries.append(JournalEntry(recordedOn: today, .undo(7, ref: entries[6].fingerprint)))
    let text = entries.reduce("") { Journal.appending($1, to: $0) }
    #expect(text.hasPrefix("# planner journal"))
    let journal = try JournalParser.parse(text, file: "me.journal", rules: bundledRules)
    #expect(journal.entries == entries)
  }

  @Test func damagedLinesAreReportedWithTheirNumbers() {
    let text = "# comment\n2026-11-25 result step1 fail on 2026-11-20\n2026-11-25 reslut step1 pass on 2026-11-21\n2026-02-30 done eras.submit on 2026-11-01\n"
    #expect(throws: JournalError.self) { try JournalParser.parse(text, file: "me.journal", rules: bundledRules) }
    do {
      _ = try JournalParser.parse(text, file: "me.journal", rules: bundledRules)
    } catch {
      let lines = error.description.split(separator: "\n")
      #expect(lines.count == 2)
      #expect(lines[0].hasPrefix("me.journal:3: error: unknown record 'reslut'; did you mean 'result'?"))
      #expect(lines[1].hasPrefix("me.journal:4: error: recorded-on date '2026-02-30' is not a valid date"))
    }
  }

  @Test func undoTakesBackARecordAndLaterRecordsWaitForTheirDay() throws {
    let text = """
      2026-11-25 book step1 for 2027-03-01
      2026-11-26 reschedule step1 from 2027-03-01 to 2027-04-01
      2026-11-27 undo 2
      2027-01-05 done eras.photo on 2027-01-04

      """
    let journal = try JournalParser.parse(text, file: "j", rules: bundledRules)
    #expect(journal.undone() == [2: 3])
    #expect(journal.effective(asOf: d("2026-12-01")).count == 1)
    #expect(journal.apply(to: Profile(), asOf: d("2026-12-01")).record(.step1).booked == d("2027-03-01"))
    // Before the undo was recorded, the move was in force.
    #expect(journal.apply(to: Profile(), asOf: d("2026-11-26")).record(.step1).booked == d("2027-04-01"))
    #expect(journal.apply(to: Profile(), asOf: d("2027-01-05")).done["eras.photo"] == d("2027-01-04"))
    #expect(journal.lastUndoable(asOf: d("2027-01-05")) == 4)
    #expect(throws: JournalError.self) { try JournalParser.parse("2026-11-25 undo 1\n", file: "j", rules: bundledRules) }
  }

  @Test func aFailureEndsTheBookingAndAPastReadyByDate() {
    var p = Profile()
    p.exams[.step1] = ExamRecord(booked: d("2026-11-20"), studyWeeks: 16, readyBy: d("2026-11-19"))
    let after = Journal.apply(.result(.step1, .fail, on: d("2026-11-20"), score: nil), to: p)
    #expect(after.record(.step1).booked == nil)
    #expect(after.record(.step1).readyBy == nil)
    #expect(after.record(.step1).studyWeeks == 16)
    #expect(after.record(.step1).attempts == [Attempt(date: d("2026-11-20"), result: .fail)])
  }
}

/// A Step has one appointment at a time: a booking recorded by the day of a sitting belongs to
/// that sitting even when its date is later (the centre moved it, the date was typed as taken);
/// a booking recorded after the sitting is a retake and stays.
struct JournalBookingTests {
  func d(_ s: String) -> Day { Day(iso: s)! }

  func merged(_ entries: [JournalEntry], asOf today: String = "2027-06-01") -> ExamRecord {
    Journal(entries: entries).apply(to: Profile(), asOf: d(today)).record(.step1)
  }

  @Test func aResultTakesTheBookingThatWasInForceOnItsDay() {
    let booked = JournalEntry(recordedOn: d("2026-12-01"), .book(.step1, for: d("2027-03-24")))
    let failed = JournalEntry(recordedOn: d("2027-03-26"), .result(.step1, .fail, on: d("2027-03-20"), score: nil))
    #expect(merged([booked, failed]).booked == nil)
    #expect(merged([booked, failed]).attempts.map(\.date) == [d("2027-03-20")])
    // Moved first, then taken on another day: the same.
    let moved = JournalEntry(recordedOn: d("2027-01-10"), .reschedule(.step1, from: d("2027-03-24"), to: d("2027-04-02")))
    #expect(merged([booked, moved, failed]).booked == nil)
    // On or after the booked day: as before.
    #expect(merged([booked, JournalEntry(recordedOn: d("2027-03-26"), .result(.step1, .fail, on: d("2027-03-24"), score: nil))]).booked == nil)
  }

  @Test func aRetakeBookedAfterTheSittingStays() {
    let failed = JournalEntry(recordedOn: d("2027-04-25"), .result(.step1, .fail, on: d("2027-03-20"), score: nil))
    // Booked on 2027-04-20, after the sitting of 2027-03-20, recorded before its result was.
    let retake = JournalEntry(recordedOn: d("2027-04-20"), .book(.step1, for: d("2027-07-01")))
    #expect(merged([retake, failed]).booked == d("2027-07-01"))
    #expect(merged([failed, retake]).booked == d("2027-07-01"))
  }
}
