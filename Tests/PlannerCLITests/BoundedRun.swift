import Foundation

/// Runs the built `planner` with a time bound and measures its wall time and peak resident
/// memory. The peak is the child's own `VmHWM`, read from /proc while it runs: `wait4`'s
/// `ru_maxrss` would include the test process's own size, which the child shares until it
/// execs (glibc spawns with CLONE_VM). Standard output and error go to files, so a huge output never blocks the child.
/// Used by the hostile corpus (`HostileCorpusTests`, issue 26).
struct BoundedRun {
  var status: Int32
  /// The signal that ended the child (nil when it exited); SIGKILL when it ran past the bound.
  var signal: Int32?
  var seconds: Double
  var peakMegabytes: Double
  var stdout: String
  var stderr: String

  static func run(_ arguments: [String], in directory: URL, seconds limit: Double = 30, environment: [String: String] = [:]) throws -> BoundedRun {
    let out = directory.appendingPathComponent(".bounded-\(UUID().uuidString).out")
    let err = directory.appendingPathComponent(".bounded-\(UUID().uuidString).err")
    defer {
      try? FileManager.default.removeItem(at: out)
      try? FileManager.default.removeItem(at: err)
    }
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "100"
    env["PLANNER_RULES"] = nil
    for (k, v) in environment { env[k] = v }
    // `exec` after `cd`: the child is planner itself, so wait4 measures planner alone.
    let argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path, CLIRunner.binary.path] + arguments
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, err.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let cArgs = argv.map { strdup($0) } + [nil]
    let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      cArgs.forEach { free($0) }
      cEnv.forEach { free($0) }
    }
    var pid: pid_t = 0
    let started = Date()
    let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArgs, cEnv)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
    var status: Int32 = 0
    var peakKilobytes = 0
    // Poll, so that a run past the bound is killed rather than hanging the suite.
    while true {
      let done = waitpid(pid, &status, WNOHANG)
      if done == pid { break }
      if done < 0 && errno != EINTR { throw POSIXError(.ECHILD) }
      peakKilobytes = max(peakKilobytes, highWaterKilobytes(pid))
      if Date().timeIntervalSince(started) > limit { kill(pid, SIGKILL) }
      usleep(2_000)
    }
    let seconds = Date().timeIntervalSince(started)
    let exited = (status & 0x7f) == 0
    return BoundedRun(
      status: exited ? (status >> 8) & 0xff : -1, signal: exited ? nil : status & 0x7f, seconds: seconds,
      peakMegabytes: Double(peakKilobytes) / 1024,
      stdout: String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self),
      stderr: String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self))
  }

  /// `VmHWM` of a running process, in kB (0 before it has exec'd planner or after it exits).
  static func highWaterKilobytes(_ pid: pid_t) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
    guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
    return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
  }
}
