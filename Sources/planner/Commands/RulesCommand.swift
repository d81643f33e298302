import ArgumentParser
import PlannerCore
import PlannerPathway
import PlannerRender
import PlannerRules

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "Print a Match cycle's rules pack: every date and rule with its source; or check a pack file.",
    discussion: """
      planner rules --match 2028                 a cycle's dates and rules, with sources
      planner rules --format yaml > rules.yaml   the whole pack, to edit (byte for byte the file in use)
      planner rules --check rules.yaml           validate an edited pack (exit 2 on any problem)
      planner plan --rules rules.yaml            plan with it (or set PLANNER_RULES=rules.yaml)
      """
  )

  @Option(help: "The Match year (default: the first cycle still open today).")
  var match: Int?

  @Option(parsing: .unconditional, help: ArgumentHelp("Plan as if today were this day: YYYY-MM-DD, yesterday, -2w…", valueName: "date"))
  var today: String?

  @Option(help: "text, json, or yaml (the pack file itself)")
  var format: RulesFormat = .text

  @Option(help: ArgumentHelp("Check a rules pack file: one FILE:LINE:COL: error line per problem.", valueName: "file"))
  var check: String?

  @OptionGroup var rulesOption: RulesOptions

  @OptionGroup var layout: OutputOptions

  enum RulesFormat: String, ExpressibleByArgument, CaseIterable { case text, json, yaml }

  func validate() throws {
    if check != nil && (match != nil || format != .text || rulesOption.file != nil) {
      throw ValidationError("--check FILE goes alone (it validates FILE and prints nothing else)")
    }
  }

  func run() throws {
    if let check { return try checkPack(check) }
    let (cycle, loaded, day) = try reportingInputErrors { () throws -> (CycleRules, LoadedRules, Day) in
      let options = try InputOptions.parse(today.map { ["--today", $0] } ?? [])
      let day = try options.resolveToday()
      let loaded = try RulesFiles.load(rulesOption.file, today: day)
      let rules = loaded.pack
      let year = match ?? PathwayPlanner.firstOpenYear(rules, today: day) ?? rules.supportedYears.upperBound
      guard let cycle = rules.cycle(year) else {
        throw UsageError("--match \(year): outside the Match years planner knows (\(rules.supportedYearsText))")
      }
      return (cycle, loaded, day)
    }
    let notices = CurrencyNotice.lines(rules: loaded.pack, matchYear: cycle.matchYear, today: day)
    layout.page()
    switch format {
    case .yaml: Console.out(loaded.text)
    case .json: Console.out(RulesReport.json(cycle, rules: loaded.pack, notices: notices).rendered() + "\n")
    case .text: Console.out(TextWrap.wrap(RulesReport.text(cycle, rules: loaded.pack, notices: notices), width: layout.columns))
    }
  }

  /// Validates a pack file: every problem on its own line, or one line saying it is fine.
  func checkPack(_ path: String) throws {
    let text = try reportingInputErrors { try Files.read(path) }
    do {
      let pack = try RulesPackDecoder.decode(text, file: path)
      Console.out("\(path): ok (pack version \(pack.packVersion), \(pack.recordedCycles) cycles, \(pack.valueCount) values)\n")
    } catch {
      Console.error(error.description)
      throw Exit.badInput
    }
  }
}
