import Foundation
import PlannerTestSupport
import Testing

@testable import planner

/// Issue 25, point 3: after `planner init me.yaml`, commands in that folder (or below it) use it;
/// the example applicant is planned only when asked or when there truly is no profile, and then
/// the first lines say so; several profiles are a choice the user makes.
struct ProfileDiscoveryTests {
  let today = ["--today", "2026-11-25"]
  static let fresh = CLIRunner.packageRoot.appendingPathComponent("Examples/fresh-graduate.yaml")
  static let h1b = CLIRunner.packageRoot.appendingPathComponent("Examples/h1b-track.yaml")

  /// A home folder of its own, so the search stops there.
  func home() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planner-home-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  func copy(_ example: URL, to folder: URL, as name: String) throws {
    try FileManager.default.copyItem(at: example, to: folder.appendingPathComponent(name))
  }

  @Test func afterInitTheFolderCommandsUseTheNewProfile() throws {
    let home = try home()
    defer { try? FileManager.default.removeItem(at: home) }
    let env = ["HOME": home.path]
    let initialised = try CLIRunner.run(["init", "me.yaml"], environment: env, in: home)
    #expect(initialised.status == 0)
    #expect(initialised.stderr.contains("Wrote me.yaml. Edit it, then run: planner plan\n"))
    let next = try CLIRunner.run(["next"] + today, environment: env, in: home)
    #expect(next.status == 0)
    #expect(next.stdout.contains("Profile: me.yaml (found in this folder)"))
    #expect(next.stdout.split(separator: "\n")[0].contains("Dr. A. Example"))
    #expect(!next.stdout.contains("example applicant"))
    // What it tells the user to paste works from here, without --profile.
    #expect(next.stdout.contains("planner record step1.prep done"))
    #expect(!next.stdout.contains("--profile"))
    let record = try CLIRunner.run(["record", "ecfmg.account", "done", "--date", "2026-11-20"] + today, environment: env, in: home)
    #expect(record.status == 0, "\(record.stderr)")
    #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("me.journal").path))
  }

  @Test func aProfileInAFolderAboveIsFoundUpToHome() throws {
    let home = try home()
    defer { try? FileManager.default.removeItem(at: home) }
    let road = home.appendingPathComponent("road")
    let below = road.appendingPathComponent("notes/2027")
    try FileManager.default.createDirectory(at: below, withIntermediateDirectories: true)
    try copy(Self.h1b, to: road, as: "lucia.yaml")
    let r = try CLIRunner.run(["check", "--width", "1000"] + today, environment: ["HOME": home.path], in: below)
    #expect(r.status == 0)
    #expect(r.stdout.contains("Profile: \(road.standardizedFileURL.path)/lucia.yaml (found in a folder above this one)"))
    #expect(r.stdout.contains("Dr. Lucía Fernández"))
  }

  @Test func theSearchStaysInThisFolderOutsideHome() throws {
    let outside = try home()
    let inner = outside.appendingPathComponent("inner")
    try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: outside) }
    try copy(Self.h1b, to: outside, as: "lucia.yaml")
    let elsewhere = try home()
    defer { try? FileManager.default.removeItem(at: elsewhere) }
    let r = try CLIRunner.run(["plan"] + today, environment: ["HOME": elsewhere.path], in: inner)
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines[0].contains("for planner's example applicant (a fresh graduate)"))
    #expect(lines[1].hasPrefix("No profile found in this folder or above it, so this is planner's example applicant, not you."))
  }

  @Test func severalProfilesAreAChoiceNotAGuess() throws {
    let home = try home()
    defer { try? FileManager.default.removeItem(at: home) }
    try copy(Self.fresh, to: home, as: "amara.yaml")
    try copy(Self.h1b, to: home, as: "lucia.yml")
    let r = try CLIRunner.run(["next"] + today, environment: ["HOME": home.path], in: home)
    #expect(r.status == 64)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr == "planner: this folder holds several profiles (amara.yaml, lucia.yml): choose one with --profile FILE, or set PLANNER_PROFILE, or name one planner.yaml\n")
    // planner.yaml settles it, as the message says.
    try FileManager.default.moveItem(at: home.appendingPathComponent("lucia.yml"), to: home.appendingPathComponent("planner.yaml"))
    let settled = try CLIRunner.run(["next"] + today, environment: ["HOME": home.path], in: home)
    #expect(settled.status == 0)
    #expect(settled.stdout.contains("Profile: planner.yaml (found in this folder)"))
  }

  @Test func otherYAMLFilesAreNotProfiles() throws {
    let home = try home()
    defer { try? FileManager.default.removeItem(at: home) }
    try "services:\n  web:\n    image: nginx\n".write(to: home.appendingPathComponent("docker-compose.yml"), atomically: true, encoding: .utf8)
    try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Rules/rules.yaml"), to: home.appendingPathComponent("rules.yaml"))
    try "name: only a name\n".write(to: home.appendingPathComponent("notes.yaml"), atomically: true, encoding: .utf8)
    try copy(Self.fresh, to: home, as: "amara.yaml")
    #expect(ProfileSearch.profiles(in: home.path) == [home.appendingPathComponent("amara.yaml").path])
    let r = try CLIRunner.run(["next"] + today, environment: ["HOME": home.path], in: home)
    #expect(r.stdout.contains("Profile: amara.yaml (found in this folder)"))
  }

  @Test func theExampleIsPlannedWhenAskedForAndSaysSo() throws {
    let home = try home()
    defer { try? FileManager.default.removeItem(at: home) }
    try copy(Self.h1b, to: home, as: "lucia.yaml")
    let r = try CLIRunner.run(["plan", "--example"] + today, environment: ["HOME": home.path], in: home)
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines[0].contains("for planner's example applicant (a fresh graduate)"))
    #expect(lines[1].hasPrefix("Example (--example): a fresh graduate with nothing done yet, on a J-1 visa"))
    let both = try CLIRunner.run(["plan", "--example", "--profile", "lucia.yaml"] + today, environment: ["HOME": home.path], in: home)
    #expect(both.status == 64)
    #expect(both.stderr.contains("--example plans planner's example applicant instead of a profile: leave out --profile lucia.yaml"))
  }

  @Test func aProfileCutAtTheReadLimitIsJudgedByItsWholeLines() throws {
    let home = try home()
    defer { try? FileManager.default.removeItem(at: home) }
    var text = try String(contentsOf: Self.fresh, encoding: .utf8) + "tasks:\n"
    var index = 0
    while text.utf8.count < 70_000 {
      text += "  - {id: own.t\(index), days: 1}\n"
      index += 1
    }
    try text.write(to: home.appendingPathComponent("big.yaml"), atomically: true, encoding: .utf8)
    #expect(ProfileSearch.looksLikeProfile(home.appendingPathComponent("big.yaml").path))
  }
}
