import Foundation
public import PlannerICal

/// One `planner sync`: makes a CalDAV collection hold exactly the plan's events, touching only
/// this plan's own resources (`CalendarResource.prefix`), never the user's (issue 24, part 1).
///
/// - Creates with `If-None-Match: *`, changes and deletes with `If-Match: ETAG` (RFC 4791 §5.3.2,
///   RFC 7232 §3.1–3.2), so nothing the server changed since is overwritten unseen.
/// - Sends only what changed since the last sync (fingerprints in the state); unchanged events
///   cost no request beyond the one PROPFIND listing (RFC 4918 §9.1).
/// - Events the plan dropped are deleted, not kept as CANCELLED: a CalDAV client mirrors a
///   deletion on every device at its next sync, which the `.ics` tombstones exist to imitate.
/// - The intent is saved before the first change goes out; the next run reconciles it against
///   the server's ETags (`reconcile`), so a sync killed anywhere is finished, not repeated blindly.
public struct CalendarSync: Sendable {
  public var collection: CollectionURL
  /// The plan's fingerprint (`ICalDocument.plan`): every resource name starts with it.
  public var plan: String
  public var resources: [CalendarResource]
  /// Overwrite (or delete) events changed on the server since the last sync.
  public var force = false
  /// Make the collection (MKCALENDAR, RFC 4791 §5.3.1) when it does not exist.
  public var create = false
  /// DTSTAMP and LAST-MODIFIED of what is sent, UTC seconds (a parameter: no clock here).
  public var now: Int
  public var transport: any CalDAVTransport
  /// Called after each step that a killed sync must survive (fault-injection tests).
  public var checkpoint: @Sendable (String) -> Void = { _ in }

  public init(collection: CollectionURL, plan: String, resources: [CalendarResource], now: Int, transport: any CalDAVTransport) {
    self.collection = collection
    self.plan = plan
    self.resources = resources
    self.now = now
    self.transport = transport
  }

  /// What a finished sync did.
  public struct Outcome: Sendable, Equatable {
    public var events: Int
    public var changed: Int
    public var removed: Int
    public var unchanged: Int
    public var created: Bool
  }

  enum Change {
    case create(CalendarResource, sequence: Int)
    case update(CalendarResource, etag: String?, sequence: Int)
    case delete(etag: String?)
  }

  /// Runs the sync from `start`, handing every state worth keeping to `save` (which writes it
  /// durably) before going on. Throws `SyncError`; the state saved last is still right then.
  public func run(_ start: SyncState.Collection, save: (SyncState.Collection) throws -> Void) async throws -> Outcome {
    var state = start
    var created = false
    var server: [String: String]
    do {
      server = try await list()
    } catch SyncError.noCollection(let url) where create {
      let response = try await transport.send(CalDAVRequest(method: "MKCALENDAR", url: collection.url))
      guard response.status == 201 else { throw failure(response, method: "MKCALENDAR", what: url) }
      created = true
      server = [:]
    }
    let desired = Dictionary(resources.map { (resourceName($0), $0) }, uniquingKeysWith: { first, _ in first })
    let conflicts = try await reconcile(&state, server: server, desired: desired)
    if !conflicts.isEmpty {
      try save(state)
      throw SyncError.conflict(names: conflicts)
    }
    let changes = changes(state, desired: desired)
    for (name, change) in changes {
      switch change {
      case .create(let r, _), .update(let r, _, _): state.pending[name] = .init(action: .put, fingerprint: r.fingerprint)
      case .delete: state.pending[name] = .init(action: .delete, fingerprint: "")
      }
    }
    if !changes.isEmpty {
      try save(state)
      checkpoint("sync-intent")
    }
    var sent = 0
    var lost: [String] = []
    do {
      for (name, change) in changes {
        if let conflict = try await send(change, name: name, state: &state) { lost.append(conflict) }
        sent += 1
        checkpoint("sync-request")
      }
      if state.events.values.contains(where: { $0.etag == nil }) {
        let listed = try await list()
        for (name, entry) in state.events where entry.etag == nil { state.events[name]?.etag = listed[name] }
      }
    } catch let error as SyncError {
      try save(state)
      throw sent == 0 ? error : SyncError.unfinished(error, sent: sent, of: changes.count)
    }
    try save(state)
    if !lost.isEmpty { throw SyncError.conflict(names: lost, synced: sent - lost.count) }
    let removed = changes.filter { if case .delete = $0.1 { true } else { false } }.count
    return Outcome(
      events: resources.count, changed: changes.count - removed, removed: removed,
      unchanged: resources.count - (changes.count - removed), created: created)
  }

  func resourceName(_ resource: CalendarResource) -> String { CalendarResource.name(uid: resource.event.uid, plan: plan) }

  /// This plan's resources in the collection and their ETags (PROPFIND, Depth 1).
  func list() async throws -> [String: String] {
    let body = #"<?xml version="1.0" encoding="utf-8"?><propfind xmlns="DAV:"><prop><resourcetype/><getetag/></prop></propfind>"#
    let request = CalDAVRequest(
      method: "PROPFIND", url: collection.url,
      headers: ["Depth": "1", "Content-Type": "application/xml; charset=utf-8"], body: Data(body.utf8))
    let response = try await transport.send(request)
    guard response.status == 207 else { throw failure(response, method: "PROPFIND", what: collection.text) }
    let listing = try Multistatus.parse(response.body, what: collection.text)
    if let own = listing.entries.first(where: { collection.isCollection($0.href) }), !own.isCalendar {
      throw SyncError.notACalendar(url: collection.text)
    }
    let prefix = CalendarResource.prefix(plan: plan)
    var out: [String: String] = [:]
    for entry in listing.entries where !collection.isCollection(entry.href) {
      let name = CollectionURL.lastName(of: entry.href)
      if name.hasPrefix(prefix) { out[name] = entry.etag ?? "" }
    }
    return out
  }

