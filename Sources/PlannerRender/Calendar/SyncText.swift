/// The words of `planner sync` (issue 24: "Synced 42 events to https://…/residency/: 3 changed,
/// 1 removed, 38 unchanged."). Counts in, one line out; the sync itself is PlannerCalDAV's.
public enum SyncText {
  /// - Parameters:
  ///   - changed: events created or updated on the server by this sync.
  ///   - created: whether the sync made the collection first (`--create`).
  public static func summary(events: Int, url: String, changed: Int, removed: Int, unchanged: Int, created: Bool) -> String {
    let made = created ? "Created the calendar \(url).\n" : ""
    let noun = events == 1 ? "event" : "events"
    return made + "Synced \(events) \(noun) to \(url): \(changed) changed, \(removed) removed, \(unchanged) unchanged.\n"
  }
}
