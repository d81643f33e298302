/// Every task's links in one flat array: task `i`'s are `links[start[i]..<end[i]]`, in the
/// graph's dependency order. A task that may get an implicit link (`Workspace.linkApplicantBlocks`)
/// has one spare slot after its own, so adding it moves nothing. One allocation for the whole
/// graph instead of an array per task: the 100,000-task benchmark rows (`planner-bench scheduler`).
struct LinkTable {
  var links: [Link]
  var start: [Int]
  var end: [Int]

  /// Room for `counts[i]` links of task `i`, plus one where `spare[i]`.
  init(counts: [Int], spare: [Bool]) {
    let n = counts.count
    var start = [Int](repeating: 0, count: n)
    var total = 0
    for i in 0..<n {
      start[i] = total
      total += counts[i] + (spare[i] ? 1 : 0)
    }
    links = Array(repeating: Link(other: 0, lag: 0, kind: .finishToStart, implicit: true), count: total)
    self.start = start
    end = start
  }

  /// Adds a link after task `i`'s others (there must be room: its count, or its spare slot).
  mutating func append(_ link: Link, to i: Int) {
    links[end[i]] = link
    end[i] += 1
  }

  /// Task `i`'s links, for the walks that are not on the hot path.
  subscript(i: Int) -> ArraySlice<Link> { links[start[i]..<end[i]] }
}
