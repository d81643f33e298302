import Foundation

/// Reading inputs and writing outputs atomically: a failed write leaves the old file untouched.
enum Files {
  static func read(_ path: String) throws -> String {
    guard let text = String(data: Data(try readBytes(path)), encoding: .utf8) else {
      throw InputError("\(path): is not UTF-8 text")
    }
    return text
  }

  /// The file's bytes, for readers that report where text goes wrong (the profile).
  static func readBytes(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
        throw InputError(isDirectory.boolValue ? "\(path): is a directory, not a file" : "\(path): cannot be read (permission denied?)")
      }
      throw InputError("\(path): no such file")
    }
    return [UInt8](data)
  }

  static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  /// Writes to a temporary file beside the target, then renames it over the target.
  static func writeAtomically(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw InputError("\(path): folder \(directory.path) does not exist")
    }
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
    do {
      try Data(text.utf8).write(to: temporary)
      guard rename(temporary.path, url.path) == 0 else {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw InputError("\(path): cannot write (\(reason))")
      }
    } catch let error as InputError {
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw InputError("\(path): cannot write (\(error.localizedDescription))")
    }
  }
}
