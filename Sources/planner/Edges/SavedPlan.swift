import Foundation
import PlannerCore
import PlannerPathway

/// The last saved plan beside the profile (`me.plan.json`, the plan's JSON), which `record`
/// and `diff` compare against. `SavedPlan.save` is the one call a command needs to keep it.
enum SavedPlan {
  static func save(_ result: PlanResult, profile: Profile, profilePath: String) throws {
    try DurableFile.write(PlanReport.json(result, profile: profile).rendered() + "\n", to: ReplanFiles(profile: profilePath).savedPlan)
  }

  /// The saved plan, or nil when there is none yet.
  static func load(profilePath: String) throws -> PlanSnapshot? {
    let path = ReplanFiles(profile: profilePath).savedPlan
    guard Files.exists(path) else { return nil }
    let text = try Files.read(path)
    guard let snapshot = decode(text) else {
      throw InputError("\(path): is not a saved plan (damaged?); delete it and the next `planner record` or `planner diff --save` writes it again")
    }
    return snapshot
  }

  static func decode(_ text: String) -> PlanSnapshot? {
    guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
      let year = object["matchYear"] as? Int, let today = (object["today"] as? String).flatMap(Day.init(iso:)),
      let feasible = object["feasible"] as? Bool, let slack = object["slackDays"] as? Int,
      let rows = object["tasks"] as? [[String: Any]]
    else { return nil }
    var tasks: [PlanSnapshot.Task] = []
    for row in rows {
      guard let id = row["id"] as? String, let name = row["name"] as? String,
        let start = (row["start"] as? String).flatMap(Day.init(iso:)), let finish = (row["finish"] as? String).flatMap(Day.init(iso:)),
        let status = row["status"] as? String
      else { return nil }
      // A done task carries no float (null); the diff never shows one for it.
      let float = row["totalFloat"] as? Int ?? 0
      tasks.append(PlanSnapshot.Task(id: id, name: name, start: start, finish: finish, totalFloat: float, status: status))
    }
    var misses: [String: Int] = [:]
    for miss in object["targetMisses"] as? [[String: Any]] ?? [] {
      if let id = miss["taskId"] as? String, let late = miss["daysLate"] as? Int { misses[id] = late }
    }
    return PlanSnapshot(matchYear: year, today: today, feasible: feasible, slack: slack, earliestFeasibleMatchYear: object["earliestFeasibleMatchYear"] as? Int, tasks: tasks, targetMisses: misses)
  }
}
