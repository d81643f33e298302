public import Foundation
import Synchronization
#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The real transport: Foundation's URLSession (FoundationNetworking on Linux, libcurl under
/// it), so no HTTP is written here. Redirects are not followed (a redirect is reported, never
/// silently sent the credentials elsewhere); TLS errors are errors; nothing is cached or stored.
public final class URLSessionTransport: CalDAVTransport, @unchecked Sendable {
  private let session: URLSession
  private let delegate = SessionDelegate()
  private let authorization: String
  private let timeout: TimeInterval

  /// - Parameters:
  ///   - user, password: sent as HTTP Basic (RFC 7617) on every request; the caller has checked
  ///     the URL is HTTPS or loopback (`CollectionURL`). Kept only in this header value.
  ///   - timeout: seconds a request may wait for the server before it counts as timed out.
  public init(user: String, password: String, timeout: TimeInterval) {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.urlCache = nil
    configuration.httpCookieStorage = nil
    configuration.urlCredentialStorage = nil
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = timeout * 4
    session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    authorization = "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
    self.timeout = timeout
  }

  deinit { session.finishTasksAndInvalidate() }

  public func send(_ request: CalDAVRequest) async throws -> CalDAVResponse {
    var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
    urlRequest.httpMethod = request.method
    urlRequest.httpBody = request.body
    urlRequest.setValue(authorization, forHTTPHeaderField: "Authorization")
    for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
    let host = request.url.host ?? request.url.absoluteString
    let data: Data
    let response: URLResponse
    delegate.challenged.withLock { $0 = false }
    do {
      (data, response) = try await session.data(for: urlRequest)
    } catch let error as URLError where error.code == .cancelled && delegate.challenged.withLock({ $0 }) {
      // The credentials sent were refused: the delegate cancelled the challenge (below).
      return CalDAVResponse(status: 401, headers: [:], body: Data())
    } catch let error as URLError {
      throw Self.failure(error, host: host, timeout: timeout)
    } catch {
      throw SyncError.unreachable(host: host, reason: "\(error.localizedDescription)")
    }
    guard let http = response as? HTTPURLResponse else {
      throw SyncError.badResponse(what: "\(request.method) \(request.url.path)", reason: "not an HTTP response")
    }
    var headers: [String: String] = [:]
    for (name, value) in http.allHeaderFields {
      if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
    }
    return CalDAVResponse(status: http.statusCode, headers: headers, body: data)
  }

  /// URLError codes in the words of `SyncError`: the message names the host, never the request's headers.
  static func failure(_ error: URLError, host: String, timeout: TimeInterval) -> SyncError {
    switch error.code {
    case .timedOut:
      return .timeout(host: host, seconds: Int(timeout))
    case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
      .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected,
      .clientCertificateRequired:
      return .tls(host: host, reason: Self.reason(error))
    default:
      if let reason = tlsReason(error.localizedDescription) { return .tls(host: host, reason: reason) }
      return .unreachable(host: host, reason: Self.reason(error))
    }
  }

  /// FoundationNetworking on Linux reports every TLS failure as URLError -1 (unknown) with
  /// libcurl's message as its description ("SSL certificate problem: self-signed certificate",
  /// "OpenSSL/3.0.19: error:0A00010B:SSL routines::wrong version number"), so the message is
  /// what tells a TLS failure from an unreachable host (CalDAVRefusalTests.anUntrusted…).
  static func tlsReason(_ description: String) -> String? {
    let text = description.lowercased()
    if text.contains("certificate has expired") || text.contains("not yet valid") { return "the server's certificate is out of date" }
    if text.contains("subject name") || text.contains("target host") { return "the server's certificate is for another host name" }
    if text.contains("certificate") { return "the server's certificate is not trusted" }
    if text.contains("ssl") || text.contains("tls") { return "the TLS handshake failed" }
    return nil
  }

  private static func reason(_ error: URLError) -> String {
    switch error.code {
    case .cannotFindHost, .dnsLookupFailed: return "no such host"
    case .cannotConnectToHost: return "connection refused"
    case .notConnectedToInternet: return "no network"
    case .networkConnectionLost: return "the connection was lost"
    case .serverCertificateUntrusted, .serverCertificateHasUnknownRoot: return "the server's certificate is not trusted"
    case .serverCertificateHasBadDate, .serverCertificateNotYetValid: return "the server's certificate is out of date"
    case .secureConnectionFailed: return "the TLS handshake failed"
    default: return "URLError \(error.code.rawValue)"
    }
  }
}

/// Answers every redirect with "do not follow": the 3xx itself reaches the engine, which reports
/// it. Answers an authentication challenge (a 401 to the credentials already sent) by cancelling
/// and noting it: FoundationNetworking's default handling never returns on Linux (found with
/// Radicale and a wrong password; `CalDAVSyncTests.aWrongPasswordIsOneClearLine`).
private final class SessionDelegate: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
  let challenged = Mutex(false)

  func urlSession(
    _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
  ) {
    completionHandler(nil)
  }

  func urlSession(
    _ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
  ) {
    // On Linux the only challenges are for a password (FoundationNetworking checks certificates
    // itself, through libcurl, and a bad one is a TLS error, never a question), and planner
    // has already sent the only one it has.
    challenged.withLock { $0 = true }
    completionHandler(.cancelAuthenticationChallenge, nil)
  }
}
