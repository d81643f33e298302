// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "planner",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "planner", targets: ["planner"]),
    .library(name: "PlannerCore", targets: ["PlannerCore"]),
    .library(name: "PlannerRules", targets: ["PlannerRules"]),
    .library(name: "PlannerPathway", targets: ["PlannerPathway"]),
    .library(name: "PlannerRisk", targets: ["PlannerRisk"]),
    .library(name: "PlannerCohort", targets: ["PlannerCohort"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // Core: generic, pure scheduling. Knows nothing of USMLE.
    .target(
      name: "PlannerCore",
      dependencies: [.product(name: "HeapModule", package: "swift-collections")]
    ),
    // The rules pack (every rule value with its source), its decoder, and the YAML reader and
    // diagnostics the pack and the profile share. Knows the exams, not the applicant.
    .target(
      name: "PlannerRules",
      dependencies: ["PlannerCore", .product(name: "Yams", package: "Yams")]
    ),
    // The IMG pathway: profile, task-graph builder, verdicts.
    .target(
      name: "PlannerPathway",
      dependencies: ["PlannerCore", "PlannerRules", .product(name: "Yams", package: "Yams")]
    ),
    // The risk layer: the planner's own graphs for a cycle, compiled and sampled (`planner risk`).
    .target(name: "PlannerRisk", dependencies: ["PlannerCore", "PlannerRules", "PlannerPathway"]),
    // The bundled rules pack (Rules/rules.yaml), compiled in as text by the EmbedRules plugin.
    .target(name: "PlannerRulesData", plugins: ["EmbedRules"]),
    .plugin(name: "EmbedRules", capability: .buildTool(), dependencies: ["embed-rules"]),
    // Tools live outside Sources/, as in swift-argument-parser: named by `path:`.
    .executableTarget(name: "embed-rules", path: "Tools/embed-rules"),
    // Text Gantt chart: a pure function of a schedule and options.
    .target(name: "PlannerGantt", dependencies: ["PlannerCore"]),
    // libical, confined here.
    .systemLibrary(
      name: "CLibical",
      pkgConfig: "libical",
      providers: [.apt(["libical-dev"]), .brew(["libical"])]
    ),
    .target(name: "PlannerICal", dependencies: ["PlannerCore", "CLibical"]),
    // CalDAV (`planner sync`): HTTP through Foundation's URLSession, multistatus through its
    // XMLParser; the only target that talks to the network.
    .target(name: "PlannerCalDAV", dependencies: ["PlannerICal"]),
    // Advisors: a caseload planned at once (`planner cohort`) and target programs checked
    // against a plan (`planner programs`): data only, shared by the executable and the benchmark.
    .target(name: "PlannerCohort", dependencies: ["PlannerCore", "PlannerRules", "PlannerPathway", "PlannerRisk"]),
    // Everything that turns values into bytes: text, chart options, the HTML/SVG report, the
    // Mermaid, CSV and TaskJuggler exports, the calendar mapping, the cohort's table and page.
    // Pure, shared by the executable and the benchmark; it renders values, never re-reads text.
    .target(name: "PlannerRender", dependencies: ["PlannerRules", "PlannerPathway", "PlannerRisk", "PlannerCohort", "PlannerGantt", "PlannerICal"]),
    // The thin executable: the only place that touches files, clock, terminal.
    .executableTarget(
      name: "planner",
      dependencies: [
        "PlannerCore", "PlannerRules", "PlannerPathway", "PlannerRisk", "PlannerRulesData", "PlannerGantt", "PlannerICal", "PlannerRender", "PlannerCohort", "PlannerCalDAV",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Benchmark: `swift run -c release planner-bench`.
    .executableTarget(
      name: "planner-bench",
      dependencies: ["PlannerCore", "PlannerRules", "PlannerPathway", "PlannerRisk", "PlannerRulesData", "PlannerRender", "PlannerCohort"],
      path: "Tools/planner-bench"
    ),
    // Helpers every test target shares: goldens, the bundled pack, the repository's files, fuzz inputs.
    .target(name: "PlannerTestSupport", dependencies: ["PlannerCore", "PlannerRules", "PlannerPathway", "PlannerRulesData"]),
    // Seeded mutated profiles for the bigger fuzz run (`Tests/fuzz/run.sh`).
    .executableTarget(name: "planner-fuzz", dependencies: ["PlannerTestSupport"], path: "Tools/planner-fuzz"),

    .testTarget(name: "PlannerCoreTests", dependencies: ["PlannerCore"]),
    .testTarget(
      name: "PlannerRulesTests",
      dependencies: ["PlannerRules", "PlannerRulesData", "PlannerTestSupport", .product(name: "Yams", package: "Yams")]
    ),
    .testTarget(
      name: "PlannerPathwayTests",
      dependencies: ["PlannerPathway", "PlannerRender", "PlannerRules", "PlannerRulesData", "PlannerTestSupport"]
    ),
    .testTarget(
      name: "PlannerRiskTests",
      dependencies: ["PlannerRisk", "PlannerRender", "PlannerPathway", "PlannerRules", "PlannerRulesData", "PlannerTestSupport"]
    ),
    .testTarget(
      name: "PlannerGanttTests",
      dependencies: ["PlannerGantt", "PlannerTestSupport"],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "PlannerICalTests",
      dependencies: ["PlannerICal", "PlannerTestSupport", "CLibical"],
      exclude: ["Golden", "Fixtures"]
    ),
    .testTarget(name: "PlannerCalDAVTests", dependencies: ["PlannerCalDAV", "PlannerICal"]),
    .testTarget(
      name: "PlannerRenderTests",
      dependencies: ["PlannerRender", "PlannerRules", "PlannerPathway", "PlannerRisk", "PlannerCohort", "PlannerRulesData", "PlannerTestSupport"],
      exclude: ["HTML/Golden", "HTML/png_stats.py"]
    ),
    .testTarget(
      name: "PlannerCohortTests",
      dependencies: ["PlannerCohort", "PlannerRender", "PlannerRules", "PlannerPathway", "PlannerRisk", "PlannerRulesData", "PlannerTestSupport"],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "PlannerCLITests",
      dependencies: ["planner", "PlannerTestSupport"],
      exclude: ["Golden"]
    ),
  ]
)

for target in package.targets where target.type != .system && target.type != .plugin {
  var settings = target.swiftSettings ?? []
  settings.append(contentsOf: strict)
  target.swiftSettings = settings
}
