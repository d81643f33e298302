import ArgumentParser
import Foundation
import PlannerCohort
import PlannerCore
import PlannerPathway

/// What the cost ledger needs beyond the plan (`planner cost`; `plan --format json`, `report`,
/// `what-if` and `risk` use the same resolution with no options): programs and ranks from the
/// options, else the programs file beside the profile (me.yaml → me.csv, as `cohort` reads
/// it), else `CostOptions.standard` (issue 22, point 2).
struct CostInputs: ParsableArguments {
  @Option(help: ArgumentHelp("Programs applied to: a number (the profile's specialty), or per specialty: IM=60,FM=20.", valueName: "n|SPEC=n,…"))
  var programs: String?

  @Option(help: ArgumentHelp("Programs on the Rank Order List (NRMP includes 20; each one more is charged).", valueName: "n"))
  var ranks: Int?

  @OptionGroup var region: CostRegion

  var inUS: Bool { region.inUS }

  func validate() throws {
    if let ranks, !(0...300).contains(ranks) { throw ValidationError("--ranks must be between 0 and 300 (NRMP's most), got \(ranks)") }
    if let programs { _ = try Self.parsePrograms(programs, specialty: nil) }
  }

  /// `60` or `IM=60,FM=20`; a bad part is a usage error naming it.
  static func parsePrograms(_ text: String, specialty: String?) throws -> [CostOptions.Programs] {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    if parts.count == 1, let n = Int(parts[0]) {
      guard (0...1_000).contains(n) else { throw ValidationError("--programs: \(n) is not a number of programs from 0 to 1000") }
      return [CostOptions.Programs(specialty.flatMap { $0.isEmpty ? nil : $0 } ?? CostOptions.standardSpecialty, n)]
    }
    var out: [CostOptions.Programs] = []
    for part in parts {
      let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard pair.count == 2, !pair[0].isEmpty, let n = Int(pair[1]), (0...1_000).contains(n) else {
        throw ValidationError("--programs: '\(TerminalText.sanitize(part))' is not SPECIALTY=N (e.g. IM=60,FM=20) with N from 0 to 1000")
      }
      let name = CostOptions.abbreviations[pair[0].lowercased()] ?? pair[0]
      if let i = out.firstIndex(where: { $0.specialty.lowercased() == name.lowercased() }) { out[i].count += n } else { out.append(.init(name, n)) }
    }
    return out
  }

  /// Programs and ranks from the options, else the programs file beside the profile, else the
  /// default. A programs file that cannot be read is an error here (`planner cost`); with
  /// `fallBack` (the views that take no cost options) the default is used and the ledger's basis
  /// names the file and why, so no view defaults silently.
  func options(_ context: InputOptions.Context, fallBack: Bool = false) throws -> CostOptions {
    let profile = context.profile
    let ranksOrStandard = ranks ?? CostOptions.standardRanks
    if let programs {
      return CostOptions(programs: try Self.parsePrograms(programs, specialty: profile.specialty), ranks: ranksOrStandard, basis: .options, abroad: !inUS)
    }
    if let location = context.location {
      let journal = ReplanFiles(profile: location.path).journal
      let file = String(journal.dropLast(".journal".count)) + ".csv"
      if Files.exists(file) {
        let list: [Program]
        do {
          list = try ProgramsParser.parse(try Files.read(file), file: file)
        } catch {
          let reason = (error as? ProgramsError)?.lines.first ?? "\(error)"
          guard fallBack else { throw (error as? ProgramsError).map { InputError($0.description) } ?? error }
          var options = CostOptions.standard(for: profile, abroad: !inUS)
          options.basis = .unreadableProgramsFile(file, reason: reason)
          if let ranks { options.ranks = ranks }
          return options
        }
        return CostOptions.programsFile(file, specialties: list.map(\.specialty), profile: profile, ranks: ranks, abroad: !inUS)
      }
    }
    var options = CostOptions.standard(for: profile, abroad: !inUS)
    if let ranks {
      options.ranks = ranks
      options.basis = .options
    }
    return options
  }

  /// The ledger the views that take no program counts show (`plan --format json`, `report`,
  /// `what-if`, `risk`): the programs file beside the profile, else the default; a programs file
  /// that cannot be read falls back to the default and says so in the ledger's basis.
  static func ledger(_ plan: PlanResult, context: InputOptions.Context, region: CostRegion) -> CostLedger {
    CostLedger(plan, profile: context.profile, options: standardOptions(context, region: region))
  }

  /// The counts with no program options given, for `region`.
  static func standardOptions(_ context: InputOptions.Context, region: CostRegion) -> CostOptions {
    let inputs = try? CostInputs.parse(region.inUS ? ["--in-us"] : [])
    return (try? inputs?.options(context, fallBack: true)) ?? CostOptions.standard(for: context.profile, abroad: region.abroad)
  }
}
