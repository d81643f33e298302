import PlannerPathway

/// The pack the tests plan with: the one the executable ships.
let bundledRules = RulesPack.literal
