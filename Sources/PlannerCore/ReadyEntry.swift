/// A task ready to be placed in the forward sweep, ordered by early start, then input order.
struct ReadyEntry: Comparable {
  var earlyStart: Int
  var index: Int
  static func < (a: ReadyEntry, b: ReadyEntry) -> Bool {
    (a.earlyStart, a.index) < (b.earlyStart, b.index)
  }
}
