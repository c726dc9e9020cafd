import CodingCore
import Foundation

/// The official releases shipped in `Data/`, for every test target, loaded once per test process.
///
/// Compiled stores are cached in `.build/m54-test-cache` (keyed by the source files' fingerprint),
/// seeded from the stores the build compiled for `m54` (the PrebuiltStores plugin), so a test run
/// compiles nothing when those are current.
public enum ShippedData {
  /// The repository root.
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A locator over the shipped data, with no user releases and a test cache.
  public static let locator: DataLocator = {
    var locator = DataLocator(
      releaseFolders: [root.appendingPathComponent("Data/icd10cm")],
      userReleaseFolder: root.appendingPathComponent(".build/m54-test-no-user-releases"),
      cacheFolder: root.appendingPathComponent(".build/m54-test-cache"))
    locator.prebuiltFolders = prebuiltFolders
    return locator
  }()

  /// The folders where the PrebuiltStores plugin put `m54`'s stores
  /// (`.build/plugins/outputs/<package>/m54/destination/PrebuiltStores/stores`).
  public static let prebuiltFolders: [URL] = {
    let outputs = root.appendingPathComponent(".build/plugins/outputs")
    let packages = (try? FileManager.default.contentsOfDirectory(atPath: outputs.path)) ?? []
    return packages.sorted().map {
      outputs.appendingPathComponent("\($0)/m54/destination/PrebuiltStores/stores")
    }.filter { FileManager.default.fileExists(atPath: $0.path) }
  }()

  /// All three shipped releases.
  public static let codeSet: CodeSet = {
    do {
      return try CodeSet.load(locator: locator)
    } catch {
      fatalError("cannot load the shipped releases: \(error)")
    }
  }()
}
