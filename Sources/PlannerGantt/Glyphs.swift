/// The characters the chart is drawn with, in Unicode or plain 7-bit ASCII.
struct Glyphs {
  let critical: Character
  let planned: Character
  let done: Character
  let milestone: Character
  let doneMilestone: Character
  let float: Character
  let gate: Character
  let today: Character
  let deadline: Character
  let clippedLeft: Character
  let clippedRight: Character
  let booked: Character
  let estimated: Character
  /// Marks the 1st of a month the axis has no room to name.
  let tick: Character
  /// Ends a truncated name.
  let ellipsis: String

  init(ascii: Bool) {
    if ascii {
      critical = "#"
      planned = "-"
      done = "="
      milestone = "*"
      doneMilestone = "o"
      float = "."
      gate = "|"
      today = ":"
      deadline = "]"
      clippedLeft = "<"
      clippedRight = ">"
      booked = "@"
      estimated = "~"
      tick = "'"
      // Not "~": that already marks estimates.
      ellipsis = ".."
    } else {
      critical = "█"
      planned = "▒"
      done = "░"
      milestone = "◆"
      doneMilestone = "◇"
      float = "·"
      gate = "│"
      today = "┆"
      deadline = "⊣"
      clippedLeft = "◂"
      clippedRight = "▸"
      booked = "●"
      estimated = "≈"
      tick = "╵"
      ellipsis = "…"
    }
  }
}
