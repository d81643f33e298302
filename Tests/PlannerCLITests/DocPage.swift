import Foundation

/// The README and the pages under docs/, read as a newcomer reads them: their samples are real
/// output, checked by the tests that produce it (DocPagesTests, ReadmeTests and each command's).
enum DocPage {
  /// A page's text by its path in the repository, e.g. "docs/commands/plan.md"; empty when missing,
  /// so that the test comparing it fails with its own message.
  static func text(_ path: String) -> String {
    (try? String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(path), encoding: .utf8)) ?? ""
  }

  /// The fenced blocks of a page that follow a line ending with `marker`, in order.
  static func blocks(in text: String, after marker: String) -> [String] {
    text.components(separatedBy: marker + "\n\n```\n").dropFirst().map { $0.components(separatedBy: "```").first ?? "" }
  }
}
