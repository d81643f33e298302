import Foundation

/// Long output on a terminal goes through a pager, as git does (issue 25 §4): `PAGER`, else
/// `less -FRX` (F: quit at once when it fits the screen; R: keep the verdict's colour; X: leave
/// the text on the screen). Never when standard output is not a terminal, with `--no-pager`, or
/// when `PAGER` is empty or `cat`. Standard output is handed to the pager's input; at exit planner
/// closes it and waits for the pager, so the shell prompt comes back after the reader quits.
enum Pager {
  nonisolated(unsafe) private static var process: Process?

  /// Starts the pager once, before the command prints anything. The terminal's width and whether
  /// to colour are read first (`Console.terminal`): afterwards standard output is a pipe.
  static func start(enabled: Bool) {
    guard enabled, process == nil, Console.terminal.isTerminal, let command = command() else { return }
    let pipe = Pipe()
    let pager = Process()
    pager.executableURL = URL(fileURLWithPath: "/bin/sh")
    pager.arguments = ["-c", command]
    pager.standardInput = pipe
    var environment = ProcessInfo.processInfo.environment
    // less reads LESS for its options; a user's own LESS wins, as with git.
    if environment["LESS"] == nil { environment["LESS"] = "FRX" }
    pager.environment = environment
    do { try pager.run() } catch { return }
    fflush(nil)
    dup2(pipe.fileHandleForWriting.fileDescriptor, STDOUT_FILENO)
    try? pipe.fileHandleForWriting.close()
    process = pager
    atexit { Pager.finish() }
  }

  /// The pager to run: `PAGER`, else `less` when it is installed; nil for no pager.
  static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    if let pager = environment["PAGER"] {
      let trimmed = pager.trimmingCharacters(in: .whitespaces)
      return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
    }
    let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return path.contains { FileManager.default.isExecutableFile(atPath: "\($0)/less") } ? "less" : nil
  }

  /// Closes the pipe (the pager sees the end of the text) and waits for the reader to quit.
  static func finish() {
    guard let pager = process else { return }
    process = nil
    fflush(nil)
    close(STDOUT_FILENO)
    pager.waitUntilExit()
  }
}
