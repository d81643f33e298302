public import PlannerPathway

/// `planner next` and the plan's Next block as text, fitted to a width. The prose wraps between
/// words under its own column; the record command stays on the item's line when everything fits,
/// else it gets its own lines, broken only between arguments (an option stays with its value)
/// with a trailing ` \`, so that the lines pasted into a shell are still one command.
public enum NextText {
  /// The short block that heads `plan`'s text output. `ascii` measures the arrow as the "->" that
  /// `--ascii` folds it to, so the folded lines still fit.
  public static func block(_ next: NextActions, width: Int, ascii: Bool = false, limit: Int = 4) -> String {
    var out = ["Next (\(next.today) → \(next.until)):"]
    out += next.items.isEmpty ? ["  nothing to start or record"] : next.items.prefix(limit).flatMap { lines($0, short: true, width: width, arrow: ascii ? "->" : "→") }
    if next.items.count > limit { out.append("  … and \(next.items.count - limit) more: `planner next` lists them") }
    return out.joined(separator: "\n") + "\n"
  }

  /// The whole list for `planner next`, under its title (already wrapped by the caller).
  public static func list(_ next: NextActions, title: String, width: Int) -> String {
    var out = [title]
    out += next.items.isEmpty ? ["Nothing to start or record before \(next.until)."] : next.items.flatMap { lines($0, short: false, width: width) }
    return out.joined(separator: "\n") + "\n"
  }

  static func mark(_ kind: NextActions.Item.Kind) -> String {
    switch kind {
    case .blocker: "BLOCKED "
    case .overdue: "overdue "
    case .start: "do      "
    case .booking: "booked  "
    case .deadline: "deadline"
    case .target: "target  "
    }
  }

  /// One item: "  DATE  KIND      text", the text wrapped under itself, then the command.
  static func lines(_ item: NextActions.Item, short: Bool, width: Int, arrow: String = "→") -> [String] {
    let lead = "  \(item.date)  \(mark(item.kind))  "
    let text = short ? item.headline : item.text
    let command = item.record.map { arrow + " " + ($0.when.label.map { "\($0): " } ?? "") + $0.command }
    if let command, lead.count + text.count + 2 + command.count <= width { return [lead + text + "  " + command] }
    if command == nil, lead.count + text.count <= width { return [lead + text] }
    var out = words(text, first: lead, rest: String(repeating: " ", count: lead.count), width: width)
    if let record = item.record { out += commandLines(record, width: width, arrow: arrow) }
    return out
  }

  /// Greedy word wrap; a word longer than the width stays whole.
  static func words(_ text: String, first: String, rest: String, width: Int) -> [String] {
    var out: [String] = []
    var current = first
    var empty = true
    for word in text.split(separator: " ") {
      if !empty && current.count + 1 + word.count > width {
        out.append(current)
        current = rest + word
      } else {
        current += (empty ? "" : " ") + word
      }
      empty = false
    }
    out.append(current)
    return out
  }

  /// "    → when done: planner record … \" and "        --profile PATH": breaks only between
  /// arguments, never between an option and its value, each broken line ending in " \".
  static func commandLines(_ record: RecordSuggestion, width: Int, arrow: String) -> [String] {
    let groups = argumentGroups(record.command)
    let first = "    \(arrow) " + (record.when.label.map { "\($0): " } ?? "")
    let rest = "        "
    var out: [String] = []
    var current = first
    var empty = true
    for (i, group) in groups.enumerated() {
      let tail = groups[i...].joined(separator: " ")
      // The rest fits as is; else leave room for the " \" that a later break adds.
      if !empty && current.count + 1 + tail.count <= width {
        current += " " + tail
        break
      }
      if !empty && current.count + 1 + group.count + 2 > width {
        out.append(current + " \\")
        current = rest + group
      } else {
        current += (empty ? "" : " ") + group
      }
      empty = false
    }
    out.append(current)
    return out
  }

  /// The command's words, an option joined with its value (`--profile me.yaml`); a quoted
  /// word ('my plans/me.yaml') is one word.
  static func argumentGroups(_ command: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quoted = false
    for c in command {
      if c == "'" { quoted.toggle() }
      if c == " " && !quoted {
        if !current.isEmpty { words.append(current) }
        current = ""
      } else {
        current.append(c)
      }
    }
    if !current.isEmpty { words.append(current) }
    var out: [String] = []
    for word in words {
      if let last = out.last, last.hasPrefix("--"), !last.contains(" "), !word.hasPrefix("--") {
        out[out.count - 1] = last + " " + word
      } else {
        out.append(word)
      }
    }
    return out
  }
}
