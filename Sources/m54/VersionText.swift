import CodingCore
import Foundation

/// What `m54 --version` prints: the program version and the releases it carries (read from the
/// manifests, without loading or compiling any release).
enum VersionText {
  /// The program version.
  static let program = "0.1.0"

  /// The version line, then one line per release (shipped and imported) with its effective dates.
  static func text(locator: DataLocator = .standard()) -> String {
    var lines = ["m54 \(program)"]
    var sources: [ReleaseSource] = []
    do {
      for folder in locator.releaseFolders { sources += try ReleaseSource.manifest(in: folder, imported: false) }
      sources += try ReleaseSource.manifest(in: locator.userReleaseFolder, imported: true)
    } catch {
      lines.append("Releases: cannot read a release manifest (\(error))")
      return lines.joined(separator: "\n")
    }
    lines.append(sources.isEmpty ? "Releases: none found" : "Releases:")
    for source in sources {
      let info = source.info
      lines.append(
        "  \(info.id.padding(toLength: 13, withPad: " ", startingAt: 0)) \(info.effectiveFrom) to \(info.effectiveThrough)  \(source.isImported ? "imported" : "shipped")"
      )
    }
    return lines.joined(separator: "\n")
  }
}
