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
  /// A P50–P90 band (`plan --risk`), and its ends.
  let band: Character
  let bandStart: Character
  let bandEnd: Character
  /// Marks the 1st of a month the axis has no room to name.
  let tick: Character
  /// A stretch of days the applicant is away (`GanttOptions.away`).
  let away: Character
  /// Ends a truncated name.
  let ellipsis: String
  /// Only 7-bit characters, in labels too.
  let ascii: Bool

  init(ascii: Bool) {
    self.ascii = ascii
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
      band = "+"
      bandStart = "{"
      bandEnd = "}"
      tick = "'"
      away = "x"
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
      band = "━"
      bandStart = "┣"
      bandEnd = "┫"
      tick = "╵"
      away = "╳"
      ellipsis = "…"
    }
  }
}
