public import PlannerPathway

extension Replanner.Outcome {
  /// What to print once the journal and the saved plan are written: what was recorded, what
  /// moved, the verdict, and how to see the whole plan or take the record back.
  public var report: String {
    said.joined(separator: "\n") + "\n" + diff.render(since: since, all: showAll)
      + "Run `planner plan --profile \(ShellWord.quoted(profileFile))` for the whole plan" + (entry.isUndo ? ".\n" : "; `planner undo` takes this back.\n")
  }
}

extension Replanner.DiffOutcome {
  /// `planner diff`: the notes, then what moved since the saved plan (or, with none, the verdict
  /// alone), then what was saved.
  public var report: String {
    var report = notes.map { $0 + "\n" }.joined()
    if let since {
      report += diff.render(since: since, all: showAll)
    } else {
      report += (damaged ? "" : "No saved plan yet: nothing to compare with.\n") + diff.verdict(compared: false).map { $0 + "\n" }.joined()
    }
    if let savedAs { report += "Saved today's plan as \(savedAs).\n" }
    return report
  }
}
