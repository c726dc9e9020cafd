import CodingCore
import Foundation
import TestSupport
import Testing

/// A new user's first command: `m54` opens the stores its build compiled (the PrebuiltStores plugin)
/// instead of compiling every release.
@Suite struct FirstRunTests {
  @Test func theFirstCommandAdoptsTheStoresTheBuildCompiled() throws {
    let binary = try #require(BuiltM54.url, "m54 was not built next to the test bundle")
    let prebuilt = try #require(ShippedData.prebuiltFolders.first, "the build compiled no stores for m54")
    let built = try FileManager.default.contentsOfDirectory(atPath: prebuilt.path).filter { $0.hasSuffix(".m54s") }
    #expect(
      Set(built.compactMap { ReleaseCache.releaseID(ofStore: $0) }) == ["FY2021", "FY2025-April", "FY2026-April"])
    let sandbox = try CLISandbox()
    defer { sandbox.remove() }
    var environment = sandbox.environment
    let cache = sandbox.folder.appendingPathComponent("cache/empty")
    environment["M54_CACHE_DIR"] = cache.path
    let outcome = try CLIProcess.run(
      binary.path, ["show", "M54.50"], environment: environment, stdin: nil, scratch: sandbox.folder)
    #expect(outcome.status == 0)
    #expect(String(decoding: outcome.stdout, as: UTF8.self).hasPrefix("M54.50  Low back pain, unspecified\n"))
    #expect(outcome.stderr.isEmpty)
    // Every store in the new cache is one of the build's (the same file, or a byte-equal copy).
    let cached = try FileManager.default.contentsOfDirectory(atPath: cache.path).sorted()
    #expect(cached == built.sorted())
    for name in cached {
      let inCache = cache.appendingPathComponent(name)
      let original = prebuilt.appendingPathComponent(name)
      let a = try FileManager.default.attributesOfItem(atPath: inCache.path)
      let b = try FileManager.default.attributesOfItem(atPath: original.path)
      if a[.systemFileNumber] as? Int != b[.systemFileNumber] as? Int {
        #expect(try Data(contentsOf: inCache) == Data(contentsOf: original), "\(name) differs from the build's store")
      }
    }
  }
}
