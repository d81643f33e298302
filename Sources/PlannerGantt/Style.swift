/// What a piece of text means, so colour can be decided in one place.
enum Style: Hashable {
  case plain, heading, critical, planned, done, float, gate, today, deadline, late, booked, estimated, dim, band

  /// The SGR parameters for this style; nil means the terminal's default look.
  var sgr: String? {
    switch self {
    case .plain, .planned: return nil
    case .heading: return "1"
    case .critical, .deadline: return "31"
    // Broken deadlines and negative float must stand out even among red critical bars.
    case .late: return "1;31"
    case .done: return "2;32"
    case .float, .dim: return "2"
    case .gate: return "36"
    case .today: return "1;35"
    case .booked: return "34"
    case .estimated: return "33"
    case .band: return "35"
    }
  }
}
