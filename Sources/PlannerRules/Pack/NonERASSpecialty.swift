/// A specialty that does not apply through ERAS, recognised by words in the profile's specialty.
public struct NonERASSpecialty: Hashable, Sendable {
  /// Lower-case fragments; any one found in the specialty matches.
  public var keywords: [String]
  /// Where applications go instead, e.g. "ResidencyCAS".
  public var service: Sourced<String>

  public init(keywords: [String], service: Sourced<String>) {
    self.keywords = keywords
    self.service = service
  }
}
