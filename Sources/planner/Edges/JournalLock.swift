import Foundation

/// An exclusive `flock` on `me.journal.lock`, held while a record is checked and written, so two
/// planners cannot interleave their read-modify-write. The lock file stays (removing it would race);
/// the kernel drops the lock when the process ends, even on a crash.
final class JournalLock {
  private let fd: Int32

  private init(fd: Int32) { self.fd = fd }

  /// Takes the lock, or refuses at once when another planner holds it.
  static func acquire(_ files: ReplanFiles) throws -> JournalLock {
    let fd = open(files.lock, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw InputError("\(files.lock): cannot open the journal lock (\(String(cString: strerror(errno)))); nothing was written")
    }
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
      let busy = errno == EWOULDBLOCK
      close(fd)
      throw InputError(busy
        ? "\(files.journal) is being changed by another planner right now (\(files.lock) is held); nothing was written, try again in a moment"
        : "\(files.lock): cannot lock the journal; nothing was written")
    }
    return JournalLock(fd: fd)
  }

  deinit {
    flock(fd, LOCK_UN)
    close(fd)
  }
}
