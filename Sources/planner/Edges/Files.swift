import Foundation

/// Reading inputs. Every write goes through `DurableFile`.
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
}
