import CodingCore
import Foundation
import Testing

/// Every data file the program reads, damaged: each is refused with the file (and line where there is
/// one) and the problem, or (a compiled store) quietly rebuilt; nothing crashes.
@Suite struct BadInputFileTests {
  /// A fresh temporary folder.
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("m54-bad-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The ImportError `body` throws (a test failure when it throws nothing or something else).
  static func importError(_ body: () throws -> Void) -> ImportError? {
    do {
      try body()
    } catch let error as ImportError {
      return error
    } catch {
      Issue.record("not an ImportError: \(error)")
      return nil
    }
    Issue.record("nothing was thrown")
    return nil
  }

  static let tinyTabular = TinyReleases.tabular(
    version: "2030", diags: "<diag><name>A00</name><desc>Cholera</desc></diag>")

  @Test func aCorruptGzipTabularIsRefusedAndNothingIsWritten() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // The first 40 bytes of a real gzip stream: the header is right, the data stops short.
    var full = Data([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03])
    full.append(Data("not even deflate data, just bytes after a gzip header".utf8))
    let file = folder.appendingPathComponent("icd10cm-tabular-2030.xml.gz")
    try full.prefix(40).write(to: file)
    let releases = folder.appendingPathComponent("releases")
    let error = Self.importError {
      _ = try ReleaseImporter.importRelease(
        tabular: file, codeList: nil, id: nil, effectiveFrom: nil, effectiveThrough: nil, existing: [],
        into: releases)
    }
    #expect(error?.file == file.path)
    #expect(error?.problem.contains("gzip") == true, "\(String(describing: error))")
    #expect(!FileManager.default.fileExists(atPath: releases.appendingPathComponent("releases.json").path))
  }

  @Test func aBadCodeListLineIsNamedByNumber() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tabular = folder.appendingPathComponent("icd10cm-tabular-2030.xml")
    try Data(Self.tinyTabular.utf8).write(to: tabular)
    let codeList = folder.appendingPathComponent("code-list-2030.txt")
    try Data("A00\nthis is not a code list\n".utf8).write(to: codeList)
    let releases = folder.appendingPathComponent("releases")
    let error = Self.importError {
      _ = try ReleaseImporter.importRelease(
        tabular: tabular, codeList: codeList, id: nil, effectiveFrom: nil, effectiveThrough: nil, existing: [],
        into: releases)
    }
    #expect(error?.file == codeList.path)
    #expect(error?.line == 2)
    #expect(error?.problem == "not a code list or order file line")
    #expect(!FileManager.default.fileExists(atPath: releases.appendingPathComponent("releases.json").path))
  }

  @Test func aBadReleaseManifestIsRefusedWithItsFile() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let manifest = folder.appendingPathComponent("releases.json")
    for text in ["[{\"id\": 3}]", "{not json", ""] {
      try Data(text.utf8).write(to: manifest)
      let error = Self.importError { _ = try ReleaseSource.manifest(in: folder, imported: false) }
      #expect(error?.file == manifest.path)
      #expect(error?.problem.hasPrefix("invalid release manifest") == true, "\(text): \(String(describing: error))")
    }
  }

  @Test func aBadChecklistIsRefusedWithItsFile() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("checklists.json")
    let cases = [
      ("{\"schema_version\": 1, \"items\": [{\"id\": 5}]}", "invalid checklist"),
      ("[1, 2", "invalid checklist"),
      ("{\"schema_version\": 9, \"items\": []}", "unsupported checklist schema_version 9"),
    ]
    for (text, problem) in cases {
      try Data(text.utf8).write(to: file)
      let error = Self.importError { _ = try Checklist.load(from: file) }
      #expect(error?.file == file.path)
      #expect(error?.problem.hasPrefix(problem) == true, "\(text): \(String(describing: error))")
    }
    let missing = Self.importError { _ = try Checklist.load(from: folder.appendingPathComponent("none.json")) }
    #expect(missing?.problem == "cannot read the checklist")
  }

  @Test func aBadCuratedMappingIsRefusedWithItsFile() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("curated-references.json")
    let cases = [
      ("{\"schema_version\": 1, \"entries\": [{\"carrier\": []}]}", "invalid curated references"),
      ("null", "invalid curated references"),
      ("{\"schema_version\": 2, \"entries\": []}", "unsupported curated references schema_version 2"),
    ]
    for (text, problem) in cases {
      try Data(text.utf8).write(to: file)
      let error = Self.importError { _ = try CuratedReferences.load(from: file) }
      #expect(error?.file == file.path)
      #expect(error?.problem.hasPrefix(problem) == true, "\(text): \(String(describing: error))")
    }
  }

  @Test func aDamagedCompiledStoreIsCompiledAgain() throws {
    let tiny = try TinyReleases([("icd10cm-tabular-2030.xml", Self.tinyTabular)])
    defer { tiny.remove() }
    let cache = tiny.folder.appendingPathComponent("cache")
    let stores = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".m54s") }
    #expect(stores.count == 1)
    let store = cache.appendingPathComponent(try #require(stores.first))
    let good = try Data(contentsOf: store)
    var wrongMagic = good
    wrongMagic[0] ^= 0xFF
    for damaged in [wrongMagic, good.prefix(good.count / 2), good.prefix(12), Data()] {
      try damaged.write(to: store)
      let codeSet = try CodeSet.load(
        locator: DataLocator(
          releaseFolders: [], userReleaseFolder: tiny.folder.appendingPathComponent("releases"), cacheFolder: cache))
      let release = try #require(codeSet.releases.first)
      #expect(release.lookup("A00").map { release.title($0) } == "Cholera")
      #expect(try Data(contentsOf: store) == good, "the damaged store was not replaced")
    }
  }
}
