import PlannerRules
import Yams

extension ProfileParser {
  /// `busy: [work.ics, trips.ics]` (or one file): busy calendars beside the profile (issue 23).
  /// Only the names are read here; the executable reads the files, through PlannerICal.
  mutating func readBusy(_ node: Node) {
    let items = node.sequence.map(Array.init) ?? [node]
    for item in items {
      guard let path = reader.string(item, "busy"), !path.isEmpty else { continue }
      profile.busy.append(path)
      profile.lines["busy:" + path] = item.mark?.line
    }
  }
}
