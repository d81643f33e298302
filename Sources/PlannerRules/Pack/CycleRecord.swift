import PlannerCore

/// One published (or remembered) value for one cycle, overriding the projection.
struct CycleRecord: Hashable, Sendable {
  enum Field: String, Hashable, Sendable, CaseIterable {
    case erasOpens, erasSubmissionOpens, erasProgramsReview
    case nrmpRegistrationOpens, nrmpStandardDeadline, rankingOpens, rolDeadline, matchDay
    case pathwaysOpens, pathwaysDeadline, pathwaysCloses, oetTakenOnOrAfter
    case residencyCASOpens, residencyCASSubmissionOpens, residencyCASRelease
  }

  var matchYear: Int
  var field: Field
  var value: Sourced<Day>

  init(_ matchYear: Int, _ field: Field, _ value: Sourced<Day>) {
    self.matchYear = matchYear
    self.field = field
    self.value = value
  }

  init(_ matchYear: Int, _ field: Field, _ iso: String, _ confidence: Confidence, _ source: String, note: String = "") {
    self.matchYear = matchYear
    self.field = field
    self.value = Sourced(iso: iso, confidence, source, note: note)
  }

  func apply(to rules: inout CycleRules) {
    switch field {
    case .erasOpens: rules.erasOpens = value
    case .erasSubmissionOpens: rules.erasSubmissionOpens = value
    case .erasProgramsReview: rules.erasProgramsReview = value
    case .nrmpRegistrationOpens: rules.nrmpRegistrationOpens = value
    case .nrmpStandardDeadline: rules.nrmpStandardDeadline = value
    case .rankingOpens: rules.rankingOpens = value
    case .rolDeadline: rules.rolDeadline = value
    case .matchDay:
      rules.matchDay = value
      // Match Week always starts on the Monday of Match Day's week.
      rules.matchWeekStarts = Sourced(value.value - 4, value.confidence, value.source, note: "the Monday of Match Week")
    case .pathwaysOpens: rules.pathwaysOpens = value
    case .pathwaysDeadline: rules.pathwaysDeadline = value
    case .pathwaysCloses: rules.pathwaysCloses = value
    case .oetTakenOnOrAfter: rules.oetTakenOnOrAfter = value
    case .residencyCASOpens: rules.residencyCASOpens = value
    case .residencyCASSubmissionOpens: rules.residencyCASSubmissionOpens = value
    case .residencyCASRelease: rules.residencyCASRelease = value
    }
  }
}
