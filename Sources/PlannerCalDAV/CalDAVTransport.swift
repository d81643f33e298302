public import Foundation

/// One HTTP request of a sync, as plain values: the engine (`CalendarSync`) says what to send,
/// a transport sends it. `URLSessionTransport` is the real one; tests may count or fail requests.
public struct CalDAVRequest: Sendable {
  public var method: String
  public var url: URL
  public var headers: [String: String]
  public var body: Data?

  public init(method: String, url: URL, headers: [String: String] = [:], body: Data? = nil) {
    self.method = method
    self.url = url
    self.headers = headers
    self.body = body
  }
}

/// The server's answer: status, headers (names lower-cased) and body.
public struct CalDAVResponse: Sendable {
  public var status: Int
  public var headers: [String: String]
  public var body: Data

  public init(status: Int, headers: [String: String], body: Data) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// Sends requests. Throws `SyncError` for what never got an HTTP answer (timeouts, unreachable
/// hosts, TLS); every HTTP status, redirects included, comes back as a response.
public protocol CalDAVTransport: Sendable {
  func send(_ request: CalDAVRequest) async throws -> CalDAVResponse
}
