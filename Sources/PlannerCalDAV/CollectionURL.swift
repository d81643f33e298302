public import Foundation

/// The calendar collection a sync writes to, checked before anything is sent: HTTPS, or plain
/// HTTP only to this machine (or with `--insecure-http`), since the password travels with every
/// request (issue 24, part 2); no user or password inside the URL (credentials come only from
/// ~/.netrc or the environment, and a URL is printed in messages).
public struct CollectionURL: Sendable, Equatable {
  /// The collection, its path ending in `/`.
  public let url: URL
  /// As typed (with the `/` added), for messages and as the sync state's key.
  public let text: String

  public init(_ text: String, insecureHTTP: Bool) throws(SyncError) {
    func bad(_ reason: String) -> SyncError { .badURL(text: Self.withoutCredentials(text), reason: reason) }
    guard let parts = URLComponents(string: text), let scheme = parts.scheme?.lowercased(),
      let host = parts.host, !host.isEmpty
    else { throw bad("not a URL (expected https://HOST/PATH/)") }
    guard parts.user == nil && parts.password == nil else {
      throw bad("a URL may not hold a user name or password: put them in ~/.netrc or PLANNER_CALDAV_USER and PLANNER_CALDAV_PASSWORD")
    }
    guard parts.query == nil && parts.fragment == nil else { throw bad("a calendar URL has no ?query or #fragment") }
    switch scheme {
    case "https": break
    case "http":
      guard insecureHTTP || Self.isLoopback(host) else {
        throw bad("plain HTTP would send your password unencrypted; use https://, or pass --insecure-http if you must")
      }
    default: throw bad("'\(scheme):' is not https: or http:")
    }
    let slashed = text.hasSuffix("/") ? text : text + "/"
    guard let url = URL(string: slashed) else { throw bad("not a URL (expected https://HOST/PATH/)") }
    self.url = url
    self.text = slashed
  }

  /// `text` with anything between `://` and `@` in its authority dropped, so that a password typed
  /// into a URL is never repeated in the message refusing it (`CalDAVErrorTests`).
  static func withoutCredentials(_ text: String) -> String {
    guard let scheme = text.range(of: "://") else { return text }
    let rest = text[scheme.upperBound...]
    let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    guard let at = authority.lastIndex(of: "@") else { return text }
    return String(text[..<scheme.upperBound]) + "…@" + String(text[text.index(after: at)...])
  }

  /// localhost, 127.0.0.0/8 and ::1: what never leaves this machine.
  public static func isLoopback(_ host: String) -> Bool {
    let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
    if bare == "localhost" || bare == "::1" { return true }
    let octets = bare.split(separator: ".", omittingEmptySubsequences: false)
    return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
  }

  public var host: String { url.host ?? text }

  /// A resource inside the collection (`name` is hex digits, a dash and `.ics`: no escaping needed).
  public func resource(_ name: String) -> URL { url.appendingPathComponent(name) }

  /// The resource name an `href` of a PROPFIND answer ends in (RFC 4918 §14.7: an absolute
  /// URI or an absolute path, percent-encoded).
  public static func lastName(of href: String) -> String {
    let path = URLComponents(string: href)?.path ?? href
    let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
    let last = trimmed.split(separator: "/").last.map(String.init) ?? ""
    return last.removingPercentEncoding ?? last
  }

  /// Whether an `href` names the collection itself.
  public func isCollection(_ href: String) -> Bool {
    func normal(_ path: String) -> String {
      let decoded = path.removingPercentEncoding ?? path
      return decoded.hasSuffix("/") ? String(decoded.dropLast()) : decoded
    }
    let path = URLComponents(string: href)?.path ?? href
    return normal(path) == normal(url.path)
  }
}
