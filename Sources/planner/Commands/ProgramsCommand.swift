import ArgumentParser
import PlannerCohort
import PlannerPathway
import PlannerRender
import PlannerRules

struct ProgramsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "programs",
    abstract: "Check your target programs' stated requirements (a CSV file you keep) against your profile and plan.",
    discussion: """
      Each program: meets its stated requirements, does not (each reason), at risk (its dates against \
      your plan), or unknown (your profile does not say what it asks). Empty cells and 'unknown' in the \
      file are requirements you did not find; they never count against a program. Columns: README, \
      "Target programs".
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

  @Argument(help: ArgumentHelp("The programs file (CSV).", valueName: "file"), completion: .file(extensions: ["csv"]))
  var file: String

  @OptionGroup var input: InputOptions

  @OptionGroup var layout: OutputOptions

  @Option(help: "Output format: table, csv or json.")
  var format: Format = .table

  func run() throws {
    let text = try reportingInputErrors { () throws -> String in
      let context = try input.load()
      let result = try context.applicant.plan()
      let programs: [Program]
      do {
        programs = try ProgramsParser.parse(try Files.read(file), file: file)
      } catch let error as ProgramsError {
        throw InputError(error.description)
      }
      let report = ProgramsReport(programs: programs, profile: context.profile, plan: result, file: file)
      switch format {
      case .table: return report.text()
      case .csv: return report.csv()
      case .json: return report.json()
      }
    }
    // CSV's CRLF record ends are the format's own; its cells are already sanitized.
    layout.page()
    switch format {
    case .csv: Console.outVerbatim(text)
    case .json: Console.out(text)
    case .table: Console.out(TextWrap.wrap(text, width: layout.columns))
    }
  }
}
