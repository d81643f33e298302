import PlannerCore
@testable import PlannerICal
import Testing

/// Re-export: SEQUENCE and LAST-MODIFIED move only for changed events, removed events are
/// cancelled and kept for ``CalendarMerge/tombstoneDays`` days, then dropped, and foreign files
/// are never overwritten.
struct MergeTests {
  let first: String
  let second: String

  init() throws {
    first = try CalendarExporter.export(Sample.schedule(), options: Sample.options(reminders: .both), previous: nil)
    second = try CalendarExporter.export(
      Sample.schedule(prepDays: 70, withOET: false), options: Sample.options(stamp: Sample.laterStamp, reminders: .both), previous: first)
  }

  func uid(_ key: String) -> String {
    StableUID.make(identity: Sample.options(reminders: .both).planIdentity, key: key, domain: "planner.invalid")
  }

  @Test func unchangedEventsStayByteIdentical() throws {
    let before = ICS.blocks(first)
    let after = ICS.blocks(second)
    for key in ["step1.result.1", "eras.token", "eras.submit", "match.day"] {
      #expect(after[uid(key)] == before[uid(key)], "\(key)")
    }
    #expect(try #require(after[uid("match.day")]).contains("SEQUENCE:0\r\n"))
  }

  @Test func changedEventsBumpSequenceAndLastModified() throws {
    let doc = try ICalReader.read(second)
    for key in ["step2ck.prep", "step2ck.exam.1", "ecfmg.cert"] {
      let event = try #require(doc.events.first { $0.uid == uid(key) })
      #expect(event.sequence == 1, "\(key)")
      #expect(event.lastModified == Sample.laterStamp)
      #expect(event.dtstamp == Sample.laterStamp)
    }
  }

  @Test func removedEventsBecomeTombstonesThenDisappear() throws {
    let doc = try ICalReader.read(second)
    let oet = try #require(doc.events.first { $0.uid == uid("oet.exam.1") })
    #expect(oet.status == .cancelled)
    #expect(oet.sequence == 1)
    #expect(oet.alarms.isEmpty)
    #expect(oet.start == Sample.d("2027-02-01"))
    let reminders = doc.events.filter {
      $0.uid == uid("oet.exam.1.reminder.14") || $0.uid == uid("oet.exam.1.reminder.2")
    }
    #expect(reminders.count == 2 && reminders.allSatisfy { $0.status == .cancelled })

    // A rerun the next day, before the user imported the second file: the tombstones stay, and
    // the same input gives the same file (khal kept the cancelled result live when they went).
    let rerun = try CalendarExporter.export(
      Sample.schedule(prepDays: 70, withOET: false), options: Sample.options(stamp: Sample.laterStamp + 86_400, reminders: .both),
      previous: second)
    #expect(rerun == second)
    let lastDay = try CalendarExporter.export(
      Sample.schedule(prepDays: 70, withOET: false),
      options: Sample.options(stamp: Sample.laterStamp + CalendarMerge.tombstoneDays * 86_400 - 1, reminders: .both), previous: rerun)
    #expect(lastDay == second)

    let third = try CalendarExporter.export(
      Sample.schedule(prepDays: 70, withOET: false),
      options: Sample.options(stamp: Sample.laterStamp + CalendarMerge.tombstoneDays * 86_400, reminders: .both), previous: lastDay)
    let thirdDoc = try ICalReader.read(third)
    #expect(!thirdDoc.events.contains { $0.uid == uid("oet.exam.1") })
    #expect(!thirdDoc.events.contains { $0.status == .cancelled })
    // Nothing else changed, so every remaining event is byte-identical to the second export.
    #expect(ICS.blocks(third).allSatisfy { ICS.blocks(second)[$0.key] == $0.value })
  }