  /// Brings the state up to what the server holds: intents of a killed sync that landed are
  /// recorded, ones that did not are dropped (the plan below sends them again), and resources
  /// changed or deleted by someone else are returned by name as conflicts (with `force`, they
  /// are taken as the server has them, so the plan overwrites them).
  func reconcile(_ state: inout SyncState.Collection, server: [String: String], desired: [String: CalendarResource]) async throws -> [String] {
    var conflicts: [String] = []
    let names = Set(server.keys).union(state.events.keys).union(state.pending.keys)
    for name in names.sorted() {
      let entry = state.events[name]
      let intent = state.pending[name]
      guard let etag = server[name] else {
        // Gone from the server. Deleted by us (an intent), or by the user: a conflict only for
        // an event the plan still has, which `force` puts back.
        if let entry, intent?.action != .delete, desired[name] != nil, !force {
          conflicts.append(entry.summary)
        } else {
          state.events[name] = nil
        }
        continue
      }
      if let entry, entry.etag == etag { continue }
      let event = try await fetch(name)
      let fingerprint = try wrap { () throws(CalendarError) in try CalendarResource(event).fingerprint }
      let known = SyncState.Entry(etag: etag, fingerprint: fingerprint, sequence: event.sequence, summary: event.summary)
      if entry == nil || desired[name]?.fingerprint == fingerprint || intent?.fingerprint == fingerprint {
        // Ours as it should be, ours as a killed sync sent it, or ours with the state lost.
        state.events[name] = known
      } else if force {
        state.events[name] = SyncState.Entry(
          etag: etag, fingerprint: fingerprint, sequence: max(event.sequence, entry?.sequence ?? 0), summary: event.summary)
      } else {
        let ours = entry?.summary ?? event.summary
        conflicts.append(ours == event.summary ? ours : "\(ours)' (now '\(event.summary)")
      }
    }
    state.pending = [:]
    return conflicts
  }

  /// The changes that make the server hold the plan: in the plan's order, then the deletions.
  func changes(_ state: SyncState.Collection, desired: [String: CalendarResource]) -> [(String, Change)] {
    var changes: [(String, Change)] = []
    var seen: Set<String> = []
    for resource in resources {
      let name = resourceName(resource)
      guard seen.insert(name).inserted else { continue }
      if let entry = state.events[name] {
        if entry.fingerprint != resource.fingerprint {
          changes.append((name, .update(resource, etag: entry.etag, sequence: entry.sequence + 1)))
        }
      } else {
        changes.append((name, .create(resource, sequence: 0)))
      }
    }
    for name in state.events.keys.sorted() where desired[name] == nil {
      changes.append((name, .delete(etag: state.events[name]?.etag)))
    }
    return changes
  }

  /// Sends one change and records its result; returns the event's name when the server refused
  /// it because it changed meanwhile (412), for the conflict report.
  func send(_ change: Change, name: String, state: inout SyncState.Collection) async throws -> String? {
    let url = collection.resource(name)
    switch change {
    case .create(let resource, let sequence), .update(let resource, _, let sequence):
      var headers = ["Content-Type": "text/calendar; charset=utf-8"]
      if case .update(_, let etag, _) = change, let etag { headers["If-Match"] = etag } else { headers["If-None-Match"] = "*" }
      let text = try wrap { () throws(CalendarError) in try resource.text(dtstamp: now, sequence: sequence) }
      let response = try await transport.send(CalDAVRequest(method: "PUT", url: url, headers: headers, body: Data(text.utf8)))
      if response.status == 412 { return resource.event.summary }
      guard response.status == 201 || response.status == 204 || response.status == 200 else {
        throw failure(response, method: "PUT", what: collection.text + name)
      }
      state.events[name] = SyncState.Entry(
        etag: response.header("ETag"), fingerprint: resource.fingerprint, sequence: sequence, summary: resource.event.summary)
    case .delete(let etag):
      let headers = etag.map { ["If-Match": $0] } ?? [:]
      let response = try await transport.send(CalDAVRequest(method: "DELETE", url: url, headers: headers))
      if response.status == 412 { return state.events[name]?.summary ?? name }
      guard response.status == 204 || response.status == 200 || response.status == 404 else {
        throw failure(response, method: "DELETE", what: collection.text + name)
      }
      state.events[name] = nil
    }
    state.pending[name] = nil
    return nil
  }

  func fetch(_ name: String) async throws -> ICalEvent {
    let response = try await transport.send(CalDAVRequest(method: "GET", url: collection.resource(name)))
    guard response.status == 200 else { throw failure(response, method: "GET", what: collection.text + name) }
    let text = String(decoding: response.body, as: UTF8.self)
    return try wrap { () throws(CalendarError) in try CalendarResource.read(text, name: collection.text + name) }
  }

  func wrap<T>(_ body: () throws(CalendarError) -> T) throws -> T {
    do { return try body() } catch { throw SyncError.badResponse(what: collection.text, reason: error.description) }
  }

  /// An unexpected status as the error it means.
  func failure(_ response: CalDAVResponse, method: String, what: String) -> SyncError {
    switch response.status {
    case 401: return .unauthorized(url: collection.text)
    case 403: return .forbidden(url: collection.text)
    case 404 where method == "PROPFIND": return .noCollection(url: collection.text)
    case 300..<400: return .redirect(url: what, status: response.status, location: response.header("Location"))
    default: return .http(method: method, what: what, status: response.status)
    }
  }
}
