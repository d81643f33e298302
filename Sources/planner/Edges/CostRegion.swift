import ArgumentParser

/// Where the applicant tests, for every view that shows costs (`cost`, `plan --format json`,
/// `report`, `risk`, `what-if`, `cohort`; issue 22, point 5): the international surcharge
/// (FEES.md row 6) and the H-1B payment for a physician abroad (row 29) depend on it.
struct CostRegion: ParsableArguments {
  @Flag(name: .customLong("in-us"), help: "For the costs: you test in the US (no international surcharge; no H-1B payment for a physician abroad).")
  var inUS = false

  var abroad: Bool { !inUS }
}
