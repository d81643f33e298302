import ArgumentParser
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

  @OptionGroup var counts: CostInputs

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text, json or csv.")
  var format: Format = .text

  @OptionGroup var layout: OutputOptions

  func run() throws {
    let (context, result, options) = try reportingInputErrors { () throws -> (InputOptions.Context, PlanResult, CostOptions) in
      let context = try input.load()
      let result = try context.applicant.plan()
      return (context, result, try counts.options(context))
    }
    let ledger = CostLedger(result, profile: context.profile, options: options)
    layout.page()
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
      let profileLine = context.profileLine
      let title = "What it costs: \(context.profile.name) · Match \(result.matchYear) · today \(result.today)\n\(profileLine)"
      Console.out(CostText.render(ledger, rules: result.rules, title: title, width: layout.columns))
    }
  }
}
