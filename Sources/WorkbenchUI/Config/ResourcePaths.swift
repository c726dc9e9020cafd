import Foundation

/// Where the workbench finds its theme and key map files.
public struct ResourcePaths: Sendable {
  /// Folders searched for `NAME.theme`, in order (user folder first).
  public var themeFolders: [String]
  /// The user's config file (`$XDG_CONFIG_HOME/m54/config`).
  public var configFile: String

  public init(themeFolders: [String], configFile: String) {
    self.themeFolders = themeFolders
    self.configFile = configFile
  }

  /// The standard locations:
  /// - config: `$XDG_CONFIG_HOME/m54/config`, default `~/.config/m54/config`;
  /// - themes: `$XDG_CONFIG_HOME/m54/themes`, then `$M54_THEMES_DIR`, else
  ///   `<binary>/../share/m54/themes`, else the source tree's `Themes/`.
  public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ResourcePaths {
    let home = environment["HOME"] ?? NSHomeDirectory()
    let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
    var folders = [configHome + "/m54/themes"]
    if let dir = environment["M54_THEMES_DIR"], !dir.isEmpty {
      folders.append(dir)
    } else {
      let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
      let installed = executable.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
        "share/m54/themes"
      ).path
      let sourceTree = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes").path
      folders += [installed, sourceTree].filter { FileManager.default.fileExists(atPath: $0 + "/default.theme") }
        .prefix(1)
    }
    return ResourcePaths(themeFolders: folders, configFile: configHome + "/m54/config")
  }
}
