import Foundation

/// Finds and reads theme files by name (`light`) or path (`./my.theme`).
public struct ThemeLoader: Sendable {
  /// Folders searched for `NAME.theme`.
  public var folders: [String]

  public init(folders: [String]) { self.folders = folders }

  /// Why a theme could not be used at all.
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var description: String
  }

  /// Loads a theme over the built-in default; problems inside the file are diagnostics.
  public func load(_ nameOrPath: String) -> Result<(theme: Theme, diagnostics: [ConfigDiagnostic]), Failure> {
    let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".theme")
    let candidates =
      isPath ? [(nameOrPath as NSString).expandingTildeInPath] : folders.map { "\($0)/\(nameOrPath).theme" }
    for path in candidates {
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      guard let text = String(data: data, encoding: .utf8) else {
        return .failure(Failure(description: "\(path) is not UTF-8 text"))
      }
      let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
      let parsed = ThemeParser.parse(text, file: path, name: name)
      return .success((parsed.theme, parsed.diagnostics))
    }
    if nameOrPath == "default" { return .success((.builtInDefault, [])) }
    let known = availableThemes()
    return .failure(
      Failure(
        description: "no theme '\(nameOrPath)'"
          + (known.isEmpty ? "" : " (available: \(known.joined(separator: ", ")))")))
  }

  /// The names of the themes in the folders.
  public func availableThemes() -> [String] {
    var names = Set<String>()
    for folder in folders {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      for f in files where f.hasSuffix(".theme") { names.insert(String(f.dropLast(6))) }
    }
    return names.sorted()
  }
}
