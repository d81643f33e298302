import Foundation
import PlannerCore

/// Standard output and error, and what the terminal is like. The only place that asks.
enum Console {
  /// Every text output goes out here, with control characters and bidi overrides from user
  /// text escaped (`TerminalText`); only line feeds are the output's own.
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data(TerminalText.sanitize(text).utf8))
  }

  /// Text whose control characters are its own: the coloured chart (the renderer escaped every
  /// piece of user text in it with the same sanitizer) and a calendar on standard output (CRLF
  /// line ends; libical's writer dropped every control character from user text).
  static func outVerbatim(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func error(_ text: String) {
    let safe = TerminalText.sanitize(text)
    FileHandle.standardError.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
  }

  /// What standard output was when planner started: read once, before a pager (`Pager`) takes
  /// standard output over and makes it a pipe.
  static let terminal: (isTerminal: Bool, columns: Int?) = {
    guard isatty(STDOUT_FILENO) == 1 else { return (false, nil) }
    var size = winsize()
    let columns = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
    return (true, columns)
  }()

  static var isTerminal: Bool { terminal.isTerminal }

  /// The terminal's width, else COLUMNS, else 80 (piped output, as `ls` and `git` assume).
  static var width: Int {
    if let columns = terminal.columns { return columns }
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(columns), n > 0 { return n }
    return 80
  }

  /// `--color`: always and never are the user's word; auto means colour only on a terminal,
  /// and never when NO_COLOR is set (https://no-color.org: a flag beats the variable).
  static func wantsColor(_ mode: ColorMode) -> Bool {
    switch mode {
    case .always: return true
    case .never: return false
    case .auto: return wantsColor
    }
  }

  static var wantsColor: Bool {
    let env = ProcessInfo.processInfo.environment
    if let noColor = env["NO_COLOR"], !noColor.isEmpty { return false }
    if env["TERM"] == "dumb" { return false }
    return isTerminal
  }
}
