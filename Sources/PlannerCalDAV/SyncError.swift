/// Why a sync stopped. Each description is one line that says what to do, and none carries a
/// credential: messages name the collection's URL (which may not hold a user or password,
/// `CollectionURL`) and the host, never a request header.
public indirect enum SyncError: Error, Equatable, Sendable, CustomStringConvertible {
  case badURL(text: String, reason: String)
  case unauthorized(url: String)
  case forbidden(url: String)
  case noCollection(url: String)
  case notACalendar(url: String)
  /// Events changed (or deleted) on the server since the last sync, by name; `synced` other
  /// changes went out (a change refused with 412 mid-sync does not stop the rest).
  case conflict(names: [String], synced: Int = 0)
  case redirect(url: String, status: Int, location: String?)
  case timeout(host: String, seconds: Int)
  case unreachable(host: String, reason: String)
  case tls(host: String, reason: String)
  case http(method: String, what: String, status: Int)
  case badResponse(what: String, reason: String)
  /// A failure after some changes were sent: the next sync finishes them (the state recorded
  /// the intent before anything was sent).
  case unfinished(SyncError, sent: Int, of: Int)

  public var description: String { text(nothingSent: true) }

  /// The message; "nothing was synced" only when that is true (an `unfinished` sync had sent
  /// some changes before the server refused the next: CalDAVRefusalTests.a403PartWay…).
  func text(nothingSent: Bool) -> String {
    let nothing = nothingSent ? "; nothing was synced" : ""
    switch self {
    case .badURL(let text, let reason):
      return "--caldav '\(text)': \(reason)"
    case .unauthorized(let url):
      return "\(url): the server refused the user name or password (HTTP 401); check the entry for this host in ~/.netrc, or PLANNER_CALDAV_USER and PLANNER_CALDAV_PASSWORD\(nothing)"
    case .forbidden(let url):
      return "\(url): the server does not let this user write there (HTTP 403); check the URL is one of your own calendars\(nothing)"
    case .noCollection(let url):
      return "\(url): no such calendar (HTTP 404); create it in your calendar's web page or app and copy its CalDAV URL, or run again with --create to make it (MKCALENDAR)\(nothing)"
    case .notACalendar(let url):
      return "\(url): is not a calendar collection (no CalDAV calendar resource type); give the URL of one calendar, not of your account or a folder\(nothing)"
    case .conflict(let names, let synced):
      let list = names.map { "'\($0)'" }.joined(separator: ", ")
      let (what, them) = names.count == 1 ? ("1 event was", "it") : ("\(names.count) events were", "them")
      let others = synced == 0 ? "" : synced == 1 ? "; the 1 other change was synced" : "; the \(synced) other changes were synced"
      return "\(what) changed on the server since the last sync, and kept as the server has \(them): \(list)\(others); run again with --force to overwrite \(them) with the plan"
    case .redirect(let url, let status, let location):
      let target = location.map { " to \($0)" } ?? ""
      return "\(url): the server redirects (HTTP \(status))\(target); sync does not follow redirects: give the final URL"
    case .timeout(let host, let seconds):
      return "\(host): no answer within \(seconds) seconds; try again later, or with a longer --timeout"
    case .unreachable(let host, let reason):
      return "\(host): cannot be reached (\(reason)); check the URL and the network"
    case .tls(let host, let reason):
      return "\(host): secure connection failed (\(reason)); planner does not sync over a connection it cannot verify"
    case .http(let method, let what, let status):
      return "\(what): the server answered HTTP \(status) to \(method)"
    case .badResponse(let what, let reason):
      return "\(what): the server's answer cannot be read (\(reason))"
    case .unfinished(let error, let sent, let total):
      return "\(error.text(nothingSent: false)) — stopped after \(sent) of \(total) changes; the next `planner sync` finishes the rest"
    }
  }
}
