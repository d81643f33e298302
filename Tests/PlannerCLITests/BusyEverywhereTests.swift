import Foundation
import Testing

/// `--busy FILE` is honoured by every command that takes it, or refused (issue 23: "never accept
/// and ignore silently"): `programs` checks the plan around the calendar, `history`, which plans
/// nothing, says so. `sync` is checked against a real server in `CalDAVSyncTests`.
struct BusyEverywhereTests {
  /// Away 1–20 May 2027: the booked example's US rotation (not before 1 May) waits until after.
  static let trip = """
    BEGIN:VCALENDAR\r
    VERSION:2.0\r
    PRODID:-//planner tests//busy//EN\r
    BEGIN:VEVENT\r
    UID:trip@example.org\r
    DTSTAMP:20261201T000000Z\r
    DTSTART;VALUE=DATE:20270501\r
    DTEND;VALUE=DATE:20270521\r
    SUMMARY:Away\r
    END:VEVENT\r
    END:VCALENDAR\r

    """

  static func folderWithTrip() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("busy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(trip.utf8).write(to: folder.appendingPathComponent("trip.ics"))
    return folder
  }

  @Test func programsChecksThePlanAroundTheCalendar() throws {
    let folder = try Self.folderWithTrip()
    defer { try? FileManager.default.removeItem(at: folder) }
    let base = ["programs", "Examples/programs.csv", "--profile", "Examples/step1-passed-ck-booked.yaml", "--today", "2026-11-25"]
    let without = try CLIRunner.run(base)
    let with = try CLIRunner.run(base + ["--busy", folder.appendingPathComponent("trip.ics").path])
    #expect(without.status == 0 && with.status == 0, "\(with.stderr)")
    #expect(without.stdout.contains("(usce.rotation, ending 2027-05-28)"))
    #expect(!with.stdout.contains("(usce.rotation, ending 2027-05-28)") && with.stdout.contains("(usce.rotation, ending 2027-06-"), "\(with.stdout)")
  }

  @Test func historyRefusesABusyCalendar() throws {
    let folder = try Self.folderWithTrip()
    defer { try? FileManager.default.removeItem(at: folder) }
    let r = try CLIRunner.run(["history", "--profile", "Examples/step1-passed-ck-booked.yaml", "--busy", folder.appendingPathComponent("trip.ics").path])
    #expect(r.status != 0)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("--busy") && r.stderr.contains("plans nothing"), "\(r.stderr)")
  }
}

/// What the busy calendars do shows where the applicant looks (issue 23, point 6): `next` says
/// when this week's study time is short, `what-if --busy FILE` compares the plan with and
/// without a new commitment.
struct BusyShownTests {
  /// Away the first three days of the week from 2026-11-25.
  static let away = BusyEverywhereTests.trip.replacingOccurrences(of: "20270501", with: "20261125").replacingOccurrences(of: "20270521", with: "20261128")

  @Test func nextSaysWhenThisWeeksStudyTimeIsShort() throws {
    let folder = try BusyEverywhereTests.folderWithTrip()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("away.ics")
    try Data(Self.away.utf8).write(to: file)
    let base = ["next", "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-11-25", "--width", "100"]
    let r = try CLIRunner.run(base + ["--busy", file.path])
    #expect(r.status == 0, "\(r.stderr)")
    // Four days of 8 h (full time, 56 h a week) against the 42 h three quarters of a week would be.
    #expect(r.stdout.contains("\nStudy time is short: 32 h this week (3 days away; 56 h a week planned)\n"), "\(r.stdout)")
    let plain = try CLIRunner.run(base)
    #expect(!plain.stdout.contains("Study time is short"))
    // A week the calendar leaves alone says nothing.
    let later = try CLIRunner.run(["next", "--profile", "Examples/fresh-graduate.yaml", "--today", "2026-12-07", "--busy", file.path])
    #expect(!later.stdout.contains("Study time is short"), "\(later.stdout)")
  }

  @Test func whatIfComparesWithAndWithoutANewCommitment() throws {
    let folder = try BusyEverywhereTests.folderWithTrip()
    defer { try? FileManager.default.removeItem(at: folder) }
    let r = try CLIRunner.run(["what-if", "--profile", "Examples/step1-passed-ck-booked.yaml", "--today", "2026-11-25", "--busy", folder.appendingPathComponent("trip.ics").path, "--width", "200", "--all"])
    #expect(r.status == 0 || r.status == 3, "\(r.stderr)")
    #expect(r.stdout.contains("trip.ics says"), "\(r.stdout)")
    #expect(r.stdout.contains("US clinical rotation"), "the rotation moves past the trip: \(r.stdout)")
    let none = try CLIRunner.run(["what-if", "--profile", "Examples/step1-passed-ck-booked.yaml", "--today", "2026-11-25"])
    #expect(none.status != 0 && none.stderr.contains("--busy FILE"))
  }
}
