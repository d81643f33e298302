import Foundation
import PlannerTestSupport
import Testing

/// The target graph of docs/ARCHITECTURE.md, read from the `import` lines under Sources/ and
/// Tools/: every arrow points toward PlannerCore, none back (issue 20, point 7).
struct ArchitectureTests {
  /// Each target's imports of our own modules and of ArgumentParser, by target folder.
  static let imports: [String: Set<String>] = {
    var found: [String: Set<String>] = [:]
    let fm = FileManager.default
    for top in ["Sources", "Tools"] {
      let folder = Repository.root.appendingPathComponent(top)
      guard let targets = try? fm.contentsOfDirectory(atPath: folder.path) else { continue }
      for target in targets {
        var modules: Set<String> = []
        let enumerator = fm.enumerator(atPath: folder.appendingPathComponent(target).path)
        while let file = enumerator?.nextObject() as? String {
          guard file.hasSuffix(".swift") else { continue }
          let url = folder.appendingPathComponent(target).appendingPathComponent(file)
          guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
          for line in text.split(separator: "\n") {
            if let module = importedModule(line) { modules.insert(module) }
          }
        }
        found[target] = modules
      }
    }
    return found
  }()

  /// The module an `import` line names (`@testable`, access levels and `import struct` allowed).
  static func importedModule(_ line: Substring) -> String? {
    var words = line.split(separator: " ").map(String.init)
    while let first = words.first, first.hasPrefix("@") || ["public", "package", "internal", "fileprivate", "private"].contains(first) {
      words.removeFirst()
    }
    guard words.first == "import", words.count >= 2 else { return nil }
    let name = words.count >= 3 && ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"].contains(words[1]) ? words[2] : words[1]
    return String(name.split(separator: ".").first ?? "")
  }

  /// Our own modules: the target folders.
  static var ours: Set<String> { Set(imports.keys.map { $0.replacingOccurrences(of: "-", with: "_") }) }

  static func ourImports(of target: String) -> Set<String> {
    (imports[target] ?? []).intersection(ours)
  }

  @Test func theCoreImportsNoneOfOurs() {
    #expect(Self.imports["PlannerCore"] != nil)
    #expect(Self.ourImports(of: "PlannerCore").isEmpty)
  }

  @Test func theRulesImportOnlyTheCore() {
    #expect(Self.imports["PlannerRules"] != nil)
    #expect(Self.ourImports(of: "PlannerRules").isSubset(of: ["PlannerCore"]))
  }

  /// The pathway sees the rules and the core, never a view, the risk layer, the advisors or the
  /// executable above it.
  @Test func thePathwayImportsOnlyTheRulesAndTheCore() {
    #expect(Self.ourImports(of: "PlannerPathway").isSubset(of: ["PlannerCore", "PlannerRules"]))
  }

  /// The risk layer sits on the pathway (it samples the planner's own graphs) and is used only by
  /// the layers above it: the advisors, the views, the executable and the benchmark.
  @Test func theRiskLayerSitsOnThePathway() {
    #expect(Self.imports["PlannerRisk"] != nil)
    #expect(Self.ourImports(of: "PlannerRisk").isSubset(of: ["PlannerCore", "PlannerRules", "PlannerPathway"]))
    let users = Self.imports.filter { $0.value.contains("PlannerRisk") }.map(\.key)
    #expect(Set(users).isSubset(of: ["PlannerCohort", "PlannerRender", "planner", "planner-bench"]), "\(users.sorted())")
  }

  /// The model layers hold values; their words, JSON, charts and calendars are PlannerRender's
  /// (issue 20, point 7: one layer renders, and never re-reads its own text). No file under them
  /// imports a view target or uses a renderer (comments aside).
  @Test func theModelLayersRenderNothing() throws {
    let renderers = ["VerdictText", "PlanReport", "RulesReport", "CalendarKeys", "JSONValue", "RiskJSON", "HTMLReport"]
    for target in ["PlannerCore", "PlannerRules", "PlannerPathway", "PlannerRisk", "PlannerCohort"] {
      #expect(Self.ourImports(of: target).isDisjoint(with: ["PlannerRender", "PlannerGantt", "PlannerICal", "PlannerCalDAV"]), "\(target) imports a view")
      let folder = Repository.root.appendingPathComponent("Sources").appendingPathComponent(target)
      let enumerator = FileManager.default.enumerator(atPath: folder.path)
      while let file = enumerator?.nextObject() as? String {
        guard file.hasSuffix(".swift") else { continue }
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        let code = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
        for name in renderers {
          #expect(!code.contains(name), "\(target)/\(file) uses \(name)")
        }
      }
    }
  }

  @Test func theChartAndTheCalendarImportOnlyTheCore() {
    #expect(Self.ourImports(of: "PlannerGantt").isSubset(of: ["PlannerCore"]))
    #expect(Self.ourImports(of: "PlannerICal").isSubset(of: ["PlannerCore", "CLibical"]))
  }

  /// The CalDAV client (`planner sync`, issue 24) sits on the calendar: it sends what PlannerICal
  /// writes. Only the executable uses it, and no other target reaches the network or parses XML.
  @Test func theCalDAVClientSitsOnTheCalendarAndOnlyItTalksToTheNetwork() {
    #expect(Self.imports["PlannerCalDAV"] != nil)
    #expect(Self.ourImports(of: "PlannerCalDAV").isSubset(of: ["PlannerICal", "PlannerCore"]))
    let users = Self.imports.filter { $0.value.contains("PlannerCalDAV") }.map(\.key).sorted()
    #expect(users == ["planner"], "\(users)")
    let network = Self.imports.filter { !$0.value.isDisjoint(with: ["FoundationNetworking", "FoundationXML"]) }.map(\.key).sorted()
    #expect(network == ["PlannerCalDAV"], "\(network)")
  }

  @Test func onlyTheExecutableImportsArgumentParser() {
    let users = Self.imports.filter { $0.value.contains("ArgumentParser") }.map(\.key).sorted()
    #expect(users == ["planner"])
  }

  @Test func nothingImportsTheExecutablesOrReExports() throws {
    for (target, modules) in Self.imports {
      #expect(!modules.contains("planner"), "\(target) imports the executable")
      #expect(!modules.contains("planner_bench") && !modules.contains("planner_fuzz"), "\(target) imports a tool")
    }
    for top in ["Sources", "Tools"] {
      let folder = Repository.root.appendingPathComponent(top)
      let enumerator = FileManager.default.enumerator(atPath: folder.path)
      while let file = enumerator?.nextObject() as? String {
        guard file.hasSuffix(".swift") else { continue }
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        #expect(!text.contains("@_exported"), "\(top)/\(file) re-exports a module")
      }
    }
  }

  /// No cycle through the imports, whatever targets are added: a depth-first walk never meets a
  /// target it is still inside.
  @Test func theImportsHaveNoCycle() {
    var state: [String: Bool] = [:]  // false: on the path; true: done
    var cycle: [String] = []
    func visit(_ target: String, _ path: [String]) {
      if state[target] == true || !cycle.isEmpty { return }
      if state[target] == false {
        cycle = path + [target]
        return
      }
      state[target] = false
      for next in Self.ourImports(of: target).sorted() where Self.imports[next] != nil { visit(next, path + [target]) }
      state[target] = true
    }
    for target in Self.imports.keys.sorted() { visit(target, []) }
    #expect(cycle.isEmpty, "import cycle: \(cycle.joined(separator: " → "))")
  }
}
