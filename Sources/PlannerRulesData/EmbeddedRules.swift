/// The rules pack shipped with the planner: the text of Rules/rules.yaml, compiled in by the
/// EmbedRules build plugin (see `text`). Only the executable and the tests read it; the libraries
/// take a decoded pack as a parameter.
public enum EmbeddedRules {
  /// The name messages use for the bundled pack.
  public static let fileName = "rules.yaml (bundled)"
}
