/// The rules pack shipped with the planner: the text of Rules/rules.yaml, compiled in by the
/// EmbedRules build plugin (see `text`). Only the executable and the tests read it; the libraries
/// take a decoded pack as a parameter.
public enum EmbeddedRules {
  /// The name messages use for the bundled pack.
  public static let fileName = "rules.yaml (bundled)"
}

extension EmbeddedRules {
  /// The bundled pack's `pack_version`, read from its top-level line (for `planner --version`,
  /// before any pack is decoded).
  public static var packVersion: String { topLevel("pack_version") ?? "unknown" }

  /// The bundled pack's `last_verified` day, read the same way.
  public static var lastVerified: String { topLevel("last_verified") ?? "unknown" }

  static func topLevel(_ key: String) -> String? {
    for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
      let value = line.dropFirst(key.count + 1).split(separator: "#").first ?? ""
      return value.filter { $0 != "\"" && $0 != "'" && $0 != " " }
    }
    return nil
  }
}
