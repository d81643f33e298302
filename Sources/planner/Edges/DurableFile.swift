import Foundation

/// Crash-safe replacement of a small file: write a temporary file beside it, flush it to disk,
/// then rename it over the target and flush the folder. A crash before the rename leaves the old
/// file whole (and a stray `.NAME.PID.tmp` that readers never look at).
enum DurableFile {
  static func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let temporary = folder + "/.\(url.lastPathComponent).\(getpid()).tmp"
    func failure(_ what: String) -> InputError {
      InputError("\(path): cannot write (\(what): \(String(cString: strerror(errno)))); nothing was changed")
    }
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw failure("create \(temporary)") }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let n = bytes[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else {
        let error = failure("write")
        close(fd)
        unlink(temporary)
        throw error
      }
      written += n
    }
    guard fsync(fd) == 0 else {
      let error = failure("flush")
      close(fd)
      unlink(temporary)
      throw error
    }
    close(fd)
    guard rename(temporary, path) == 0 else {
      let error = failure("rename")
      unlink(temporary)
      throw error
    }
    // The rename itself is durable only once the folder is flushed.
    let dir = open(folder, O_RDONLY | O_CLOEXEC)
    if dir >= 0 {
      _ = fsync(dir)
      close(dir)
    }
  }
}
