import Foundation
import PlannerCohort

/// Finding a caseload's profiles and reading each with the files kept beside it:
/// `me.yaml` → `me.journal` (records), `me.plan.json` (the saved plan) and `me.csv` (programs).
enum CohortFiles {
  /// Every profile (`.yaml`, `.yml`) in the given files and folders (folders searched through,
  /// hidden entries skipped), each once, in path order. A path that does not exist is kept, so
  /// that it becomes a row with its error rather than vanishing.
  static func profiles(_ paths: [String]) -> [String] {
    var found: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
        found.append(path)
        continue
      }
      let base = path.hasSuffix("/") ? String(path.dropLast()) : path
      let entries = (FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
      for entry in entries where !entry.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
        if entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") { found.append(base + "/" + entry) }
      }
    }
    var seen = Set<String>()
    return found.filter { seen.insert($0).inserted }.sorted()
  }

  static func input(_ path: String) -> CohortInput {
    let files = ReplanFiles(profile: path)
    let programs = String(files.journal.dropLast(".journal".count)) + ".csv"
    func text(_ p: String) -> String? { Files.exists(p) ? try? Files.read(p) : nil }
    let bytes: Result<[UInt8], CohortInput.ReadFailure>
    do {
      bytes = .success(try Files.readBytes(path))
    } catch {
      bytes = .failure(.init("\(error)"))
    }
    var input = CohortInput(
      file: path, profile: bytes, journalFile: files.journal, journalText: text(files.journal), savedPlanFile: files.savedPlan,
      savedPlanText: text(files.savedPlan), programsFile: programs, programsText: text(programs))
    // An unreadable journal or programs file is the row's problem, not a silent omission.
    if Files.exists(files.journal) && input.journalText == nil { input.profile = .failure(.init("\(files.journal): is not UTF-8 text or cannot be read")) }
    if Files.exists(programs) && input.programsText == nil { input.programsReadFailure = "\(programs): is not UTF-8 text or cannot be read" }
    return input
  }
}
