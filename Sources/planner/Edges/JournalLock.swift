import Foundation

/// An exclusive `flock` on `me.journal.lock`, held while a record is checked and written, so two
/// planners cannot interleave their read-modify-write. The lock file stays (removing it would race);
/// the kernel drops the lock when the process ends, even on a crash.
final class JournalLock {
  private let fd: Int32

  private init(fd: Int32) { self.fd = fd }

  /// How long a busy lock is waited for before giving up: another planner's record takes well
  /// under a second, so a short wait turns most collisions into success.
  static let patience: Double = 2.0

  /// Takes the lock, waiting up to `patience` seconds while another planner holds it.
  /// `me.journal.lock` beside the file `me.journal` is or links to (the link followed to its end).
  static func path(for files: ReplanFiles) -> String {
    guard let target = try? DurableFile.resolve(files.journal), target != files.journal else { return files.lock }
    return target + ".lock"
  }

  static func acquire(_ files: ReplanFiles) throws -> JournalLock {
    // The lock sits beside the journal's real file: two folders whose me.journal link to one
    // shared file (a synced folder) must take one lock (issue 26, point 4; SharedJournalTests).
    try acquire(lockAt: Self.path(for: files), guarding: files.journal, what: "the journal")
  }

  /// The same lock for another file written like the journal (`planner sync`'s state, issue 24).
  static func acquire(lockAt path: String, guarding file: String, what: String) throws -> JournalLock {
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
    guard fd >= 0 else {
      throw InputError("\(path): cannot open the lock of \(what) (\(String(cString: strerror(errno)))); nothing was written")
    }
    let deadline = Date().addingTimeInterval(patience)
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let busy = errno == EWOULDBLOCK || errno == EINTR
      guard busy, Date() < deadline else {
        close(fd)
        if busy {
          throw BusyError(description: "\(file) is being changed by another planner right now (\(path) has been held for \(Int(patience)) seconds); nothing was written, try again in a moment")
        }
        throw InputError("\(path): cannot lock \(what); nothing was written")
      }
      usleep(50_000)
    }
    return JournalLock(fd: fd)
  }

  deinit {
    flock(fd, LOCK_UN)
    close(fd)
  }
}
