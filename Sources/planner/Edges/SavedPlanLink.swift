import Foundation
import PlannerPathway

/// The saved plan is written through a symlink only to a file that is already a saved plan, or
/// to a new file in a folder the user owns: a link planted as `me.plan.json → ~/.bashrc` must not
/// make `record` replace that file with JSON (issue 26, point 5; the calendar's rule).
enum SavedPlanLink {
  static func check(_ path: String, force: Bool) throws {
    var info = stat()
    guard !force, lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return }
    let target: String
    do {
      target = try DurableFile.resolve(path)
    } catch {
      throw InputError(String(describing: error))
    }
    let refuse = { (why: String) in
      InputError("\(path) is a symlink to \(target), \(why); nothing was recorded. Remove the link (planner then writes its saved plan there), or pass --force to replace \(target)")
    }
    var final = stat()
    if stat(target, &final) == 0 {
      guard let text = try? Files.read(target, limit: Files.ownOutputLimit), (try? SavedPlan.decode(text, file: target)) != nil else {
        throw refuse("which is not a planner saved plan")
      }
    } else {
      let folder = (target as NSString).deletingLastPathComponent
      var owner = stat()
      guard stat(folder.isEmpty ? "." : folder, &owner) == 0, owner.st_uid == getuid() else {
        throw refuse("a new file in a folder that is not yours")
      }
    }
  }
}
