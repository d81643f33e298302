import Foundation
import PlannerCore
import PlannerPathway
import PlannerRules

/// How the loader reaches the disk: `DiskFiles`, or a test's counting reader
/// (`ApplicantLoaderTests`).
protocol FileReading {
  /// At most `limit` bytes, else an error (`Files.readBytes`).
  func bytes(_ path: String, limit: Int) throws -> [UInt8]
  func exists(_ path: String) -> Bool
}

extension FileReading {
  /// An input file's bytes, within `InputLimit`.
  func bytes(_ path: String) throws -> [UInt8] { try bytes(path, limit: InputLimit.bytes) }

  /// The file's text, for the journal, the saved plan and the rules pack.
  func text(_ path: String, limit: Int = InputLimit.bytes) throws -> String { try Files.text(bytes(path, limit: limit), path) }
}

/// The files themselves.
struct DiskFiles: FileReading {
  func bytes(_ path: String, limit: Int) throws -> [UInt8] { try Files.readBytes(path, limit: limit) }
  func exists(_ path: String) -> Bool { Files.exists(path) }
}

/// The one place the executable assembles an applicant (issue 20, "One applicant, loaded once"):
/// the profile, the journal and the saved plan beside it, and the rules pack, each read and parsed
/// once per run (`ApplicantLoaderTests`); today from `--today` or the clock in the profile's time
/// zone. Every command that plans loads through it; `cohort` builds the same `Applicant` from the
/// files `CohortFiles` read.
struct ApplicantLoader {
  /// What the saved plan's absence or damage means to the command.
  enum SavedPlanUse {
    /// Planning commands: a saved plan that cannot be read counts as none.
    case ifReadable
    /// Recording commands: an unreadable saved plan is an error (they rewrite it).
    case required
  }

  var files: any FileReading = DiskFiles()

  /// What a command works from: the applicant, and how its profile was found.
  struct Loaded {
    var applicant: Applicant
    /// Where the profile came from, for the header: "Profile: me.yaml (from PLANNER_PROFILE)".
    var location: ProfileLocation?
    var isDefaultProfile: Bool { location == nil }
    /// `--example`: the example applicant was asked for, not planned for want of a profile.
    var askedForExample = false
    /// The line under the title: where the profile came from, or why there is none.
    var profileLine: String { location?.line ?? ApplicantLoader.exampleNotice(asked: askedForExample) }
    var loadedRules: LoadedRules

    var profile: Profile { applicant.profile }
    var today: Day { applicant.today }
    var rules: RulesPack { applicant.rules }
    var baseline: PlanSnapshot? { applicant.baseline }
    var fileLabel: String { applicant.inputs.profileFile }
    /// The requested Match year: `--match`, else the profile's (nil: the earliest feasible).
    var matchYear: Int? { applicant.requestedYear }
  }

  /// Loads the applicant `input` names. Without a profile file: a fresh graduate (the default
  /// applicant), unless `requireProfile` names the command that needs one.
  func load(_ input: InputOptions, savedPlan: SavedPlanUse = .ifReadable, requireProfile command: String? = nil) throws -> Loaded {
    if input.example && input.profileOption != nil {
      throw UsageError("--example plans planner's example applicant instead of a profile: leave out --profile \(ShellWord.quoted(input.profileOption!))")
    }
    let location = input.example ? nil : try ProfileLocation.find(input.profileOption)
    if let command, location == nil {
      _ = try ReplanFiles.require(nil, for: command)
    }
    // Read once: the time zone that decides today is read from the same bytes that are parsed.
    let bytes: [UInt8]?
    if let location {
      if !files.exists(location.path) { throw InputError(ReplanFiles.noProfile(location.path)) }
      bytes = try files.bytes(location.path)
    } else {
      bytes = nil
    }
    let today = try input.resolveToday(zone: bytes.map(Self.zone) ?? "UTC")
    let loadedRules = try RulesFiles.load(input.rulesOption.file, today: today, files: files)
    let rules = loadedRules.pack
    if let match = input.match, !rules.supportedYears.contains(match) {
      throw UsageError("--match \(match): outside the Match years planner knows (\(rules.supportedYearsText))")
    }
    guard let location, let bytes else {
      var fresh = Profile()
      fresh.name = Self.exampleName
      fresh.busyCalendars = try BusyFiles.read(profile: fresh, profileFile: nil, options: input.busy, today: today, rules: rules, files: files)
      let inputs = ReplanState(
        profile: fresh, profileFile: "(example applicant)", journalText: "", journalFile: "", savedPlanText: nil, savedPlanFile: "",
        today: today, matchYear: input.match, rules: rules)
      return Loaded(applicant: try Applicant(inputs), location: nil, askedForExample: input.example, loadedRules: loadedRules)
    }
    let path = location.path
    let beside = ReplanFiles(profile: path)
    var raw = try ProfileCheck.read(bytes: bytes, path, today: today, rules: rules, matchYear: input.match)
    raw.busyCalendars = try BusyFiles.read(profile: raw, profileFile: path, options: input.busy, today: today, rules: rules, files: files)
    let journalText = files.exists(beside.journal) ? try files.text(beside.journal) : ""
    var savedPlanText: String?
    if files.exists(beside.savedPlan) {
      switch savedPlan {
      case .ifReadable: savedPlanText = try? files.text(beside.savedPlan, limit: Files.ownOutputLimit)
      case .required: savedPlanText = try files.text(beside.savedPlan, limit: Files.ownOutputLimit)
      }
    }
    let inputs = ReplanState(
      profile: raw, profileFile: path, journalText: journalText, journalFile: beside.journal, savedPlanText: savedPlanText,
      savedPlanFile: beside.savedPlan, today: today, matchYear: input.match, rules: rules)
    return Loaded(applicant: try Applicant(inputs), location: location, loadedRules: loadedRules)
  }

  /// The name the example applicant is planned under: the first line of every output says whose
  /// plan it is, so this one never passes for the reader's own (issue 25, point 3).
  static let exampleName = "planner's example applicant (a fresh graduate)"

  /// The line under the title when there is no profile: why, and how to make one.
  static func exampleNotice(asked: Bool) -> String {
    if asked { return "Example (--example): a fresh graduate with nothing done yet, on a J-1 visa; not anyone's real plan." }
    return "No profile found in this folder or above it, so this is planner's example applicant, not you. To plan yours: planner init me.yaml, edit it, then run this again."
  }

  /// The profile's `timezone:` line (UTC when it has none; an unknown zone is reported later,
  /// with its line, by the profile check).
  static func zone(_ bytes: [UInt8]) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("timezone:") {
      let value = line.dropFirst("timezone:".count).split(separator: "#").first ?? ""
      return value.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
    }
    return "UTC"
  }
}
