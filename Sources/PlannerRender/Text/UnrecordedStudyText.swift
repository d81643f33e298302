import PlannerCore
public import PlannerPathway

/// The words for study blocks a plan keeps at the saved plan's start with nothing recording that
/// they began (`UnrecordedStudyStart`): said under the verdict by `plan`, `next` and the report,
/// since the verdict's days to spare rest on that start.
public enum UnrecordedStudyText {
  /// "  ! This assumes Step 1 preparation began on 2026-12-07, as your saved plan said; nothing
  /// records that it did." and "  ! If it has not begun, from today: NOT FEASIBLE for the 2028
  /// Match: 5 days late before ECFMG must verify your exams (2028-03-01)."
  /// When beginning today gives the same verdict, one line says so instead.
  public static func lines(_ u: UnrecordedStudyStart, verdict: Verdict) -> [String] {
    let began = u.blocks.map { "\($0.name) began on \($0.savedStart)" }.joined(separator: " and ")
    let one = u.blocks.count == 1
    let assumes = "  ! This assumes \(began), as your saved plan said; nothing records that \(one ? "it" : "they") did"
    if u.ifBegunToday == verdict { return [assumes + ". Beginning today would not change this verdict."] }
    return [assumes + ".", "  ! If \(one ? "it has" : "they have") not begun, from today: " + statement(u.ifBegunToday)]
  }

  /// The verdict's statement on one line: a year at risk names its missed targets after it.
  static func statement(_ v: Verdict) -> String {
    let text = VerdictText.statement(v)
    guard v.status == .atRisk, text.hasSuffix(":") else { return text }
    return String(text.dropLast()) + " (" + v.targetsMissed.map(\.short).joined(separator: "; ") + ")."
  }

  /// The JSON object: each block and the verdict if they begin today.
  public static func json(_ u: UnrecordedStudyStart) -> JSONValue {
    .object([
      ("blocks", .array(u.blocks.map { b in
        .object([("taskId", .string(b.taskID)), ("savedStart", .string(b.savedStart.description)), ("latestSafeStart", b.latestSafeStart.map { .string($0.description) } ?? .null)])
      })),
      ("ifBegunToday", VerdictText.json(u.ifBegunToday)),
    ])
  }
}
