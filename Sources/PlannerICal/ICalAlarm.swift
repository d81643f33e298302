/// A VALARM with ACTION:DISPLAY that fires whole days before the event's start
/// (`TRIGGER:-P14D`). Apple and Thunderbird honour it; Google drops it, which is why
/// the exporter also writes separate reminder events.
public struct ICalAlarm: Sendable, Equatable {
  /// Days before the start; 0 fires on the day itself.
  public var daysBefore: Int
  /// The text the alarm shows: an imperative such as "Book OET".
  public var description: String

  /// Creates a display alarm `daysBefore` days before the start.
  public init(daysBefore: Int, description: String) {
    self.daysBefore = daysBefore
    self.description = description
  }
}
