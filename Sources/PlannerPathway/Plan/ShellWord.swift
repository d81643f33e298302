/// Words of the commands planner prints for people to paste into a shell ("→ when done: planner
/// record ID done --date …"): each argument quoted so that no shell reads it as anything but
/// one word, whatever a profile put in it (issue 26, point 3).
public enum ShellWord {
  /// Characters no POSIX shell gives a meaning to inside a word.
  static let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./+-=:,@%")

  /// `s` as it is when the shell would read it as itself, else in single quotes (a quote inside
  /// closes, escapes and reopens them: `'it'\''s'`).
  public static func quoted(_ s: String) -> String {
    if !s.isEmpty && s.allSatisfy(plain.contains) { return s }
    var out = "'"
    for character in s { out += character == "'" ? "'\\''" : String(character) }
    return out + "'"
  }

  /// Whether an own task's id is one `planner record ID done` can take as typed: lowercase
  /// letters, digits, '.', '_' and '-', starting with a letter or a digit.
  public static func isTaskID(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, isIDScalar(first), first != ".", first != "_", first != "-" else { return false }
    return id.unicodeScalars.allSatisfy(isIDScalar)
  }

  /// An id in that alphabet close to `id`: lowercased, every other run of characters one '-'.
  public static func suggestedTaskID(_ id: String) -> String {
    var out = ""
    for scalar in id.lowercased().unicodeScalars {
      if isIDScalar(scalar) { out.unicodeScalars.append(scalar) } else if !out.hasSuffix("-") { out += "-" }
    }
    let trimmed = out.drop { $0 == "-" || $0 == "." || $0 == "_" }
    let cut = String(trimmed.reversed().drop { $0 == "-" }.reversed())
    return cut.isEmpty ? "my.task" : String(cut.prefix(40))
  }

  static func isIDScalar(_ s: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(s) || ("0"..."9").contains(s) || s == "." || s == "_" || s == "-"
  }
}
