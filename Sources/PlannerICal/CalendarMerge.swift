public import PlannerCore

/// Re-export against the previous file, so clients that honour SEQUENCE update events in
/// place and a removed event is cancelled rather than left behind (ICALENDAR.md #3, #4).
public enum CalendarMerge {
  /// Merges a freshly mapped document with the previous export.
  ///
  /// - Same UID, same content: the previous event is kept whole (SEQUENCE, LAST-MODIFIED,
  ///   DTSTAMP), so its text stays byte-identical.
  /// - Same UID, changed content: SEQUENCE + 1, LAST-MODIFIED and DTSTAMP = the new stamp.
  /// - Gone now but over by `today` (a past attempt's study block, a reminder that has fired, a
  ///   step now done on a day nobody recorded): kept as it was. It happened; CANCELLED would
  ///   strike it through in the client as if it had not.
  /// - Gone now and not over: written as STATUS:CANCELLED with SEQUENCE + 1, after the live events. The
  ///   tombstone is kept as it is on later exports for ``tombstoneDays`` days (by its
  ///   LAST-MODIFIED against the new stamp), then dropped: a file imported into a client that
  ///   keeps events by UID (khal, Apple, Thunderbird) removes the event only through it, and a
  ///   second run before the import must not lose it (same input, same file).
  ///
  /// - Parameters:
  ///   - previousName: names the previous file in errors.
  ///   - now: the stamp for changed events and tombstones (UTC seconds); by default the
  ///     new document's DTSTAMP.
  ///   - today: the plan's today; without it every component that is gone is cancelled.
  /// - Throws: ``CalendarError/foreignFile(file:prodID:)`` when `previous` was not written
  ///   by planner.
  /// How long a cancelled event stays in the file after it was cancelled.
  public static let tombstoneDays = 60

  public static func merge(
    new: ICalDocument, previous: ICalDocument?, previousName: String = "the previous calendar file",
    now: Int? = nil, today: Day? = nil
  ) throws(CalendarError) -> ICalDocument {
    guard let previous else { return new }
    guard previous.prodID == ICalDocument.plannerProdID else {
      throw .foreignFile(file: previousName, prodID: previous.prodID.isEmpty ? nil : previous.prodID)
    }
    if let mine = new.plan, let theirs = previous.plan, mine != theirs { throw .otherPlan(file: previousName) }
    // Files from before X-PLANNER-PLAN: another person's plan shares no UID with this one.
    let uids = Set(new.events.map(\.uid) + new.todos.map(\.uid))
    if previous.plan == nil, !previous.events.isEmpty, !new.events.isEmpty, !previous.events.contains(where: { uids.contains($0.uid) }) {
      throw .otherPlan(file: previousName)
    }
    // Every component of a mapped document carries the same stamp: the time of writing.
    let stamp =
      now ?? new.events.first?.dtstamp ?? new.todos.first?.dtstamp
      ?? (previous.events.map(\.dtstamp) + previous.todos.map(\.dtstamp)).max() ?? 0
    var merged = new
    merged.events = mergeList(new.events, previous.events, stamp: stamp, today: today)
    merged.todos = mergeList(new.todos, previous.todos, stamp: stamp, today: today)
    return merged
  }

  private static func mergeList<C: Versioned>(_ fresh: [C], _ old: [C], stamp: Int, today: Day?) -> [C] {
    var oldByUID: [String: C] = [:]
    for component in old where oldByUID[component.uid] == nil { oldByUID[component.uid] = component }
    var result: [C] = []
    result.reserveCapacity(fresh.count)
    var present: Set<String> = []
    for component in fresh {
      present.insert(component.uid)
      guard let before = oldByUID[component.uid] else {
        result.append(component)
        continue
      }
      if component.sameContent(as: before) {
        result.append(before)
      } else {
        var changed = component
        changed.sequence = before.sequence + 1
        changed.dtstamp = stamp
        changed.lastModified = stamp
        result.append(changed)
      }
    }
    for component in old where !present.contains(component.uid) {
      present.insert(component.uid)
      if component.isCancelled {
        let cancelledAt = component.lastModified ?? component.dtstamp
        if stamp - cancelledAt < tombstoneDays * 86_400 { result.append(component) }
        continue
      }
      if let today, component.lastDay < today {
        result.append(component)
        continue
      }
      var tombstone = component.cancelled()
      tombstone.sequence = component.sequence + 1
      tombstone.dtstamp = stamp
      tombstone.lastModified = stamp
      result.append(tombstone)
    }
    return result
  }
}

/// What the merge needs from an event or a to-do: identity, version fields, and a
/// comparison of everything else.
protocol Versioned: Equatable {
  var uid: String { get }
  var sequence: Int { get set }
  var dtstamp: Int { get set }
  var lastModified: Int? { get set }
  var isCancelled: Bool { get }
  /// The last day it covers (an event's DTEND is exclusive; a to-do's DUE is its day).
  var lastDay: Day { get }
  /// The same component with STATUS:CANCELLED and nothing left to fire.
  func cancelled() -> Self
}

extension Versioned {
  /// Equal once the version fields are set aside: a material change is anything else.
  func sameContent(as other: Self) -> Bool { unversioned == other.unversioned }

  private var unversioned: Self {
    var copy = self
    copy.sequence = 0
    copy.dtstamp = 0
    copy.lastModified = nil
    return copy
  }
}

extension ICalEvent: Versioned {
  var isCancelled: Bool { status == .cancelled }
  var lastDay: Day { end - 1 < start ? start : end - 1 }
  func cancelled() -> ICalEvent {
    var copy = self
    copy.status = .cancelled
    copy.alarms = []
    return copy
  }
}

extension ICalTodo: Versioned {
  var isCancelled: Bool { status == .cancelled }
  var lastDay: Day { due }
  func cancelled() -> ICalTodo {
    var copy = self
    copy.status = .cancelled
    return copy
  }
}
