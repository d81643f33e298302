import Foundation
import PlannerRules

/// Reading inputs. Every write goes through `DurableFile`.
///
/// Every read is bounded, before anything is parsed (issue 26, point 6): the applicant's files
/// (profile, journal, rules pack, programs CSV) by `InputLimit`, planner's own outputs read back
/// (the saved plan, a previous calendar) by `ownOutputLimit`. A FIFO or `/dev/zero` named as a
/// profile stops at the limit instead of filling memory (`InputLimitTests`).
enum Files {
  /// Planner's own files are larger than any input (a calendar of a long plan), but a planted
  /// file still must not take all memory.
  static let ownOutputLimit = 256 * 1024 * 1024

  static func read(_ path: String, limit: Int = InputLimit.bytes) throws -> String {
    try text(readBytes(path, limit: limit), path)
  }

  /// Bytes as text; bytes that are not UTF-8 are an error at the first bad byte's line and
  /// column, as profiles get (`YAMLText.decode`).
  static func text(_ bytes: [UInt8], _ path: String) throws -> String {
    switch Result(catching: { () throws(DiagnosticError) in try YAMLText.decode(bytes, file: path) }) {
    case .success(let text): return text
    case .failure(let error): throw InputError(error.description)
    }
  }

  /// The file's bytes, at most `limit` of them.
  static func readBytes(_ path: String, limit: Int = InputLimit.bytes) throws -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw InputError("\(path): no such file") }
    if isDirectory.boolValue { throw InputError("\(path): is a directory, not a file") }
    guard let handle = FileHandle(forReadingAtPath: path) else { throw InputError("\(path): cannot be read (permission denied?)") }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: limit + 1) ?? Data()
    } catch {
      throw InputError("\(path): cannot be read (\(error.localizedDescription))")
    }
    if data.count > limit { throw InputError(InputLimit.tooLarge(path, limit: limit)) }
    return [UInt8](data)
  }

  static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}
