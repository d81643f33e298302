import Foundation
import PlannerCore
import PlannerICal
import PlannerPathway
import PlannerRules

/// The applicant's busy calendars (issue 23): the profile's `busy:` files (relative to the
/// profile's folder) and every `--busy FILE`, read once by `ApplicantLoader` through PlannerICal's
/// `BusyReader` over the plan's horizon, so every command that plans honours them. Read only:
/// nothing here writes a busy file.
enum BusyFiles {
  /// From today to the end of the last Match year the pack plans (residency starts by July),
  /// so a never-ending RRULE is expanded only that far.
  static func horizon(today: Day, rules: RulesPack) -> Day {
    max(today + 366, Day(year: rules.supportedYears.upperBound + 1, month: 1, day: 1) ?? today + 366)
  }

  static func read(profile: Profile, profileFile: String?, options: [String], today: Day, rules: RulesPack, files: any FileReading) throws -> [BusyCalendar] {
    let folder = profileFile.map { ($0 as NSString).deletingLastPathComponent } ?? ""
    var found: [(path: String, name: String, line: Int?)] = profile.busy.map { name in
      let path = name.hasPrefix("/") || folder.isEmpty ? name : folder + "/" + name
      return (path, name, profile.lines["busy:" + name])
    }
    found += options.map { ($0, $0, nil) }
    let end = horizon(today: today, rules: rules)
    return try found.map { file in
      guard files.exists(file.path) else {
        if let line = file.line, let profileFile {
          throw InputError(TerminalText.sanitize("\(profileFile):\(line): error: busy calendar '\(file.name)' not found (looked for \(file.path)); export it there, or fix the name under busy:", keepingNewlines: false))
        }
        throw InputError(TerminalText.sanitize("--busy \(file.name): no such file; give the path of an .ics file", keepingNewlines: false))
      }
      let text = try files.text(file.path)
      do {
        return try BusyReader.read(text, file: file.name, from: today, to: end, zone: profile.timezone)
      } catch {
        throw InputError(String(describing: error))
      }
    }
  }
}
