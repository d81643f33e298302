import Foundation
import PlannerPathway

/// The files kept beside a profile: `me.yaml` → `me.journal` (what was recorded),
/// `me.journal.lock` (held while recording) and `me.plan.json` (the last saved plan).
struct ReplanFiles {
  var profile: String
  var journal: String
  var lock: String
  var savedPlan: String

  init(profile: String) {
    self.profile = profile
    var base = profile
    for ext in [".yaml", ".yml"] where base.hasSuffix(ext) && base.count > ext.count {
      base = String(base.dropLast(ext.count))
      break
    }
    journal = base + ".journal"
    lock = base + ".journal.lock"
    savedPlan = base + ".plan.json"
  }

  /// `record`, `book`, `reschedule`, `undo` and `history` keep their state beside the profile.
  static func require(_ profile: String?, for command: String) throws -> ReplanFiles {
    guard let profile else {
      throw UsageError("`planner \(command)` needs --profile FILE: what you record is kept in a journal beside your profile (me.yaml → me.journal), and your profile itself is never rewritten")
    }
    guard Files.exists(profile) else { throw InputError(noProfile(profile)) }
    return ReplanFiles(profile: profile)
  }

  /// A profile named but absent: the next step is to make one (issue 25, point 6).
  /// When its folder is missing too, the path is more likely mistyped: only that is said.
  static func noProfile(_ path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    guard folder.isEmpty || Files.exists(folder) else { return "\(path): no such file" }
    return "\(path): no such file; to start a profile there: planner init \(ShellWord.quoted(path))"
  }
}
