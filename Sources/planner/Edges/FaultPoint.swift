import Foundation

/// Crash points for the fault-injection tests, compiled into debug builds only: with
/// `PLANNER_FAULT=NAME:N` the process kills itself (SIGKILL, no clean-up) the Nth time it passes
/// the point NAME, so the tests can stop a write at every step of the way.
enum FaultPoint {
  #if DEBUG
    nonisolated(unsafe) static var counts: [String: Int] = [:]
    static let armed: (String, Int)? = {
      guard let spec = ProcessInfo.processInfo.environment["PLANNER_FAULT"] else { return nil }
      let parts = spec.split(separator: ":")
      guard parts.count == 2, let n = Int(parts[1]) else { return nil }
      return (String(parts[0]), n)
    }()
  #endif

  static func hit(_ name: String) {
    #if DEBUG
      guard let (point, n) = armed, point == name else { return }
      counts[name, default: 0] += 1
      if counts[name] == n { kill(getpid(), SIGKILL) }
    #endif
  }
}
