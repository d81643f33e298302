import ArgumentParser
import PlannerPathway

struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a commented profile template to edit."
  )

  @Argument(help: "Where to write it (default: print to standard output).")
  var file: String?

  @Flag(help: "Overwrite an existing file.")
  var force = false

  @OptionGroup var rulesOption: RulesOptions

  func run() throws {
    // The template does not depend on the pack, but a bad --rules or PLANNER_RULES is still said.
    _ = try reportingInputErrors { try RulesFiles.load(rulesOption.file, today: InputOptions.parse([]).resolveToday()) }
    guard let file else {
      Console.out(ProfileTemplate.text)
      return
    }
    try reportingInputErrors {
      if Files.exists(file) && !force {
        throw InputError("\(file): already exists; use --force to overwrite it")
      }
      try DurableFile.write(ProfileTemplate.text, to: file)
    }
    Console.error("Wrote \(file). Edit it, then run: planner plan --profile \(file)")
  }
}
