import ArgumentParser

enum ColorMode: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never
}

/// `--color auto|always|never` (always for `less -R`), and the older `--no-color`.
struct ColorOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Colour: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `less -R`) or never.", valueName: "when"))
  var color: ColorMode = .auto

  @Flag(name: .customLong("no-color"), help: "Same as --color never.")
  var noColor = false

  var enabled: Bool { Console.wantsColor(noColor ? .never : color) }
}
