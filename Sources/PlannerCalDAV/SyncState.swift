/// What `planner sync` knows about the collections it wrote to (the file `me.caldav.json` beside
/// the profile): per collection URL, each of its resources with the ETag the server gave it and
/// the fingerprint of what was sent, and the changes it meant to send when it last stopped.
/// The intent is written before any request goes out, so a sync killed half way is finished by
/// the next one (`CalendarSync.reconcile`). Holds no credential.
public struct SyncState: Codable, Sendable, Equatable {
  public var version = 1
  public var collections: [String: Collection] = [:]

  public init() {}

  public struct Collection: Codable, Sendable, Equatable {
    /// Resource name → what the server holds, as of the last answer.
    public var events: [String: Entry] = [:]
    /// Resource name → the change about to be sent (cleared when the sync ends).
    public var pending: [String: Intent] = [:]

    public init() {}
  }

  public struct Entry: Codable, Sendable, Equatable {
    /// nil while the server has not told it (a PUT answered without an ETag).
    public var etag: String?
    public var fingerprint: String
    public var sequence: Int
    /// The event's title, to name it in a conflict.
    public var summary: String
  }

  public struct Intent: Codable, Sendable, Equatable {
    public enum Action: String, Codable, Sendable { case put, delete }
    public var action: Action
    /// What a PUT sends (empty for a delete).
    public var fingerprint: String
  }
}
