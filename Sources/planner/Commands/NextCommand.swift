import ArgumentParser
import PlannerCore
import PlannerRender
import PlannerPathway
import PlannerRules

struct NextCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "next",
    abstract: "What to do now: overdue work, what to start in the next days, deadlines and bookings.",
    discussion: """
      Each item ends with the command that records it, and when to run it: "when done" names the \
      planned last day (change the date if it is done on another day), "when the result is out" \
      the exam day. Overdue is a planned start that has passed \
      with nothing recorded (a booked exam without a result, a fixed date, a start in the last saved plan).
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Option(help: "How many days ahead to look.")
  var days = 30

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @OptionGroup var layout: OutputOptions

  @OptionGroup var colors: ColorOptions

  func validate() throws {
    if !(1...730).contains(days) { throw ValidationError("--days must be between 1 and 730, got \(days)") }
  }

  func run() throws {
    let (context, result) = try reportingInputErrors { () throws -> (InputOptions.Context, PlanResult) in
      let context = try input.load()
      return (context, try context.applicant.plan())
    }
    let next = context.applicant.next(result, days: days, profileArgument: context.location?.argument)
    let profileLine = context.profileLine
    let verdict = result.verdict
    switch format {
    case .json:
      let header: [(String, JSONValue)] = [
        ("schemaVersion", .int(1)), ("name", .string(context.profile.name)),
        ("profile", context.location.map { .string($0.path) } ?? .null), ("matchYear", .int(result.matchYear)),
        ("feasible", .bool(result.feasible)), ("verdict", VerdictText.json(verdict)),
        ("unrecordedStudyStart", result.unrecordedStudyStart.map(UnrecordedStudyText.json) ?? .null),
      ]
      Console.out(next.json(header: header).rendered() + "\n")
    case .text:
      // The plan's verdict headline (and the targets a year at risk misses), in the plan's words.
      let title = "Next \(days) days for \(context.profile.name) · today \(result.today) → \(next.until) · Match \(result.matchYear)\n\(profileLine)"
      let columns = layout.columns
      layout.page()
      let top = TextWrap.wrap(title, width: columns) + "\n"
      let headline = TextWrap.wrap(VerdictText.headline(verdict), width: columns)
      var said = verdict.status == .atRisk ? verdict.targetsMissed.map { "  ! " + $0.sentence + "." } : []
      said += result.unrecordedStudyStart.map { UnrecordedStudyText.lines($0, verdict: verdict) } ?? []
      let missed = said.isEmpty ? "" : TextWrap.wrap(said.map { "\n" + $0 }.joined(), width: columns)
      // A week the busy calendars leave little study time in is said under the verdict (issue 23).
      let short = result.capacity.flatMap(StudyCapacityText.shortWeek).map { "\n" + TextWrap.wrap($0, width: columns) } ?? ""
      let head = top + headline + missed + short
      let text = NextText.list(next, title: head, width: columns)
      if colors.enabled {
        // Only the verdict's headline is painted: the items under it are not part of it.
        let items = String(text.dropFirst(head.count))
        Console.outVerbatim(TerminalText.sanitize(top) + VerdictColor.paint(TerminalText.sanitize(headline), tone: verdict.tone) + TerminalText.sanitize(missed + short + items))
      } else {
        Console.out(text)
      }
    }
  }
}
