import Foundation
import PlannerCohort

/// Finding a caseload's profiles and reading each with the files kept beside it:
/// `me.yaml` → `me.journal` (records), `me.plan.json` (the saved plan) and `me.csv` (programs).
enum CohortFiles {
  /// Every profile (`.yaml`, `.yml`) in the given files and folders (folders searched through,
  /// hidden entries skipped), each file once, in path order. A path that does not exist, and a
  /// folder that cannot be read, is kept, so that it becomes a row with its error rather than
  /// vanishing; one file reached by several paths (`dir` and `./dir`, an absolute path, a
  /// symlink, a hard link) is one row, under the first of its paths (issue 26, point 10).
  static func profiles(_ paths: [String]) -> [String] {
    var found: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
        found.append(path)
        continue
      }
      let base = path.hasSuffix("/") ? String(path.dropLast()) : path
      var unreadable: [String] = []
      let root = URL(fileURLWithPath: base)
      let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) { url, _ in
        unreadable.append(url.path)
        return true
      }
      // Paths as given (`dir/a.yaml`, not the URL's absolute form), so rows name what was typed.
      let prefix = root.standardizedFileURL.path
      while let url = enumerator?.nextObject() as? URL {
        let full = url.standardizedFileURL.path
        guard full.hasSuffix(".yaml") || full.hasSuffix(".yml") else { continue }
        let relative = full.hasPrefix(prefix + "/") ? String(full.dropFirst(prefix.count + 1)) : full
        found.append(relative == full ? full : base + "/" + relative)
      }
      if !isReadableFolder(base) { unreadable.append(prefix) }
      for folder in unreadable {
        let full = URL(fileURLWithPath: folder).standardizedFileURL.path
        let shown = full == prefix ? base : full.hasPrefix(prefix + "/") ? base + "/" + full.dropFirst(prefix.count + 1) : full
        found.append(shown + "/")
      }
    }
    var seenPaths = Set<String>()
    var seenFiles = Set<FileIdentity>()
    return found.filter { seenPaths.insert($0).inserted }.sorted().filter { path in
      guard let identity = FileIdentity(path) else { return true }
      return seenFiles.insert(identity).inserted
    }
  }

  /// A file's device and inode: the same for every path that reaches it.
  struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init?(_ path: String) {
      var info = stat()
      guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
    }
  }

  static func isReadableFolder(_ path: String) -> Bool {
    guard let dir = opendir(path) else { return false }
    closedir(dir)
    return true
  }

  static func input(_ path: String) -> CohortInput {
    let files = ReplanFiles(profile: path)
    let programs = String(files.journal.dropLast(".journal".count)) + ".csv"
    var failures: [String: String] = [:]
    func text(_ p: String, limit: Int = InputLimit.bytes) -> String? {
      guard Files.exists(p) else { return nil }
      do { return try Files.read(p, limit: limit) } catch { failures[p] = "\(error)" }
      return nil
    }
    let bytes: Result<[UInt8], CohortInput.ReadFailure>
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      // A folder the search could not open (CohortFiles.profiles keeps it as a row).
      let reason = isReadableFolder(path) ? "is a folder" : "cannot be read (\(String(cString: strerror(EACCES))))"
      let input = CohortInput(
        file: path, profile: .failure(.init("\(path): this folder \(reason); the profiles in it are not in the caseload")), journalFile: "", journalText: nil,
        savedPlanFile: "", savedPlanText: nil, programsFile: "", programsText: nil)
      return input
    }
    do {
      bytes = .success(try Files.readBytes(path))
    } catch {
      bytes = .failure(.init("\(error)"))
    }
    var input = CohortInput(
      file: path, profile: bytes, journalFile: files.journal, journalText: text(files.journal), savedPlanFile: files.savedPlan,
      savedPlanText: text(files.savedPlan, limit: Files.ownOutputLimit), programsFile: programs, programsText: text(programs))
    // An unreadable journal or programs file is the row's problem, not a silent omission.
    if let failure = failures[files.journal] { input.profile = .failure(.init(failure)) }
    if let failure = failures[programs] { input.programsReadFailure = failure }
    return input
  }
}
