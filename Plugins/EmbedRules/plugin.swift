import PackagePlugin

/// Compiles Rules/rules.yaml into the target as a string, so the bundled pack travels inside the
/// binary: it works from `swift run`, `.build/release/planner`, or a copy moved anywhere.
@main
struct EmbedRules: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
    let input = context.package.directoryURL.appending(path: "Rules").appending(path: "rules.yaml")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRulesText.swift")
    return [
      .buildCommand(
        displayName: "Embedding the rules pack (Rules/rules.yaml)",
        executable: try context.tool(named: "embed-rules").url,
        arguments: [input.path, output.path],
        inputFiles: [input],
        outputFiles: [output]
      )
    ]
  }
}
