public import Foundation
#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A WebDAV multistatus reply (RFC 4918 §13, §14.16) read with Foundation's XMLParser: for each
/// `response`, its `href`, the `getetag` and whether `resourcetype` says calendar (RFC 4791 §4.2)
/// from a propstat whose status is 200. Namespaces are resolved by the parser, so `D:`, `d:` or
/// a default namespace all read the same.
public struct Multistatus: Sendable, Equatable {
  public struct Entry: Sendable, Equatable {
    public var href: String
    public var etag: String?
    public var isCalendar: Bool

    public init(href: String, etag: String?, isCalendar: Bool) {
      self.href = href
      self.etag = etag
      self.isCalendar = isCalendar
    }
  }

  public var entries: [Entry]

  public static let dav = "DAV:"
  public static let caldav = "urn:ietf:params:xml:ns:caldav"

  /// - Throws: `SyncError.badResponse` when the body is not well-formed XML.
  public static func parse(_ data: Data, what: String) throws(SyncError) -> Multistatus {
    let reader = Reader()
    let parser = XMLParser(data: data)
    parser.shouldProcessNamespaces = true
    parser.delegate = reader
    guard parser.parse() else {
      let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "not XML"
      throw .badResponse(what: what, reason: "the multistatus XML does not parse: \(reason)")
    }
    // FoundationXML accepts a document cut short without an error: a whole reply ends its root.
    guard reader.complete else { throw .badResponse(what: what, reason: "no complete DAV: multistatus element") }
    return Multistatus(entries: reader.entries)
  }

  private final class Reader: NSObject, XMLParserDelegate {
    var entries: [Entry] = []
    var complete = false
    private var path: [String] = []
    private var text = ""
    private var href = ""
    private var etag: String?
    private var isCalendar = false
    private var propstatOK = false
    private var propstatETag: String?
    private var propstatCalendar = false

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      let key = (namespaceURI == Multistatus.caldav ? "C:" : namespaceURI == Multistatus.dav ? "D:" : "?:") + name
      path.append(key)
      text = ""
      switch key {
      case "D:response": (href, etag, isCalendar) = ("", nil, false)
      case "D:propstat": (propstatOK, propstatETag, propstatCalendar) = (false, nil, false)
      case "C:calendar" where path.dropLast().last == "D:resourcetype": propstatCalendar = true
      default: break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      let key = path.popLast() ?? ""
      let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
      switch key {
      case "D:href" where path.last == "D:response": href = value
      case "D:getetag": propstatETag = value
      case "D:status" where path.last == "D:propstat":
        propstatOK = value.split(separator: " ").dropFirst().first == "200"
      case "D:propstat" where propstatOK:
        etag = propstatETag ?? etag
        isCalendar = isCalendar || propstatCalendar
      case "D:response":
        entries.append(Entry(href: href, etag: etag, isCalendar: isCalendar))
      case "D:multistatus" where path.isEmpty: complete = true
      default: break
      }
      text = ""
    }
  }
}
