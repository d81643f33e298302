import Foundation
import PlannerCalDAV
import Testing

/// HTTPS by default, plain HTTP only to this machine or with --insecure-http, no credentials in
/// the URL (issue 24, part 2).
struct CollectionURLTests {
  @Test func httpsAndLoopbackHTTPAreAccepted() throws {
    #expect(try CollectionURL("https://dav.example.org/cal/residency", insecureHTTP: false).text == "https://dav.example.org/cal/residency/")
    #expect(try CollectionURL("http://127.0.0.1:5232/u/cal/", insecureHTTP: false).host == "127.0.0.1")
    #expect(try CollectionURL("http://localhost/u/cal/", insecureHTTP: false).host == "localhost")
    #expect(try CollectionURL("http://[::1]:5232/u/cal/", insecureHTTP: false).url.port == 5232)
  }

  @Test func plainHTTPElsewhereNeedsTheFlag() throws {
    #expect(throws: SyncError.self) { try CollectionURL("http://dav.example.org/cal/", insecureHTTP: false) }
    #expect(try CollectionURL("http://dav.example.org/cal/", insecureHTTP: true).host == "dav.example.org")
    #expect(!CollectionURL.isLoopback("127.0.0.1.example.org"))
  }

  @Test func credentialsInTheURLAreRefusedWithoutEchoingThem() {
    do {
      _ = try CollectionURL("https://alice:hunter2@dav.example.org/cal/", insecureHTTP: false)
      Issue.record("accepted a URL with a password")
    } catch {
      #expect(error.description.contains("may not hold a user name or password"))
    }
    #expect(throws: SyncError.self) { try CollectionURL("ftp://dav.example.org/", insecureHTTP: false) }
    #expect(throws: SyncError.self) { try CollectionURL("not a url", insecureHTTP: false) }
  }

  @Test func hrefsNameTheirResource() throws {
    let c = try CollectionURL("https://h.example/dav/My%20Cal/", insecureHTTP: false)
    #expect(CollectionURL.lastName(of: "/dav/My%20Cal/planner-x-1.ics") == "planner-x-1.ics")
    #expect(CollectionURL.lastName(of: "https://h.example/dav/My%20Cal/a.ics") == "a.ics")
    #expect(c.isCollection("/dav/My%20Cal/"))
    #expect(c.isCollection("https://h.example/dav/My%20Cal"))
    #expect(!c.isCollection("/dav/My%20Cal/a.ics"))
  }
}
