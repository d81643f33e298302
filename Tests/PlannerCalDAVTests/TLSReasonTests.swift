import Testing

@testable import PlannerCalDAV

/// libcurl's own messages (seen through FoundationNetworking as URLError -1) name the TLS
/// failure the user reads; anything else stays "cannot be reached".
struct TLSReasonTests {
  @Test(arguments: [
    ("SSL certificate problem: self-signed certificate", "the server's certificate is not trusted"),
    ("SSL certificate problem: unable to get local issuer certificate", "the server's certificate is not trusted"),
    ("SSL certificate problem: certificate has expired", "the server's certificate is out of date"),
    ("SSL certificate problem: certificate is not yet valid", "the server's certificate is out of date"),
    ("SSL: no alternative certificate subject name matches target host name 'dav.example.org'", "the server's certificate is for another host name"),
    ("OpenSSL/3.0.19: error:0A00010B:SSL routines::wrong version number", "the TLS handshake failed"),
  ])
  func libcurlsTLSMessages(message: String, reason: String) {
    #expect(URLSessionTransport.tlsReason(message) == reason)
  }

  @Test func otherFailuresAreNotTLS() {
    #expect(URLSessionTransport.tlsReason("Couldn't connect to server") == nil)
    #expect(URLSessionTransport.tlsReason("Could not resolve host: dav.example.org") == nil)
  }
}
