import ArgumentParser

/// How text reaches the reader (issue 25 §4): `--width` (every text output wraps to it, else to
/// the terminal's width, else COLUMNS, else 80: `Console.width`) and `--no-pager` (long output on
/// a terminal goes through `Pager` otherwise).
struct OutputOptions: ParsableArguments {
  @Option(help: "Width in columns for the text (default: the terminal's, else COLUMNS, else 80).")
  var width: Int?

  @Flag(name: .customLong("no-pager"), help: "On a terminal, print straight out instead of through PAGER (else less -FRX).")
  var noPager = false

  func validate() throws {
    try Self.check(width)
  }

  /// The columns to fit.
  var columns: Int { width ?? Console.width }

  /// Hands standard output to the pager, when it is a terminal and the reader did not say no.
  func page() { Pager.start(enabled: !noPager) }

  /// The range every command accepts.
  static func check(_ width: Int?) throws {
    if let width, !(40...1000).contains(width) {
      throw ValidationError("--width must be between 40 and 1000 columns, got \(width)")
    }
  }
}
