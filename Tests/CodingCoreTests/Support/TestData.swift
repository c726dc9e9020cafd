import CodingCore
import Foundation

/// The official releases shipped in `Data/`, loaded once per test process.
///
/// Compiled stores are cached in `.build/m54-test-cache` (keyed by the source files' fingerprint),
/// so only the first test run after a change of data or format pays for compilation.
enum TestData {
  /// The repository root.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// A locator over the shipped data, with no user releases and a test cache.
  static let locator = DataLocator(
    releaseFolders: [root.appendingPathComponent("Data/icd10cm")],
    userReleaseFolder: root.appendingPathComponent(".build/m54-test-no-user-releases"),
    cacheFolder: root.appendingPathComponent(".build/m54-test-cache"))

  /// All three shipped releases.
  static let codeSet: CodeSet = {
    do {
      return try CodeSet.load(locator: locator)
    } catch {
      fatalError("cannot load the shipped releases: \(error)")
    }
  }()

  /// A release by identifier (`FY2021`, `FY2025-April`, `FY2026-April`).
  static func release(_ id: String) -> Release {
    guard let release = codeSet.release(named: id) else { fatalError("no release \(id)") }
    return release
  }

  static var fy2021: Release { release("FY2021") }
  static var fy2025: Release { release("FY2025-April") }
  static var fy2026: Release { release("FY2026-April") }

  /// The node of a code that must exist.
  static func node(_ code: String, in release: Release) -> NodeID {
    guard let id = release.lookup(code) else { fatalError("\(code) missing in \(release.info.id)") }
    return id
  }
}
