import Foundation
import PlannerCalDAV
import Testing

/// RFC 4918 §14.16 multistatus, read by namespace (any prefix), only from 200 propstats.
struct MultistatusTests {
  @Test func etagsAndTheCalendarTypeAreRead() throws {
    let xml = """
      <?xml version="1.0"?>
      <d:multistatus xmlns:d="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav">
        <d:response><d:href>/u/cal/</d:href>
          <d:propstat><d:prop><d:resourcetype><d:collection/><cal:calendar/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
          <d:propstat><d:prop><d:getetag/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
        </d:response>
        <d:response><d:href>/u/cal/a.ics</d:href>
          <d:propstat><d:prop><d:resourcetype/><d:getetag>"e1"</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
        </d:response>
      </d:multistatus>
      """
    let m = try Multistatus.parse(Data(xml.utf8), what: "test")
    #expect(m.entries == [
      .init(href: "/u/cal/", etag: nil, isCalendar: true),
      .init(href: "/u/cal/a.ics", etag: "\"e1\"", isCalendar: false),
    ])
  }

  @Test func brokenXMLIsAnError() {
    #expect(throws: SyncError.self) { try Multistatus.parse(Data("<multistatus".utf8), what: "test") }
  }
}
