import Foundation
import Testing

@testable import planner

/// The one writer, in-process: symlinks followed or refused with a reason, permissions kept,
/// unpredictable temporary names, nothing left behind.
struct DurableFileTests {
  func folder() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planner-durable-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test func replacesTheFileKeepingItsModeAndLeavesNoTemporaryFile() throws {
    let dir = try folder()
    let path = dir + "/me.journal"
    try DurableFile.write("one\n", to: path)
    chmod(path, 0o600)
    try DurableFile.write("two\n", to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "two\n")
    #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["me.journal"])
  }

  @Test func temporaryNamesAreUnpredictable() {
    let names = Set((0..<50).map { _ in DurableFile.randomSuffix() })
    #expect(names.count == 50)
  }

  @Test func aSymlinkIsWrittenThroughAndALoopOrAMissingFolderIsRefused() throws {
    let dir = try folder()
    try FileManager.default.createDirectory(atPath: dir + "/sync", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: dir + "/link", withDestinationPath: "sync/target")
    #expect(try DurableFile.write("x\n", to: dir + "/link") == dir + "/sync/target")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link") == "sync/target")
    #expect(try String(contentsOfFile: dir + "/sync/target", encoding: .utf8) == "x\n")
    try FileManager.default.createSymbolicLink(atPath: dir + "/a", withDestinationPath: "b")
    try FileManager.default.createSymbolicLink(atPath: dir + "/b", withDestinationPath: "a")
    #expect(throws: DurableFile.Failure.self) { try DurableFile.write("x\n", to: dir + "/a") }
    try FileManager.default.createSymbolicLink(atPath: dir + "/nowhere", withDestinationPath: "missing/folder/file")
    #expect(throws: DurableFile.Failure.self) { try DurableFile.write("x\n", to: dir + "/nowhere") }
    #expect(throws: DurableFile.Failure.self) { try DurableFile.write("x\n", to: dir + "/sync") }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/sync") == ["target"])
  }

  @Test func sweepRemovesOnlyLeftoversOfThatFile() throws {
    let dir = try folder()
    for name in [".me.journal.abc.tmp", ".me.journal.lock", ".me.plan.json.abc.tmp", "me.journal"] {
      #expect(FileManager.default.createFile(atPath: dir + "/" + name, contents: Data()))
    }
    DurableFile.sweep(dir + "/me.journal", olderThan: 3600)
    #expect(FileManager.default.fileExists(atPath: dir + "/.me.journal.abc.tmp"))
    DurableFile.sweep(dir + "/me.journal")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [".me.journal.lock", ".me.plan.json.abc.tmp", "me.journal"])
  }
}
