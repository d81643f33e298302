public import PlannerCore
import PlannerRules

extension Replanner {
  /// `planner history`: every record, numbered, with what took it back and what is not in force
  /// yet, decided by the same `Journal.inForce` the plan uses.
  public static func history(_ journal: Journal, file: String, today: Day) -> String {
    guard !journal.entries.isEmpty else { return "\(file): nothing recorded yet.\n" }
    let undone = journal.undone(asOf: today)
    let count = journal.entries.count
    var lines = ["\(file): \(count) record\(count == 1 ? "" : "s") (recorded on · what)"]
    let width = String(count).count
    for (i, entry) in journal.entries.enumerated() {
      let number = String(i + 1)
      var line = "  \(String(repeating: " ", count: width - number.count))\(number)  \(entry.recordedOn)  \(entry.summary)"
      if entry.recordedOn > today {
        line += "  (dated after today, \(today): not in force yet)"
      } else if let by = undone[i + 1] {
        line += "  (taken back by \(by))"
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
