public import Foundation
public import PlannerPathway
import PlannerRules

/// Files of the repository the tests read: the bundled examples and the fixtures.
public enum Repository {
  /// The package root: this file is `Sources/PlannerTestSupport/Repository.swift`.
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  public static func text(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  public static func profile(_ path: String) throws -> Profile {
    try ProfileParser.parse(try text(path), file: path, rules: bundledRules)
  }
}
