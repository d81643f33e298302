import Foundation

/// One libical call at a time in the process. libical keeps global state (its error number and
/// a ring of temporary string buffers that later calls free), so two threads inside it at once
/// corrupt the heap; the in-process fuzz test found that with the other suites running beside it.
enum LibicalLock {
  private static let lock = NSLock()

  static func run<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }
}
