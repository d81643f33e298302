import ArgumentParser
import PlannerPathway
import PlannerRules

struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a commented profile template to edit."
  )

  @Argument(help: ArgumentHelp("Where to write it (default: planner.yaml here, which every command then finds by itself; `-` prints it).", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
  var file: String = ProfileLocation.folderFile

  @Flag(help: "Overwrite an existing file.")
  var force = false

  @OptionGroup var rulesOption: RulesOptions

  func run() throws {
    // The template does not depend on the pack, but a bad --rules or PLANNER_RULES is still said.
    _ = try reportingInputErrors { try RulesFiles.load(rulesOption.file, today: InputOptions.parse([]).resolveToday()) }
    guard file != "-" else {
      Console.out(ProfileTemplate.text)
      return
    }
    try reportingInputErrors {
      if Files.exists(file) && !force {
        throw InputError("\(file): already exists; use --force to overwrite it")
      }
      try DurableFile.write(ProfileTemplate.text, to: file)
    }
    let found = ProfileLocation.findQuietly(nil)?.path == file
    Console.error("Wrote \(file). Edit it, then run: planner plan" + (found ? "" : " --profile \(ShellWord.quoted(file))"))
  }
}
