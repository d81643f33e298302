import ArgumentParser
import Foundation
import PlannerCore
import PlannerPathway
import PlannerRules
import PlannerRulesData

/// `--rules FILE` and `--max-input-mb N`, shared by every command.
struct RulesOptions: ParsableArguments {
  @Option(name: .customLong("rules"), help: ArgumentHelp("Use this rules pack instead of the bundled one (also: PLANNER_RULES=FILE; the option wins).", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
  var file: String?

  @Option(name: .customLong("max-input-mb"), help: ArgumentHelp("Read input files (profile, journal, rules pack, programs CSV) up to this many MB (default 4; also: PLANNER_MAX_INPUT_MB).", valueName: "MB"))
  var maxInputMegabytes: String?

  func validate() throws {
    guard let text = maxInputMegabytes else { return }
    guard let megabytes = InputLimit.parse(text) else {
      throw ValidationError("--max-input-mb: '\(text)' is not a whole number of megabytes from 1 to 1024; write e.g. --max-input-mb 16")
    }
    InputLimit.megabytesOption = megabytes
  }
}

/// A rules pack and the text it was read from (printed back by `rules --format yaml`).
struct LoadedRules {
  var pack: RulesPack
  var text: String
  /// The file name messages use.
  var label: String
}

/// Where the executable gets its rules pack: `--rules`, else PLANNER_RULES, else the one compiled
/// in. The libraries never reach for one: it is handed down from here.
enum RulesFiles {
  static let environmentKey = "PLANNER_RULES"
  /// A pack older than this is flagged on every run.
  static let staleAfterMonths = 12

  /// Loads the pack and, when it is stale on `today`, warns once on standard error.
  static func load(_ option: String?, today: Day, files: any FileReading = DiskFiles()) throws -> LoadedRules {
    let loaded = try read(option, files: files)
    if let warning = staleWarning(loaded, today: today) { Console.error(warning) }
    return loaded
  }

  /// Loads without the staleness check (for `rules --check`, which only validates).
  static func read(_ option: String?, files: any FileReading = DiskFiles()) throws -> LoadedRules {
    let environment = ProcessInfo.processInfo.environment[environmentKey].flatMap { $0.isEmpty ? nil : $0 }
    guard let path = option ?? environment else {
      return try decode(EmbeddedRules.text, label: EmbeddedRules.fileName)
    }
    let text: String
    do {
      text = try files.text(path)
    } catch let error as InputError {
      throw InputError(error.description + (option == nil ? " (named by \(environmentKey))" : ""))
    }
    return try decode(text, label: path)
  }

  static func decode(_ text: String, label: String) throws -> LoadedRules {
    do {
      return LoadedRules(pack: try RulesPackDecoder.decode(text, file: label), text: text, label: label)
    } catch {
      throw InputError(error.description)
    }
  }

  static func staleWarning(_ loaded: LoadedRules, today: Day) -> String? {
    let pack = loaded.pack
    guard today > pack.lastVerified.adding(months: staleAfterMonths) else { return nil }
    let which = loaded.label == EmbeddedRules.fileName ? "the bundled rules pack" : "the rules pack \(loaded.label)"
    return "planner: warning: \(which) (version \(pack.packVersion)) was last verified on \(pack.lastVerified), more than \(staleAfterMonths) months ago, so dates and rules may be out of date. Get a newer planner, or update the pack: `planner rules --format yaml > rules.yaml`, correct it against the sources, `planner rules --check rules.yaml`, then use --rules rules.yaml or PLANNER_RULES=rules.yaml (README: \"Updating the rules\")."
  }
}
