/// One event as a resource of a CalDAV calendar collection (`planner sync`): its text, and a
/// fingerprint of what it says. The fingerprint leaves out DTSTAMP, SEQUENCE and LAST-MODIFIED
/// (they move on every send) and is computed from the event's values, so the same event read
/// back from a server that re-serialised it (Radicale does) has the same fingerprint.
public struct CalendarResource: Sendable, Equatable {
  public var event: ICalEvent
  /// What the event says, as 32 hex digits (two FNV-1a passes, as `StableUID`).
  public var fingerprint: String

  public init(_ event: ICalEvent) throws(CalendarError) {
    self.event = event
    fingerprint = try Self.fingerprint(of: event)
  }

  /// The resource's text with this DTSTAMP, SEQUENCE and LAST-MODIFIED.
  public func text(dtstamp: Int, sequence: Int) throws(CalendarError) -> String {
    var sent = event
    sent.dtstamp = dtstamp
    sent.sequence = sequence
    sent.lastModified = dtstamp
    return try ICalWriter.writeResource(sent)
  }

  /// The resource's file name in the collection: the UID's hash part (hex digits only, so it
  /// needs no escaping in a URL), after a prefix naming the plan (`prefix(plan:)`).
  public static func name(uid: String, plan: String) -> String {
    prefix(plan: plan) + (uid.split(separator: "@").first.map(String.init) ?? uid) + ".ics"
  }

  /// Every resource of one person's plan starts with this, so a sync that lost its state still
  /// knows which resources in the collection are its own and never touches anyone else's.
  public static func prefix(plan: String) -> String { "planner-\(plan)-" }

  /// The one VEVENT of a resource read back from the server.
  public static func read(_ text: String, name: String) throws(CalendarError) -> ICalEvent {
    let document = try ICalReader.read(text, fileName: name)
    guard document.events.count == 1, let event = document.events.first else {
      throw .unreadable(file: name, reason: "expected one event, found \(document.events.count)")
    }
    return event
  }

  static func fingerprint(of event: ICalEvent) throws(CalendarError) -> String {
    var material = event
    material.dtstamp = 0
    material.sequence = 0
    material.lastModified = nil
    let bytes = Array(try ICalWriter.writeResource(material).utf8)
    let high = StableUID.fnv1a64(bytes, seed: 0xcbf2_9ce4_8422_2325)
    let low = StableUID.fnv1a64(bytes, seed: 0x8422_2325_cbf2_9ce4)
    return hex(high) + hex(low)
  }

  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
