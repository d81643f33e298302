import Foundation

/// The most bytes planner reads from one input file: the profile, its journal, a rules pack, a
/// programs CSV (issue 26, point 6). A real profile is a few KB and the bundled pack under
/// 100 KB, so 4 MB leaves room for any real file while every hostile input stays within the
/// "2 s per MB" bound (Tests/hostile). `--max-input-mb` or PLANNER_MAX_INPUT_MB raises it.
enum InputLimit {
  static let environmentKey = "PLANNER_MAX_INPUT_MB"
  static let defaultMegabytes = 4
  static let megabyte = 1024 * 1024

  /// Set once, from the command line, before any file is read (`RulesOptions.validate`).
  nonisolated(unsafe) static var megabytesOption: Int?

  static var megabytes: Int {
    megabytesOption ?? ProcessInfo.processInfo.environment[environmentKey].flatMap(parse) ?? defaultMegabytes
  }

  static var bytes: Int { megabytes * megabyte }

  /// A whole number of megabytes from 1 to 1024.
  static func parse(_ text: String) -> Int? {
    guard let n = Int(text.trimmingCharacters(in: .whitespaces)), (1...1024).contains(n) else { return nil }
    return n
  }

  static func tooLarge(_ path: String, limit: Int) -> String {
    let mb = max(1, limit / megabyte)
    return "\(path): is larger than \(mb) MB, the most planner reads from an input file (a profile or journal is a few KB); check it is the right file, or raise the limit with --max-input-mb N or \(environmentKey)=N"
  }
}
