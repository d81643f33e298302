import PlannerCalDAV
import Testing

/// `.netrc` as curl and git read it (README "Calendar sync": where the password comes from).
struct NetrcTests {
  @Test func theHostsEntryWinsOverDefault() {
    let text = """
      default login anyone password fallback
      machine dav.example.org
        login alice
        password "s3cret with space"
      machine other.example login bob password b
      """
    #expect(Netrc.credentials(in: text, host: "DAV.example.org") == .init(login: "alice", password: "s3cret with space"))
    #expect(Netrc.credentials(in: text, host: "nowhere.example") == .init(login: "anyone", password: "fallback"))
  }

  @Test func macrosAndCommentsAreSkipped() {
    let text = "# my hosts\nmacdef init\nmachine evil login x password y\n\nmachine dav.example.org login a password p\n"
    #expect(Netrc.credentials(in: text, host: "evil") == nil)
    #expect(Netrc.credentials(in: text, host: "dav.example.org") == .init(login: "a", password: "p"))
  }

  @Test func anEntryWithoutAPasswordGivesNothing() {
    #expect(Netrc.credentials(in: "machine h login a", host: "h") == nil)
  }
}
