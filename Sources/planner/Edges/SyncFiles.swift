import Foundation
import PlannerCalDAV

/// What `planner sync` keeps beside the profile: `me.yaml` → `me.caldav.json` (the sync state,
/// written like the journal: atomically, under its own lock `me.caldav.json.lock`), and where
/// its credentials come from. The password is read here and handed to the transport only.
struct SyncFiles {
  var state: String
  var lock: String

  init(_ files: ReplanFiles) {
    var base = files.journal
    if base.hasSuffix(".journal") { base = String(base.dropLast(".journal".count)) }
    state = base + ".caldav.json"
    lock = state + ".lock"
  }

  func read() throws -> SyncState {
    guard Files.exists(state) else { return SyncState() }
    let bytes = try Files.readBytes(state)
    do {
      return try JSONDecoder().decode(SyncState.self, from: Data(bytes))
    } catch {
      throw InputError("\(state): is not a sync state planner can read (\(error.localizedDescription)); move it away to start the sync afresh (planner finds its own events on the server again)")
    }
  }

  func write(_ value: SyncState) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    try DurableFile.write(String(decoding: data, as: UTF8.self) + "\n", to: state)
  }

  /// PLANNER_CALDAV_USER and PLANNER_CALDAV_PASSWORD, else the host's entry (or `default`) in
  /// $HOME/.netrc, as curl and git read it. Never an option: a password on the command line
  /// shows in `ps` and in the shell's history.
  static func credentials(host: String, environment: [String: String]) throws -> Netrc.Credentials {
    let user = environment["PLANNER_CALDAV_USER"]
    let password = environment["PLANNER_CALDAV_PASSWORD"]
    if user != nil || password != nil {
      guard let user, let password, !user.isEmpty else {
        throw InputError("set both PLANNER_CALDAV_USER and PLANNER_CALDAV_PASSWORD, or neither (then ~/.netrc is read); nothing was synced")
      }
      return Netrc.Credentials(login: user, password: password)
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    let netrc = (home as NSString).appendingPathComponent(".netrc")
    if Files.exists(netrc), let found = Netrc.credentials(in: try Files.read(netrc), host: host) { return found }
    throw InputError("no user name and password for \(host): add a line `machine \(host) login USER password PASSWORD` to \(netrc) (chmod 600), or set PLANNER_CALDAV_USER and PLANNER_CALDAV_PASSWORD; nothing was synced")
  }
}
