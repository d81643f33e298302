import Foundation
import PlannerCore
import PlannerPathway

/// Where a command looks for a profile when none is named (issue 25, point 3): this folder, then
/// each folder above it up to the home folder, as git finds its repository (only this folder when
/// it is outside the home folder: a shared /tmp is nobody's). In each folder, `planner.yaml` if it
/// is there, else the one YAML file there that reads as a profile (`planner init me.yaml` then
/// needs no `--profile`); two or more are a choice the user makes (`ProfileSearchTests`).
struct ProfileSearch {
  var start: String
  var home: String?

  /// The folders searched, nearest first.
  var folders: [String] {
    let here = URL(fileURLWithPath: start).standardizedFileURL.path
    guard let home, !home.isEmpty else { return [here] }
    let top = URL(fileURLWithPath: home).standardizedFileURL.path
    guard here == top || here.hasPrefix(top == "/" ? "/" : top + "/") else { return [here] }
    var result = [here]
    var folder = here
    while folder != top && folder != "/" {
      folder = (folder as NSString).deletingLastPathComponent
      result.append(folder)
    }
    return result
  }

  func find() throws -> ProfileLocation? {
    for (depth, folder) in folders.enumerated() {
      let named = (folder as NSString).appendingPathComponent(ProfileLocation.folderFile)
      let profiles = Files.exists(named) ? [named] : Self.profiles(in: folder)
      guard let first = profiles.first else { continue }
      if profiles.count > 1 {
        let names = profiles.map { ShellWord.quoted(($0 as NSString).lastPathComponent) }.joined(separator: ", ")
        let place = depth == 0 ? "this folder" : folder
        throw UsageError("\(TerminalText.sanitize(place)) holds several profiles (\(TerminalText.sanitize(names))): choose one with --profile FILE, or set PLANNER_PROFILE, or name one planner.yaml")
      }
      // A profile here is named as the user would type it; one above, in full.
      let path = depth == 0 ? (first as NSString).lastPathComponent : first
      return ProfileLocation(path: path, source: depth == 0 ? .folder : .above)
    }
    return nil
  }

  /// The YAML files in `folder` that read as profiles, sorted by name.
  static func profiles(in folder: String) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    return names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }.sorted()
      .map { (folder as NSString).appendingPathComponent($0) }
      .filter(looksLikeProfile)
  }

  /// A YAML file whose top-level keys are all profile keys (`ProfileParser.topKeys`), two at
  /// least: a rules pack, a CI file or a docker-compose file has keys of its own. Only the first
  /// 64 KB are read: the keys a profile starts with are there.
  static func looksLikeProfile(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
      let handle = FileHandle(forReadingAtPath: path)
    else { return false }
    defer { try? handle.close() }
    guard let data = try? handle.read(upToCount: 64 * 1024) else { return false }
    var keys = Set<String>()
    var lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
    if data.count == 64 * 1024 { lines = lines.dropLast() }  // cut at the limit: its last line may be half a key
    for line in lines {
      guard let first = line.first, first.isLetter, let colon = line.firstIndex(of: ":") else { continue }
      let key = String(line[..<colon])
      guard ProfileParser.topKeys.contains(key) else { return false }
      keys.insert(key)
    }
    return keys.count >= 2
  }
}
