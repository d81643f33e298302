// Writes seeded mutations of profiles for `Tests/fuzz/run.sh`:
// `planner-fuzz SEED COUNT OUT-DIR EXAMPLE.yaml…` writes OUT-DIR/000000.yaml … one per input.
import Foundation
import PlannerTestSupport

let arguments = CommandLine.arguments
guard arguments.count >= 5, let seed = UInt64(arguments[1]), let count = Int(arguments[2]) else {
  FileHandle.standardError.write(Data("usage: planner-fuzz SEED COUNT OUT-DIR EXAMPLE.yaml...\n".utf8))
  exit(64)
}
let out = URL(fileURLWithPath: arguments[3])
try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
let examples = arguments.dropFirst(4).compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
var mutator = ProfileMutator(examples: examples, seed: seed, large: true)
for i in 0..<count {
  let name = String(i).count >= 6 ? String(i) : String(repeating: "0", count: 6 - String(i).count) + String(i)
  try Data(mutator.next()).write(to: out.appendingPathComponent(name + ".yaml"))
}
