import ArgumentParser
import Foundation
import PlannerCore
import PlannerPathway
import PlannerRules

/// The options every planning command shares: whose plan, which year, which day is today.
struct InputOptions: ParsableArguments {
  @Option(name: .customLong("profile"), help: ArgumentHelp("The profile (YAML). Default: $PLANNER_PROFILE, else planner.yaml or the one profile in this folder or a folder above it (up to your home folder).", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
  var profileOption: String?

  @Flag(name: .long, help: "Plan planner's example applicant (a fresh graduate, nothing done yet, J-1 visa) instead of a profile.")
  var example = false

  /// The profile in use: --profile, else PLANNER_PROFILE, else the one found from this folder up
  /// (nil: none, or --example). Several profiles side by side are an error (`ProfileSearch`).
  var profile: String? {
    get throws { example ? nil : try ProfileLocation.find(profileOption)?.path }
  }

  // Unconditional: a value such as `-3d` is a date here, not an option.
  @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Plan as if today were this day: YYYY-MM-DD, yesterday, -2w… (default: the local date).", valueName: "date"), transform: DateArgument.parse)
  var today: DateArgument?

  @Option(name: .long, help: ArgumentHelp("Target Match year (default: the profile's, else the earliest feasible).", valueName: "year"))
  var match: Int?

  @OptionGroup var rulesOption: RulesOptions

  @Option(name: .long, help: ArgumentHelp("A busy calendar (.ics) to plan around: all-day events are days away, timed ones take their hours from study (repeatable; adds to the profile's busy:).", valueName: "file"), completion: .file(extensions: ["ics"]))
  var busy: [String] = []

  /// What a command works from, loaded once at the edge (`ApplicantLoader`).
  typealias Context = ApplicantLoader.Loaded

  /// The applicant these options name, each file read and parsed once.
  func load(savedPlan: ApplicantLoader.SavedPlanUse = .ifReadable, requireProfile command: String? = nil) throws -> Context {
    try ApplicantLoader().load(self, savedPlan: savedPlan, requireProfile: command)
  }

  /// The pack `--rules` or PLANNER_RULES names, else the bundled one; warns once when it is stale.
  /// For the commands that plan nothing (`history`); the others get it from `load()`.
  func loadRules(today: Day) throws -> RulesPack { try RulesFiles.load(rulesOption.file, today: today).pack }

  /// The profile's `timezone:` line, for the commands that plan nothing (`history`, `init`,
  /// `rules`): it decides which day is today (UTC without a profile).
  func profileZone() -> String {
    guard let path = try? profile, Files.exists(path), let bytes = try? Files.readBytes(path) else { return "UTC" }
    return ApplicantLoader.zone(bytes)
  }

  /// `--today` (a date, or today/yesterday/+3w… from the clock's date), else the date now in the
  /// profile's time zone. The planning commands get it from `load()`, which reads the profile once.
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

