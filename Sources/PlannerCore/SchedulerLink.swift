/// A link as the scheduler sees it: to another task by index, with its lag and kind.
/// 16 bytes (the index as Int32): half a million of them in the 100,000-task benchmark rows.
struct Link {
  private var index: Int32
  var lag: Int
  var kind: Dependency.Kind
  /// Added by the scheduler because the applicant cannot do two blocks at once.
  var implicit: Bool

  init(other: Int, lag: Int, kind: Dependency.Kind, implicit: Bool) {
    index = Int32(other)
    self.lag = lag
    self.kind = kind
    self.implicit = implicit
  }

  var other: Int { Int(index) }
}
