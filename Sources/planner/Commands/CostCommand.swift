import ArgumentParser
import Foundation
import PlannerCohort
import PlannerCore
import PlannerPathway
import PlannerRender
import PlannerRules

struct CostCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cost",
    abstract: "What the road costs: each fee on the plan's date, with its source; totals, cash flow by month, branches.",
    discussion: """
      Programs and ranks: --programs and --ranks, else the programs file beside the profile \
      (me.yaml → me.csv, one row per program, counted per specialty), else \(CostOptions.standardPrograms) programs in \
      the profile's specialty and \(CostOptions.standardRanks) ranks (the ranks NRMP registration includes). Amounts stay \
      in their currency (OET is in AUD); "verify" marks an amount its source states for an earlier \
      year. Fees come from the rules pack's `fees` section (planner rules).
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

  @Option(help: ArgumentHelp("Programs applied to: a number (the profile's specialty), or per specialty: IM=60,FM=20.", valueName: "n|SPEC=n,…"))
  var programs: String?

  @Option(help: ArgumentHelp("Programs on the Rank Order List (NRMP includes 20; each one more is charged).", valueName: "n"))
  var ranks: Int?

  @Flag(name: .customLong("in-us"), help: "You test in the US (no international surcharge; no H-1B payment for a physician abroad).")
  var inUS = false

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text, json or csv.")
  var format: Format = .text

  @Option(help: "Width in columns for the text (default: the terminal's, else COLUMNS, else 80).")
  var width: Int?

  func validate() throws {
    if let ranks, !(0...300).contains(ranks) { throw ValidationError("--ranks must be between 0 and 300 (NRMP's most), got \(ranks)") }
    if let width, !(40...1000).contains(width) { throw ValidationError("--width must be between 40 and 1000 columns, got \(width)") }
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

  func run() throws {
    let (context, result, options) = try reportingInputErrors { () throws -> (InputOptions.Context, PlanResult, CostOptions) in
      let context = try input.load()
      let result = try context.applicant.plan()
      return (context, result, try costOptions(context))
    }
    let ledger = CostLedger(result, profile: context.profile, options: options)
    switch format {
    case .json:
      let document: JSONValue = .object([
        ("schemaVersion", .int(1)), ("name", .string(context.profile.name)), ("profile", context.location.map { .string($0.path) } ?? .null),
        ("costs", CostJSON.ledger(ledger, rules: result.rules)),
      ])
      Console.out(document.rendered() + "\n")
    case .csv:
      Console.outVerbatim(CostCSV.render(ledger, rules: result.rules))
    case .text:
      let profileLine = context.location?.line ?? PlanCommand.defaultNotice
      let title = "What it costs: \(context.profile.name) · Match \(result.matchYear) · today \(result.today)\n\(profileLine)"
      Console.out(CostText.render(ledger, rules: result.rules, title: title, width: width ?? Console.width))
    }
  }

  /// Programs and ranks from the options, else the programs file beside the profile, else the default.
  func costOptions(_ context: InputOptions.Context) throws -> CostOptions {
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
        } catch let error as ProgramsError {
          throw InputError(error.description)
        }
        var counts: [CostOptions.Programs] = []
        for program in list {
          let raw = program.specialty.isEmpty ? (profile.specialty ?? CostOptions.standardSpecialty) : program.specialty
          let name = CostOptions.abbreviations[raw.lowercased()] ?? raw
          if let i = counts.firstIndex(where: { $0.specialty.lowercased() == name.lowercased() }) { counts[i].count += 1 } else { counts.append(.init(name, 1)) }
        }
        return CostOptions(programs: counts, ranks: ranks ?? min(CostOptions.standardRanks, list.count), basis: .programsFile(file), abroad: !inUS)
      }
    }
    var options = CostOptions.standard(for: profile, abroad: !inUS)
    if let ranks {
      options.ranks = ranks
      options.basis = .options
    }
    return options
  }
}
