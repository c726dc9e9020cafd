import CodingCore
import Foundation

/// The official releases shipped in `Data/`, for every test target, loaded once per test process.
///
/// Compiled stores are cached in `.build/m54-test-cache` (keyed by the source files' fingerprint),
/// so only the first test run after a change of data or format pays for compilation.
public enum ShippedData {
  /// The repository root.
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A locator over the shipped data, with no user releases and a test cache.
  public static let locator = DataLocator(
    releaseFolders: [root.appendingPathComponent("Data/icd10cm")],
    userReleaseFolder: root.appendingPathComponent(".build/m54-test-no-user-releases"),
    cacheFolder: root.appendingPathComponent(".build/m54-test-cache"))

  /// All three shipped releases.
  public static let codeSet: CodeSet = {
    do {
      return try CodeSet.load(locator: locator)
    } catch {
      fatalError("cannot load the shipped releases: \(error)")
    }
  }()
}
