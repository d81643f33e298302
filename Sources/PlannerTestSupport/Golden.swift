import Foundation
public import Testing

/// Compares text with a golden file under `Tests/<Target>/Golden/`, byte for byte.
///
/// Run with `RECORD_GOLDENS=1` to write the current output as the new golden; recording
/// still records an issue, so a recording run never passes silently.
public func assertGolden(
  _ actual: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
  let url = folder.appendingPathComponent(name)
  if getenv("RECORD_GOLDENS") != nil {
    do {
      try Data(actual.utf8).write(to: url, options: .atomic)
      Issue.record("recorded golden \(name); rerun without RECORD_GOLDENS", sourceLocation: sourceLocation)
    } catch {
      Issue.record("could not record golden \(name): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let data = try? Data(contentsOf: url), let expected = String(data: data, encoding: .utf8) else {
    Issue.record("missing golden \(name); run with RECORD_GOLDENS=1 to create it", sourceLocation: sourceLocation)
    return
  }
  if expected != actual {
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
    let got = line < a.count ? String(a[line]) : "<end>"
    let want = line < e.count ? String(e[line]) : "<end>"
    Issue.record(
      "golden \(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)",
      sourceLocation: sourceLocation)
  }
}
