public import PlannerCore
public import PlannerPathway
import PlannerRules

/// `planner programs`: every program of a file checked against one plan, with the summary line,
/// as text, CSV or JSON. Pure.
public struct ProgramsReport: Sendable {
  public var checks: [ProgramCheck]
  public var profileName: String
  public var matchYear: Int
  public var today: Day
  public var file: String

  public init(programs: [Program], profile: Profile, plan: PlanResult, file: String) {
    checks = programs.map { ProgramCheck($0, profile: profile, plan: plan) }
    profileName = profile.name
    matchYear = plan.matchYear
    today = plan.today
    self.file = file
  }

  public var met: Int { checks.count { $0.status == .meets } }
}
