import Foundation
import PackagePlugin

/// Compiles the shipped ICD-10-CM releases into stores while `m54` is built, so that a new user's
/// first command opens them instead of compiling three releases (issue 13, "a fast first run").
///
/// The stores go to this plugin's work folder; a generated Swift file tells `m54` where. The command
/// runs again when a shipped data file or the store layout changes; the builder skips a release
/// whose store (named by the same fingerprint the runtime cache uses) is already there.
@main struct PrebuiltStores: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let package = context.package.directoryURL
    let data = package.appending(path: "Data/icd10cm")
    let stores = context.pluginWorkDirectoryURL.appending(path: "stores")
    let generated = context.pluginWorkDirectoryURL.appending(path: "PrebuiltStoreFolder.swift")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: data.path())) ?? []
    let inputs =
      names.sorted().map { data.appending(path: $0) }
      + [package.appending(path: "Sources/CodingCore/Store/StoreLayout.swift")]
    return [
      .buildCommand(
        displayName: "Compiling the shipped ICD-10-CM releases into stores",
        executable: try context.tool(named: "M54StoreBuilder").url,
        arguments: [data.path(), stores.path(), generated.path()],
        inputFiles: inputs, outputFiles: [generated])
    ]
  }
}
