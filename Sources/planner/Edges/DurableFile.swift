import Foundation

/// The one way planner writes a file (journal, saved plan, calendar, `init`): a temporary file
/// created exclusively, without following symlinks, under an unpredictable name in the target's
/// own folder; every byte written and flushed; renamed over the target; the folder flushed. A
/// crash leaves the old file or the new one, never a mix. A symlinked target is written through
/// the link (its final target is replaced), so the link keeps working.
enum DurableFile {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// - Returns: the path actually replaced (the symlink's target, when `path` is a symlink).
  @discardableResult
  static func write(_ text: String, to path: String) throws(Failure) -> String {
    let target = try resolve(path)
    let folder = (target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    func failure(_ what: String, _ code: Int32 = errno) -> Failure {
      Failure(description: "\(path): cannot write (\(what): \(String(cString: strerror(code)))); the file is unchanged")
    }
    var existing = stat()
    let mode: mode_t = stat(target, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644
    var fd: Int32 = -1
    var temporary = ""
    for _ in 0..<8 {
      temporary = folder + "/.\(name).\(randomSuffix()).tmp"
      fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
      if fd >= 0 || errno != EEXIST { break }
    }
    guard fd >= 0 else { throw failure("create a temporary file in \(folder)") }
    func abandon(_ error: Failure) -> Failure {
      close(fd)
      unlink(temporary)
      return error
    }
    // open() applies the umask; the replacement keeps the old file's permissions.
    _ = fchmod(fd, mode)
    let bytes = Array(text.utf8)
    var written = 0
    // Two halves, so a crash point can stop the write in the middle.
    let half = bytes.count / 2
    while written < bytes.count {
      let end = written < half ? half : bytes.count
      let n = bytes[written..<end].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { throw abandon(failure("write", n == 0 ? ENOSPC : errno)) }
      written += n
      if written == half { FaultPoint.hit("write-half") }
    }
    guard fsync(fd) == 0 else { throw abandon(failure("flush")) }
    close(fd)
    FaultPoint.hit("before-rename")
    guard rename(temporary, target) == 0 else {
      let error = failure("rename")
      unlink(temporary)
      throw error
    }
    FaultPoint.hit("after-rename")
    // The rename itself is durable only once the folder is flushed.
    let dir = open(folder, O_RDONLY | O_CLOEXEC)
    if dir >= 0 {
      _ = fsync(dir)
      close(dir)
    }
    return target
  }

  /// The file a path names once symlinks are followed: writing there keeps the link working.
  /// A link to nowhere, or a loop, is refused with the reason.
  static func resolve(_ path: String) throws(Failure) -> String {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0 else { return current }
      guard info.st_mode & S_IFMT == S_IFLNK else {
        if info.st_mode & S_IFMT == S_IFDIR { throw Failure(description: "\(path): is a directory, not a file") }
        return current
      }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let n = readlink(current, &buffer, buffer.count - 1)
      guard n >= 0 else { throw Failure(description: "\(path): cannot read the symlink (\(String(cString: strerror(errno))))") }
      let link = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current = link.hasPrefix("/") ? link : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
      var final = stat()
      if lstat(current, &final) != 0 {
        let folder = (current as NSString).deletingLastPathComponent
        var dir = stat()
        guard stat(folder.isEmpty ? "." : folder, &dir) == 0 else {
          throw Failure(description: "\(path): is a symlink to \(current), whose folder does not exist; nothing was written")
        }
        return current
      }
    }
    throw Failure(description: "\(path): too many levels of symlinks; nothing was written")
  }

  /// Removes what writers killed before their rename left beside `path` (`.NAME.*.tmp`). Safe
  /// while every writer of `path` is excluded (the journal lock); otherwise pass `olderThan`, so
  /// that only files no live writer can still own (a write takes well under a second) go.
  static func sweep(_ path: String, olderThan age: TimeInterval? = nil) {
    guard let target = try? resolve(path) else { return }
    let folder = (target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent
    let prefix = "." + (target as NSString).lastPathComponent + "."
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
      let file = folder + "/" + name
      if let age {
        guard let modified = (try? FileManager.default.attributesOfItem(atPath: file))?[.modificationDate] as? Date,
          Date().timeIntervalSince(modified) > age
        else { continue }
      }
      unlink(file)
    }
  }

  static func randomSuffix() -> String {
    var generator = SystemRandomNumberGenerator()
    return String(generator.next() as UInt64, radix: 36)
  }
}
