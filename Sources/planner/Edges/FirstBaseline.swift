import PlannerPathway

/// The first `plan` of a profile that has no saved plan saves one, as `record` does (issue 25
/// §8): then months later `planner next` shows what was due and is not done, measured against
/// the plan the applicant was given. Nothing is written for the example applicant, a profile
/// that says `save_baseline: false` (the bundled examples), an experiment (`--match` other than
/// the profile's, or `--rules`), a folder planner cannot write to, or while a record holds the
/// journal's lock.
enum FirstBaseline {
  /// Saves the plan when it should; returns the line that says so, or nil.
  static func save(_ result: PlanResult, context: InputOptions.Context, input: InputOptions) -> String? {
    guard let location = context.location, context.profile.saveBaseline else { return nil }
    if let match = input.match, match != context.profile.match { return nil }
    if input.rulesOption.file != nil { return nil }
    let files = ReplanFiles(profile: location.path)
    guard !Files.exists(files.savedPlan), let lock = try? JournalLock.acquire(files) else { return nil }
    defer { withExtendedLifetime(lock) {} }
    // Under the lock: a record that ran meanwhile has saved its own plan.
    guard !Files.exists(files.savedPlan) else { return nil }
    do {
      try DurableFile.write(SavedPlan(result, journal: context.applicant.journal.tag).encoded(), to: files.savedPlan)
    } catch {
      return nil
    }
    return "Saved this plan as your baseline in \(files.savedPlan): `planner next` shows what falls overdue against it, `planner diff` what moved."
  }
}
