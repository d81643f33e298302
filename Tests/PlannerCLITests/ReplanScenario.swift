import Foundation

/// A temp folder holding a copy of an example profile as `me.yaml`, for record/diff runs.
struct ReplanScenario {
  let folder: URL

  init(folder: URL) { self.folder = folder }

  init(example: String) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("planner-replan-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Examples/\(example).yaml"), to: folder.appendingPathComponent("me.yaml"))
  }

  /// Runs planner in the folder with `--profile me.yaml --today TODAY`.
  /// - Parameter width: `--width` for a test that reads whole sentences off single lines.
  func run(_ arguments: [String], today: String, width: Int? = nil) throws -> CLIRunner.Output {
    try CLIRunner.run(arguments + ["--profile", "me.yaml", "--today", today] + (width.map { ["--width", String($0)] } ?? []), in: folder)
  }

  func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

  func bytes(_ name: String) -> Data? { FileManager.default.contents(atPath: url(name).path) }

  func text(_ name: String) -> String { bytes(name).map { String(decoding: $0, as: UTF8.self) } ?? "" }

  func files() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }
}
