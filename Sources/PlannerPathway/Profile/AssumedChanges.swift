public import PlannerCore
public import PlannerRules

/// What a `what-if` scenario assumes about the applicant beyond what the profile and journal
/// record: a task held back or pinned, a future sitting failed, the study for that sitting kept.
/// It travels with the profile, so asking `what-if` and planning the modified applicant are one
/// computation through `PathwayPlanner.plan` (the year search, the seven-year limit, one exam a
/// day included: issue 20, contradiction 4; `WhatIfEquivalenceTests`). Empty for every profile
/// read from a file.
public struct AssumedChanges: Hashable, Sendable {
  /// Task id → the earliest day it may start (a slip later).
  public var startNoEarlierThan: [String: Day] = [:]
  /// Task id → the day it starts (a slip earlier, or a fixed date moved).
  public var startOn: [String: Day] = [:]
  /// Task id → why it moved, shown with the task ("what if: slips 4 weeks").
  public var notes: [String: String] = [:]
  /// Exam → the future test day assumed failed (also an attempt in the exam's record).
  public var failures: [Exam: Day] = [:]
  /// Study already planned for a sitting assumed failed, kept as a fixed block (`step1.prep.3`).
  public var keptStudy: [PlanTask] = []

  public init() {}

  public var isEmpty: Bool {
    startNoEarlierThan.isEmpty && startOn.isEmpty && failures.isEmpty && keptStudy.isEmpty && notes.isEmpty
  }

  /// Whether `attempt` of `exam` is one this scenario assumes (so its future date is no mistake).
  public func assumes(_ exam: Exam, _ attempt: Attempt) -> Bool {
    failures[exam] == attempt.date && attempt.result == .fail
  }
}
