public import Yams

/// Where a document's aliases were used, from `YAMLPrescan.scan`, so that a value reached
/// through an alias is reported at the alias (`step1: *weeks`), not at its anchor (issue 26,
/// point 6; `AliasPositionTests`). Yams gives an alias the anchored node itself, marks and all.
public struct YAMLAliases: Sendable {
  struct Position: Hashable, Sendable {
    var line: Int
    var column: Int
  }

  struct Use: Sendable {
    var anchor: Position
    var use: Position
  }

  /// The place of every anchored value, and every alias in document order.
  var anchors: Set<Position> = []
  var uses: [Use] = []

  init() {}

  /// The composed document with each value reached through an alias carrying the alias's place.
  ///
  /// Yams composes in document order, as libyaml emits events, so walking the tree in that order
  /// meets the aliases in the order `uses` lists them: a node at an anchor's place already seen
  /// is the next alias. If the two ever disagree, the rest keep their anchor's place.
  public func remark(_ root: Node) -> Node {
    guard !uses.isEmpty, Self.mark(line: 1, column: 1) != nil else { return root }
    var walk = Walk(aliases: self)
    return walk.visit(root)
  }

  private struct Walk {
    let aliases: YAMLAliases
    var next = 0
    var seen: Set<Position> = []

    mutating func visit(_ node: Node) -> Node {
      guard next < aliases.uses.count else { return node }
      if let mark = node.mark {
        let at = Position(line: mark.line, column: mark.column)
        if aliases.anchors.contains(at) {
          if seen.contains(at) {
            guard aliases.uses[next].anchor == at, let use = YAMLAliases.mark(line: aliases.uses[next].use.line, column: aliases.uses[next].use.column) else {
              next = aliases.uses.count
              return node
            }
            next += 1
            return YAMLAliases.placed(node, at: use)
          }
          seen.insert(at)
        }
      }
      switch node {
      case .mapping(var mapping):
        for i in mapping.indices {
          let key = visit(mapping[i].key)
          mapping[i] = (key: key, value: visit(mapping[i].value))
        }
        return .mapping(mapping)
      case .sequence(var sequence):
        for i in sequence.indices { sequence[i] = visit(sequence[i]) }
        return .sequence(sequence)
      default:
        return node
      }
    }
  }

  /// A copy of `node` with every mark inside it set to `mark`.
  static func placed(_ node: Node, at mark: Mark) -> Node {
    switch node {
    case .scalar(var scalar):
      scalar.mark = mark
      return .scalar(scalar)
    case .mapping(var mapping):
      mapping.mark = mark
      for i in mapping.indices { mapping[i] = (key: placed(mapping[i].key, at: mark), value: placed(mapping[i].value, at: mark)) }
      return .mapping(mapping)
    case .sequence(var sequence):
      sequence.mark = mark
      for i in sequence.indices { sequence[i] = placed(sequence[i], at: mark) }
      return .sequence(sequence)
    case .alias(var alias):
      alias.mark = mark
      return .alias(alias)
    }
  }

  /// Yams's `Mark` (a line and a column, two `Int`s) has no public initialiser. Built by layout,
  /// and checked: where the layout differs, positions stay the anchor's (nil here).
  static func mark(line: Int, column: Int) -> Mark? {
    guard MemoryLayout<Mark>.size == MemoryLayout<(Int, Int)>.size, MemoryLayout<Mark>.alignment == MemoryLayout<(Int, Int)>.alignment else { return nil }
    let mark = unsafeBitCast((line, column), to: Mark.self)
    return mark.line == line && mark.column == column ? mark : nil
  }
}
