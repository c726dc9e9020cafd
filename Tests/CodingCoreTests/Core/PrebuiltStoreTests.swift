import Foundation
import Testing

@testable import CodingCore

/// Stores compiled ahead of time (by the build, for a fast first run) are adopted by the cache
/// instead of compiling, and can never make a release wrong: a damaged or foreign one is ignored.
@Suite struct PrebuiltStoreTests {
  /// A tiny imported release, a folder of its store compiled ahead of time, and an empty cache.
  struct Fixture {
    let folder: URL
    let source: ReleaseSource
    let prebuilt: URL
    let cache: URL

    init() throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent("m54-prebuilt-\(UUID().uuidString)")
      let releases = folder.appendingPathComponent("releases")
      try FileManager.default.createDirectory(at: releases, withIntermediateDirectories: true)
      let xml = folder.appendingPathComponent("tabular.xml")
      let diags =
        "<diag><name>A01</name><desc>Test fever</desc><diag><name>A01.1</name><desc>Test fever, left</desc></diag></diag>"
      try Data(TinyReleases.tabular(version: "2030", diags: diags).utf8).write(to: xml)
      _ = try ReleaseImporter.importRelease(
        tabular: xml, codeList: nil, id: "FY2030", effectiveFrom: nil, effectiveThrough: nil, existing: [],
        into: releases)
      source = try #require(try ReleaseSource.manifest(in: releases, imported: true).first)
      prebuilt = folder.appendingPathComponent("prebuilt")
      cache = folder.appendingPathComponent("cache")
      _ = try ReleaseCache(folder: prebuilt).open(source)
    }

    var prebuiltStore: URL { ReleaseCache(folder: prebuilt).storeURL(for: source) }
    var cachedStore: URL { ReleaseCache(folder: cache).storeURL(for: source) }
    func remove() { try? FileManager.default.removeItem(at: folder) }
  }

  @Test func aCurrentPrebuiltStoreIsAdoptedWithoutCompiling() throws {
    let fixture = try Fixture()
    defer { fixture.remove() }
    var compiled = false
    let release = try ReleaseCache(folder: fixture.cache, prebuilt: [fixture.prebuilt]).open(fixture.source) { _ in
      compiled = true
    }
    #expect(!compiled)
    #expect(release.lookup("A01.1").map(release.title) == "Test fever, left")
    #expect(release.buffer.path == fixture.cachedStore.path)
    // Linked (same file system): the cache's store is the prebuilt file itself.
    let cached = try FileManager.default.attributesOfItem(atPath: fixture.cachedStore.path)
    let original = try FileManager.default.attributesOfItem(atPath: fixture.prebuiltStore.path)
    #expect(cached[.systemFileNumber] as? Int == original[.systemFileNumber] as? Int)
    // No temporary file is left behind.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: fixture.cache.path) == [fixture.cachedStore.lastPathComponent]
    )
  }

  @Test func aDamagedPrebuiltStoreIsIgnoredAndTheReleaseCompiled() throws {
    let fixture = try Fixture()
    defer { fixture.remove() }
    var bytes = [UInt8](try Data(contentsOf: fixture.prebuiltStore))
    bytes[10] ^= 1
    try Data(bytes).write(to: fixture.prebuiltStore)
    var compiled = false
    let release = try ReleaseCache(folder: fixture.cache, prebuilt: [fixture.prebuilt]).open(fixture.source) { _ in
      compiled = true
    }
    #expect(compiled)
    #expect(release.lookup("A01.1").map(release.title) == "Test fever, left")
    #expect(try Data(contentsOf: fixture.cachedStore) != Data(bytes))
  }

  @Test func aStoreOfOtherSourceFilesIsNotUsed() throws {
    let fixture = try Fixture()
    defer { fixture.remove() }
    // The same release with a changed tabular file has another fingerprint, so another store name.
    let stale = fixture.prebuilt.appendingPathComponent("FY2030-0123456789abcdef.m54s")
    try FileManager.default.moveItem(at: fixture.prebuiltStore, to: stale)
    var compiled = false
    _ = try ReleaseCache(folder: fixture.cache, prebuilt: [fixture.prebuilt]).open(fixture.source) { _ in
      compiled = true
    }
    #expect(compiled)
  }

  @Test func anUnwritableCacheOpensThePrebuiltStoreInPlace() throws {
    let fixture = try Fixture()
    defer { fixture.remove() }
    // A file where the cache folder should be: nothing can be written there.
    try Data([1]).write(to: fixture.cache)
    var compiled = false
    let release = try ReleaseCache(folder: fixture.cache, prebuilt: [fixture.prebuilt]).open(fixture.source) { _ in
      compiled = true
    }
    #expect(!compiled)
    #expect(release.buffer.path == fixture.prebuiltStore.path)
  }

  @Test func anUnwritableCacheWithoutPrebuiltStoresCompilesInMemoryAndSaysSoOnce() throws {
    let fixture = try Fixture()
    defer { fixture.remove() }
    try Data([1]).write(to: fixture.cache)
    var reports: [String] = []
    let previous = ReleaseCache.report
    ReleaseCache.report = { message in if message.contains(fixture.cache.path) { reports.append(message) } }
    defer { ReleaseCache.report = previous }
    for _ in 0..<2 {
      let release = try ReleaseCache(folder: fixture.cache).open(fixture.source)
      #expect(release.lookup("A01.1").map(release.title) == "Test fever, left")
    }
    #expect(reports.count == 1)
    #expect(reports.first?.hasPrefix("cannot keep compiled stores in \(fixture.cache.path)") == true)
  }
}
