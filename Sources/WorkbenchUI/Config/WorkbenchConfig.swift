import Foundation

/// The user's settings from the config file: `theme = NAME` and `keys = PATH`.
public struct WorkbenchConfig: Equatable, Sendable {
  /// A theme name or path.
  public var theme: String?
  /// A key map file overriding the defaults.
  public var keyMapFile: String?

  public init(theme: String? = nil, keyMapFile: String? = nil) {
    self.theme = theme
    self.keyMapFile = keyMapFile
  }

  /// Reads the config file; a missing file is an empty config.
  public static func load(path: String) -> (config: WorkbenchConfig, diagnostics: [ConfigDiagnostic]) {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      return (WorkbenchConfig(), [])
    }
    return parse(text, file: path, relativeTo: (path as NSString).deletingLastPathComponent)
  }

  /// Parses config text; relative key map paths are taken from `folder`.
  public static func parse(_ text: String, file: String, relativeTo folder: String) -> (
    config: WorkbenchConfig, diagnostics: [ConfigDiagnostic]
  ) {
    var config = WorkbenchConfig()
    var diagnostics: [ConfigDiagnostic] = []
    for line in ConfigLine.lines(of: text) {
      guard let eq = line.content.firstIndex(of: "=") else {
        diagnostics.append(ConfigDiagnostic(file: file, line: line.number, message: "expected 'setting = value'"))
        continue
      }
      let name = line.content[..<eq].trimmingCharacters(in: " \t")
      let value = line.content[line.content.index(after: eq)...].trimmingCharacters(in: " \t")
      switch name {
      case "theme": config.theme = value
      case "keys", "keymap":
        let expanded = (value as NSString).expandingTildeInPath
        config.keyMapFile = expanded.hasPrefix("/") ? expanded : folder + "/" + expanded
      default:
        diagnostics.append(
          ConfigDiagnostic(file: file, line: line.number, message: "unknown setting '\(name)' (settings: theme, keys)"))
      }
    }
    return (config, diagnostics)
  }
}
