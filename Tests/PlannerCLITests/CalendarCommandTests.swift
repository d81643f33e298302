import Foundation
import Testing

/// `planner plan --ics`: written atomically, byte-stable, updated in place, never over a stranger.
struct CalendarCommandTests {
  func folder() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planner-ics-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  func export(_ profile: String, to ics: URL, today: String = "2026-11-25", epoch: String = "1795597200") throws -> CLIRunner.Output {
    try CLIRunner.run(["plan", "--profile", profile, "--today", today, "--ics", ics.path, "--format", "table"], environment: ["SOURCE_DATE_EPOCH": epoch])
  }

  /// Each VEVENT's text, from BEGIN to END.
  func events(_ text: String) -> [String] {
    text.components(separatedBy: "BEGIN:VEVENT").dropFirst().map { "BEGIN:VEVENT" + $0.components(separatedBy: "END:VEVENT")[0] }
  }

  func uids(_ text: String) -> [String] {
    text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
  }

  @Test func writesAByteStableCalendar() throws {
    let dir = try folder()
    let a = dir.appendingPathComponent("a.ics"), b = dir.appendingPathComponent("b.ics")
    #expect(try export("Examples/fresh-graduate.yaml", to: a).status == 0)
    #expect(try export("Examples/fresh-graduate.yaml", to: b).status == 0)
    let textA = try String(contentsOf: a, encoding: .utf8)
    #expect(textA == (try String(contentsOf: b, encoding: .utf8)))
    #expect(textA.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
    #expect(textA.hasSuffix("END:VCALENDAR\r\n"))
    #expect(textA.contains("X-WR-CALNAME:Match 2028 plan — Dr. Amara Okafor"))
    #expect(textA.contains("DTSTAMP:20261125T090000Z"))
    #expect(!textA.contains("\r\n\r\n"))
    #expect(Set(uids(textA)).count == uids(textA).count)
  }

  @Test func rerunKeepsUIDsAndBumpsSequence() throws {
    let dir = try folder()
    let ics = dir.appendingPathComponent("plan.ics")
    #expect(try export("Examples/step1-passed-ck-booked.yaml", to: ics).status == 0)
    let first = try String(contentsOf: ics, encoding: .utf8)
    let moved = dir.appendingPathComponent("moved.yaml")
    let yaml = try String(contentsOfFile: CLIRunner.packageRoot.appendingPathComponent("Examples/step1-passed-ck-booked.yaml").path, encoding: .utf8)
    try Data(yaml.replacingOccurrences(of: "booked: 2027-03-18", with: "booked: 2027-04-22").utf8).write(to: moved)
    #expect(try export(moved.path, to: ics, today: "2026-12-02", epoch: "1796202000").status == 0)
    let second = try String(contentsOf: ics, encoding: .utf8)
    #expect(Set(uids(first)).isSubset(of: Set(uids(second))))
    #expect(second.contains("SEQUENCE:1"))
    #expect(second.contains("DTSTART;VALUE=DATE:20270422"))
  }

  @Test func refusesToOverwriteAStrangersFile() throws {
    let dir = try folder()
    let ics = dir.appendingPathComponent("mine.ics")
    let foreign = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Someone//Else//EN\r\nEND:VCALENDAR\r\n"
    try Data(foreign.utf8).write(to: ics)
    let r = try export("Examples/fresh-graduate.yaml", to: ics)
    #expect(r.status == 2)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("was not written by planner"))
    #expect(try String(contentsOf: ics, encoding: .utf8) == foreign)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(leftovers == ["mine.ics"])
  }

  @Test func attemptNumbersKeepAFailedAttemptsEvents() throws {
    let dir = try folder()
    let ics = dir.appendingPathComponent("plan.ics")
    let profile = dir.appendingPathComponent("me.yaml")
    try Data("name: Dr. Retake\n".utf8).write(to: profile)
    #expect(try export(profile.path, to: ics).status == 0)
    let before = try String(contentsOf: ics, encoding: .utf8)
    try Data("name: Dr. Retake\nexams:\n  step1:\n    attempts: [{date: 2027-04-20, result: fail}]\n".utf8).write(to: profile)
    #expect(try export(profile.path, to: ics, today: "2027-05-20", epoch: "1810800000").status == 0)
    let after = try String(contentsOf: ics, encoding: .utf8)
    // The first attempt's result event is superseded: written as cancelled.
    #expect(after.contains("STATUS:CANCELLED"))
    #expect(Set(uids(before)).isSubset(of: Set(uids(after))))
    // The first attempt's study block is over: it stays as it was, not struck through.
    let prep = try #require(events(before).first { $0.contains("\r\nSUMMARY:Step 1 preparation") })
    #expect(events(after).contains(prep))
    #expect(!prep.contains("STATUS:CANCELLED"))
    // Run again before importing (same input, a day later): the same file, cancellations kept,
    // so importing it into a client that keeps events by UID still removes the old result.
    #expect(try export(profile.path, to: ics, today: "2027-05-20", epoch: "1810886400").status == 0)
    #expect(try String(contentsOf: ics, encoding: .utf8) == after)
    // Two months on, the cancelled events have done their work and leave the file.
    #expect(try export(profile.path, to: ics, today: "2027-05-20", epoch: String(1_810_800_000 + 60 * 86_400)).status == 0)
    #expect(!(try String(contentsOf: ics, encoding: .utf8)).contains("STATUS:CANCELLED"))
  }
}
