import ArgumentParser
import Foundation
import PlannerCore
import PlannerPathway
import PlannerRules

/// The options every planning command shares: whose plan, which year, which day is today.
struct InputOptions: ParsableArguments {
  @Option(name: .customLong("profile"), help: ArgumentHelp("The profile (YAML). Default: $PLANNER_PROFILE, else planner.yaml in this folder, else a fresh graduate, nothing done, J-1 visa.", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
  var profileOption: String?

  /// The profile in use: --profile, else PLANNER_PROFILE, else planner.yaml here (nil: none).
  var profile: String? { ProfileLocation.find(profileOption)?.path }

  // Unconditional: a value such as `-3d` is a date here, not an option.
  @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Plan as if today were this day: YYYY-MM-DD, yesterday, -2w… (default: the local date).", valueName: "date"), transform: DateArgument.parse)
  var today: DateArgument?

  @Option(name: .long, help: ArgumentHelp("Target Match year (default: the profile's, else the earliest feasible).", valueName: "year"))
  var match: Int?

  @OptionGroup var rulesOption: RulesOptions

  /// What a command works from, resolved once at the edge.
  struct Context {
    var profile: Profile
    var fileLabel: String
    var isDefaultProfile: Bool
    /// Where the profile came from, for the header: "Profile: me.yaml (from PLANNER_PROFILE)".
    var location: ProfileLocation?
    /// The last saved plan (me.plan.json), whose passed starts are overdue work.
    var baseline: PlanSnapshot? = nil
    var today: Day
    var matchYear: Int?
    /// The rules pack every step plans with.
    var rules: RulesPack
  }

  /// - Parameter withBaseline: also read the last saved plan (for `planner next`'s overdue work).
  func resolve(withBaseline: Bool = false) throws -> Context {
    let day = try resolveToday(zone: profileZone())
    let loaded = try RulesFiles.load(rulesOption.file, today: day)
    let rules = loaded.pack
    if let match, !rules.supportedYears.contains(match) {
      throw UsageError("--match \(match): outside the Match years planner knows (\(rules.supportedYearsText))")
    }
    guard let path = profile else {
      var fresh = Profile()
      fresh.name = "a fresh graduate (default profile)"
      return Context(profile: fresh, fileLabel: "(default profile)", isDefaultProfile: true, location: nil, today: day, matchYear: match, rules: rules)
    }
    // What `planner record` kept in the journal beside the profile (me.journal) is merged in.
    // Planning never looks at the saved plan: a damaged or unreadable one cannot stop it. Only
    // `planner next` asks for it, to date overdue work, and does without it when it cannot be read.
    let state = try replanState(today: day, rules: rules, savedPlan: false)
    let journal = try state.journal()
    let merged = try state.merged(journal)
    var baseline: PlanSnapshot?
    if withBaseline, let withSaved = try? replanState(today: day, rules: rules, savedPlan: true), withSaved.savedPlanText != nil {
      baseline = (try? Replanner.baseline(withSaved, journal: journal))?.snapshot
    }
    return Context(profile: merged, fileLabel: path, isDefaultProfile: false, location: ProfileLocation.find(profileOption), baseline: baseline, today: day, matchYear: match ?? merged.match, rules: rules)
  }

  /// The profile as written and the files kept beside it, read once at the edge.
  /// The pack `--rules` or PLANNER_RULES names, else the bundled one; warns once when it is stale.
  func loadRules(today: Day) throws -> RulesPack { try RulesFiles.load(rulesOption.file, today: today).pack }

  /// The same pack without the staleness warning, for a second look within one command.
  func readRules() throws -> RulesPack { try RulesFiles.read(rulesOption.file).pack }

  func replanState(today day: Day, rules: RulesPack, savedPlan: Bool = true) throws -> ReplanState {
    guard let path = profile else { throw UsageError("--profile FILE is required") }
    let files = ReplanFiles(profile: path)
    let raw = try ProfileCheck.read(path, today: day, rules: rules, matchYear: match)
    return ReplanState(
      profile: raw, profileFile: path, journalText: try JournalFiles.text(files), journalFile: files.journal,
      savedPlanText: savedPlan && Files.exists(files.savedPlan) ? try Files.read(files.savedPlan) : nil, savedPlanFile: files.savedPlan,
      today: day, matchYear: match, rules: rules)
  }

  /// The profile's `timezone:` line, read before anything else because it decides which day is
  /// today (UTC without a profile; an unknown zone is reported later, with its line).
  func profileZone() -> String {
    guard let path = profile, Files.exists(path), let text = try? Files.read(path) else { return "UTC" }
    for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("timezone:") {
      let value = line.dropFirst("timezone:".count).split(separator: "#").first ?? ""
      return value.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
    }
    return "UTC"
  }

  /// `--today` (a date, or today/yesterday/+3w… from the clock's date), else the date now in the
  /// profile's time zone.
  func resolveToday() throws -> Day {
    try resolveToday(zone: profileZone())
  }

  func resolveToday(zone: String) throws -> Day {
    let clock = LocalDay.day(at: Date(), zone: zone) ?? LocalDay.day(at: Date(), zone: "UTC")
    if let today {
      if let day = today.fixedDay { return day }
      guard let clock else { throw InputError("--today: cannot read today's date from the system clock to resolve '\(today)'") }
      return try today.day(today: clock, option: "--today")
    }
    guard let clock else {
      throw InputError("cannot read today's date from the system clock; pass --today YYYY-MM-DD")
    }
    return clock
  }
}

