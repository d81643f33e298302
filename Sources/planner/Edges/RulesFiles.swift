import PlannerPathway

/// Where the executable gets its rules pack. The libraries never reach for one: it is handed down.
enum RulesFiles {
  static func load() throws -> RulesPack {
    RulesPack.literal
  }
}
