import ArgumentParser

/// The documented exit codes (README: Exit codes).
enum Exit {
  static let notFeasible = ExitCode(3)
  static let badInput = ExitCode(2)
}

/// A bad-input error: printed as one line to standard error, exit code 2.
struct InputError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
