import PlannerCore
import Yams

extension RulesPackDecoder {
  /// The order every cycle's dates must keep, as (earlier, later, what the later one must follow).
  /// Checked on the assembled cycle (recorded values and projections together), so a recorded
  /// Match Day before a projected ROL deadline is caught too.
  static let order: [(CycleRecord.Field?, CycleRecord.Field?, String)] = [
    (.erasOpens, .erasSubmissionOpens, "ERAS submission cannot open before the ERAS season"),
    (.erasSubmissionOpens, .erasProgramsReview, "programs cannot start reviewing before applicants may submit"),
    (.erasProgramsReview, .rankingOpens, "ranking cannot open before programs start reviewing applications"),
    (.nrmpStandardDeadline, .rankingOpens, "ranking cannot open before the NRMP standard registration deadline"),
    (.nrmpRegistrationOpens, .nrmpStandardDeadline, "the NRMP standard deadline cannot come before registration opens"),
    (.rankingOpens, .rolDeadline, "the ROL deadline cannot come before ranking opens"),
    (.erasProgramsReview, .rolDeadline, "the ROL deadline cannot come before programs start reviewing"),
    (.rolDeadline, .matchDay, "Match Day must come after its ROL deadline"),
    (.pathwaysOpens, .pathwaysDeadline, "the Pathways deadline cannot come before the Pathways open"),
    (.pathwaysDeadline, .pathwaysCloses, "a Pathways season closes after its Match deadline (the 2025 season: 2025-05-31)"),
    (.pathwaysOpens, .pathwaysCloses, "a Pathways season cannot close before it opens"),
    (.matchDay, nil, "residency cannot start before Match Day"),
    (.residencyCASOpens, .residencyCASSubmissionOpens, "ResidencyCAS submission cannot open before its season"),
    (.residencyCASSubmissionOpens, .residencyCASRelease, "applications cannot be released to programs before applicants may submit"),
    (.residencyCASRelease, .rankingOpens, "ranking cannot open before ResidencyCAS releases applications"),
  ]

  /// Problems only the whole cycle shows: dates out of order, or outside the cycle's span.
  mutating func checkCycles(_ pack: RulesPack) {
    for (year, fieldMarks) in marks.sorted(by: { $0.key < $1.key }) {
      guard let cycle = pack.cycle(year) else { continue }
      func value(_ field: CycleRecord.Field?) -> Day? {
        guard let field else { return cycle.residencyStart.value }
        return cycle.value(of: field)
      }
      for (earlier, later, rule) in Self.order {
        guard let a = value(earlier), let b = value(later), a >= b else { continue }
        // Point at the recorded value: the later one when recorded, else the earlier.
        let at = later.flatMap { fieldMarks[$0] } ?? earlier.flatMap { fieldMarks[$0] }
        guard let at else { continue }
        let name = { (f: CycleRecord.Field?) in
          f.map { "\($0.key) \(value($0)!)" + (fieldMarks[$0] == nil ? " (projected)" : "") } ?? "residency start \(cycle.residencyStart.value)"
        }
        reader.diagnostics.append(Diagnostic(file: reader.file, line: at.line, column: at.column, message: "cycles.\(year): \(name(later)) is not after \(name(earlier)): \(rule)"))
      }
      // A cycle's dates fall between two years before its Match and its July 1 (OET recency aside).
      let span = Day(year: year - 2, month: 1, day: 1)!...cycle.residencyStart.value
      for (field, mark) in fieldMarks.sorted(by: { ($0.value.line) < ($1.value.line) }) where field != .oetTakenOnOrAfter {
        guard let d = cycle.value(of: field), !span.contains(d) else { continue }
        reader.diagnostics.append(Diagnostic(file: reader.file, line: mark.line, column: mark.column, message: "cycles.\(year).\(field.key): \(d) is outside the \(year) Match cycle (\(span.lowerBound) to \(span.upperBound)); is it filed under the wrong year?"))
      }
      if let oet = fieldMarks[.oetTakenOnOrAfter], let d = cycle.oetTakenOnOrAfter?.value, d >= cycle.matchDay.value {
        reader.diagnostics.append(Diagnostic(file: reader.file, line: oet.line, column: oet.column, message: "cycles.\(year).oet_taken_on_or_after: \(d) is not before the \(year) Match Day"))
      }
    }
  }
}

extension CycleRules {
  /// The date a record field sets.
  func value(of field: CycleRecord.Field) -> Day? {
    switch field {
    case .erasOpens: return erasOpens.value
    case .erasSubmissionOpens: return erasSubmissionOpens.value
    case .erasProgramsReview: return erasProgramsReview.value
    case .nrmpRegistrationOpens: return nrmpRegistrationOpens.value
    case .nrmpStandardDeadline: return nrmpStandardDeadline.value
    case .rankingOpens: return rankingOpens.value
    case .rolDeadline: return rolDeadline.value
    case .matchDay: return matchDay.value
    case .pathwaysOpens: return pathwaysOpens?.value
    case .pathwaysDeadline: return pathwaysDeadline?.value
    case .pathwaysCloses: return pathwaysCloses?.value
    case .oetTakenOnOrAfter: return oetTakenOnOrAfter?.value
    case .residencyCASOpens: return residencyCASOpens.value
    case .residencyCASSubmissionOpens: return residencyCASSubmissionOpens.value
    case .residencyCASRelease: return residencyCASRelease.value
    }
  }
}
