/// The login and password for a host in a `.netrc` file's text, read as curl and git read it
/// (the format of ftp(1) and curl's `--netrc`): whitespace-separated tokens `machine NAME`,
/// `default`, `login`, `password`, `account`, and `macdef` bodies (skipped to the next blank
/// line); double-quoted tokens may hold spaces with `\"` and `\\` escapes, as curl 7.84+ reads them.
public enum Netrc {
  public struct Credentials: Sendable, Equatable {
    public var login: String
    public var password: String

    public init(login: String, password: String) {
      self.login = login
      self.password = password
    }
  }

  /// The first `machine` entry for `host` (case-insensitive), else the `default` entry.
  /// An entry without both a login and a password gives nothing.
  public static func credentials(in text: String, host: String) -> Credentials? {
    var machine: Credentials?
    var fallback: Credentials?
    for entry in entries(text) {
      guard let login = entry.login, let password = entry.password else { continue }
      if let name = entry.machine {
        if machine == nil && name.lowercased() == host.lowercased() { machine = Credentials(login: login, password: password) }
      } else if fallback == nil {
        fallback = Credentials(login: login, password: password)
      }
    }
    return machine ?? fallback
  }

  struct Entry {
    var machine: String?
    var login: String?
    var password: String?
  }

  static func entries(_ text: String) -> [Entry] {
    var out: [Entry] = []
    var tokens = tokenize(text)[...]
    while let token = tokens.popFirst() {
      switch token {
      case "machine": out.append(Entry(machine: tokens.popFirst() ?? ""))
      case "default": out.append(Entry())
      case "login" where !out.isEmpty: out[out.count - 1].login = tokens.popFirst()
      case "password" where !out.isEmpty: out[out.count - 1].password = tokens.popFirst()
      case "account": _ = tokens.popFirst()
      default: break
      }
    }
    return out
  }

  /// Tokens in order, with each `macdef NAME` and its body (to the next empty line) left out.
  static func tokenize(_ text: String) -> [String] {
    var tokens: [String] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    var inMacro = false
    for line in lines {
      if inMacro {
        if line.allSatisfy(\.isWhitespace) { inMacro = false }
        continue
      }
      var lineTokens: [String] = []
      var current = ""
      var quoted = false
      var inToken = false
      var escape = false
      for ch in line {
        if quoted {
          if escape { current.append(ch); escape = false } else if ch == "\\" { escape = true } else if ch == "\"" { quoted = false } else { current.append(ch) }
        } else if ch == "\"" && !inToken {
          quoted = true
          inToken = true
        } else if ch.isWhitespace {
          if inToken { lineTokens.append(current); current = ""; inToken = false }
        } else if ch == "#" && !inToken && lineTokens.isEmpty {
          break
        } else {
          current.append(ch)
          inToken = true
        }
      }
      if inToken { lineTokens.append(current) }
      if let i = lineTokens.firstIndex(of: "macdef") {
        tokens += lineTokens[..<i]
        inMacro = true
      } else {
        tokens += lineTokens
      }
    }
    return tokens
  }
}