  /// After a failed exam the first attempt's study block and its fired reminders leave the plan;
  /// they happened, so they stay as they were. What was still ahead (its result) is cancelled.
  @Test func whatIsOverStaysAsItWasWhatIsAheadIsCancelled() throws {
    func event(_ uid: String, _ start: String, _ end: String) -> ICalEvent {
      ICalEvent(uid: uid, dtstamp: Sample.stamp, start: Sample.d(start), end: Sample.d(end), summary: uid, lastModified: Sample.stamp)
    }
    let kept = event("kept@x", "2027-01-01", "2027-01-02")
    let previous = ICalDocument(name: "p", events: [
      kept, event("prep@x", "2026-11-25", "2027-03-17"), event("reminder@x", "2027-03-15", "2027-03-16"),
      event("endsToday@x", "2027-03-19", "2027-03-21"), event("result@x", "2027-04-14", "2027-04-15"),
    ])
    let new = ICalDocument(name: "p", events: [kept])
    let merged = try CalendarMerge.merge(new: new, previous: previous, now: Sample.laterStamp, today: Sample.d("2027-03-20"))
    #expect(merged.events.map(\.uid) == ["kept@x", "prep@x", "reminder@x", "endsToday@x", "result@x"])
    #expect(Array(merged.events.prefix(3)) == Array(previous.events.prefix(3)))
    for gone in merged.events.suffix(2) {
      #expect(gone.status == .cancelled && gone.sequence == 1 && gone.lastModified == Sample.laterStamp, "\(gone.uid)")
    }
    // Without a today (a caller that does not know it), everything gone is cancelled as before.
    let blind = try CalendarMerge.merge(new: new, previous: previous, now: Sample.laterStamp)
    #expect(blind.events.dropFirst().allSatisfy { $0.status == .cancelled })
  }

  @Test func aReturningEventIsRevivedWithAHigherSequence() throws {
    let third = try CalendarExporter.export(
      Sample.schedule(prepDays: 70, withOET: true), options: Sample.options(stamp: Sample.laterStamp + 86_400, reminders: .both),
      previous: second)
    let oet = try #require(try ICalReader.read(third).events.first { $0.uid == uid("oet.exam.1") })
    #expect(oet.status == .tentative)
    #expect(oet.sequence == 2)
  }

  @Test func todosAreMergedToo() throws {
    var options = Sample.options(reminders: .both)
    options.includeTodos = true
    let a = try CalendarExporter.export(Sample.schedule(), options: options, previous: nil)
    var later = options
    later.dtstamp = Sample.laterStamp
    let b = try CalendarExporter.export(Sample.schedule(), options: later, previous: a)
    #expect(a == b)
    later.includeTodos = false
    let c = try ICalReader.read(try CalendarExporter.export(Sample.schedule(), options: later, previous: b))
    #expect(c.todos.map(\.status) == [.cancelled])
    #expect(c.todos.map(\.sequence) == [1])
  }

  @Test func foreignFileIsRefused() throws {
    let google = first.replacingOccurrences(
      of: "PRODID:-//planner//IMG residency planner//EN", with: "PRODID:-//Google Inc//Google Calendar 70.9054//EN")
    #expect(throws: CalendarError.foreignFile(file: "plan.ics", prodID: "-//Google Inc//Google Calendar 70.9054//EN")) {
      try CalendarExporter.export(
        Sample.schedule(), options: Sample.options(reminders: .both), previous: google, previousName: "plan.ics")
    }
    let error = CalendarError.foreignFile(file: "plan.ics", prodID: "-//Google Inc//Google Calendar 70.9054//EN")
    #expect(
      error.description
        == "plan.ics was not written by planner (PRODID -//Google Inc//Google Calendar 70.9054//EN); refusing to overwrite it"
    )
  }

  @Test func mergeWithoutPreviousIsIdentity() throws {
    let doc = CalendarExport.document(for: Sample.schedule(), options: Sample.options(reminders: .both))
    #expect(try CalendarMerge.merge(new: doc, previous: nil) == doc)
    #expect(try CalendarMerge.merge(new: doc, previous: doc) == doc)
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
