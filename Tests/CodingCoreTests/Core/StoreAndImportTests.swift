import CodingCore
import Foundation
import Testing

/// The compiled store is reproducible from the official files, and imports never damage data.
@Suite struct StoreAndImportTests {
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("m54-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func compilingTwiceGivesIdenticalBytesAndTheCachedStoreMatches() throws {
    let source = try #require(TestData.codeSet.sources.first { $0.info.id == "FY2025-April" })
    let first = try ReleaseCache.compile(source)
    let second = try ReleaseCache.compile(source)
    #expect(first == second)
    let cached = try Data(contentsOf: ReleaseCache(folder: TestData.locator.cacheFolder).storeURL(for: source))
    #expect([UInt8](cached) == first)
  }

  @Test func malformedImportLeavesExistingReleasesIntact() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // An existing release, imported first.
    let good = folder.appendingPathComponent("icd10cm-tabular-2030.xml")
    try Data(
      TinyReleases.tabular(version: "2030", diags: "<diag><name>A00</name><desc>Cholera</desc></diag>").utf8
    ).write(to: good)
    let releases = folder.appendingPathComponent("releases")
    let imported = try ReleaseImporter.importRelease(
      tabular: good, codeList: nil, id: nil, effectiveFrom: nil, effectiveThrough: nil, existing: [], into: releases)
    #expect(imported.info.id == "FY2030")
    let manifest = releases.appendingPathComponent("releases.json")
    let before = try Data(contentsOf: manifest)
    let filesBefore = try FileManager.default.subpathsOfDirectory(atPath: releases.path).sorted()
    #expect(filesBefore == ["FY2030", "FY2030/icd10cm-tabular-2030.xml", "releases.json"])
    // A truncated one: refused, and the existing release and manifest are untouched.
    let broken = folder.appendingPathComponent("broken.xml")
    try Data("<ICD10CM.tabular><version>2031</version><chapter><name>1</name>".utf8).write(to: broken)
    #expect(throws: ImportError.self) {
      _ = try ReleaseImporter.importRelease(
        tabular: broken, codeList: nil, id: nil, effectiveFrom: nil, effectiveThrough: nil, existing: ["FY2030"],
        into: releases)
    }
    #expect(try Data(contentsOf: manifest) == before)
    #expect(try FileManager.default.subpathsOfDirectory(atPath: releases.path).sorted() == filesBefore)
    let sources = try ReleaseSource.manifest(in: releases, imported: true)
    #expect(sources.map(\.info.id) == ["FY2030"])
  }

  @Test func foreignXMLIsRejectedWithItsRootNamed() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let foreign = folder.appendingPathComponent("other.xml")
    try Data("<html><body>not a release</body></html>".utf8).write(to: foreign)
    do {
      _ = try ReleaseImporter.importRelease(
        tabular: foreign, codeList: nil, id: nil, effectiveFrom: nil, effectiveThrough: nil, existing: [], into: folder)
      Issue.record("a foreign file was imported")
    } catch let error as ImportError {
      #expect(error.problem.contains("<html>"))
    }
  }

  @Test func importsAValidReleaseUnderANewID() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = TestData.root.appendingPathComponent("Data/icd10cm")
    let result = try ReleaseImporter.importRelease(
      tabular: data.appendingPathComponent("icd10cm-tabular-2025-april.xml.gz"),
      codeList: data.appendingPathComponent("code-list-2025-april.txt.gz"), id: "FY2025-Test", effectiveFrom: nil,
      effectiveThrough: nil, existing: ["FY2025-April"], into: folder)
    #expect(result.billableCount == 74_260)
    #expect(result.info.effectiveFrom.description == "2025-04-01")
    let sources = try ReleaseSource.manifest(in: folder, imported: true)
    #expect(sources.map(\.info.id) == ["FY2025-Test"])
    #expect(FileManager.default.fileExists(atPath: sources[0].tabularURL.path))
    #expect(throws: ImportError.self) {
      _ = try ReleaseImporter.importRelease(
        tabular: data.appendingPathComponent("icd10cm-tabular-2025-april.xml.gz"), codeList: nil, id: "FY2025-April",
        effectiveFrom: nil, effectiveThrough: nil, existing: ["FY2025-April"], into: folder)
    }
  }
}
