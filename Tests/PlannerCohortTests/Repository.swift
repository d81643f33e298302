import Foundation
import PlannerPathway

/// Files of the repository the tests read: the bundled examples and the fixtures.
enum Repository {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func text(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  static func profile(_ path: String) throws -> Profile {
    try ProfileParser.parse(try text(path), file: path, rules: bundledRules)
  }
}
