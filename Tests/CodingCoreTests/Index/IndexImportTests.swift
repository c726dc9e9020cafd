import CodingCore
import Foundation
import Testing

/// `m54 data import` of an Alphabetic Index: validated completely before anything is written.
@Suite struct IndexImportTests {
  static let header = "RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code\n"

  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("m54-index-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static var shippedFY2026: ReleaseSource {
    get throws { try #require(TestData.codeSet.sources.first { $0.info.id == "FY2026-April" }) }
  }

  @Test func badIndexChangesNothing() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("icd10cm-index-2026.csv")
    try Data((Self.header + "1,P,0,Pain,,,,R52\n2,P,1,back,,,,M54.9\n3,P,3,deep,,,,M54.9\n").utf8).write(to: file)
    let users = folder.appendingPathComponent("releases")
    do {
      _ = try IndexImporter.importIndex(file, release: try Self.shippedFY2026, into: users)
      Issue.record("accepted a bad index")
    } catch let error as ImportError {
      #expect(error.line == 4)
      #expect(error.description.contains("icd10cm-index-2026.csv"))
    }
    #expect(!FileManager.default.fileExists(atPath: users.path))
  }

  @Test func goodIndexIsAttachedToTheRelease() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("icd10cm-index-2026.csv")
    try Data((Self.header + "1,P,0,Pain,,,,R52\n2,P,1,back,,,(postural),M54.9\n").utf8).write(to: file)
    let users = folder.appendingPathComponent("releases")
    let result = try IndexImporter.importIndex(file, release: try Self.shippedFY2026, into: users)
    #expect(result.release == "FY2026-April")
    #expect(result.mainTerms == 1)
    #expect(result.terms == 2)
    let manifest = try ReleaseSource.manifest(in: users, imported: true)
    #expect(manifest.map(\.info.id) == ["FY2026-April"])
    #expect(manifest.first?.info.index == "FY2026-April/icd10cm-index-2026.csv")
    #expect(manifest.first?.info.tabular == "FY2026-April/icd10cm-tabular-2026-april.xml.gz")
    let copied = try #require(manifest.first?.indexURL)
    #expect(FileManager.default.fileExists(atPath: copied.path))
  }

  @Test func releaseComesFromTheFileName() {
    let ids = ["FY2021", "FY2025-April", "FY2026-April"]
    #expect(
      IndexImporter.defaultRelease(for: URL(fileURLWithPath: "icd10cm-index-2026.xml"), among: ids) == "FY2026-April")
    #expect(
      IndexImporter.defaultRelease(for: URL(fileURLWithPath: "index-2025-april-flattened.csv.gz"), among: ids)
        == "FY2025-April")
    #expect(IndexImporter.defaultRelease(for: URL(fileURLWithPath: "my-index.csv"), among: ids) == nil)
    #expect(IndexImporter.looksLikeIndex(URL(fileURLWithPath: "icd10cm-index-2026.xml")))
    #expect(!IndexImporter.looksLikeIndex(URL(fileURLWithPath: "icd10cm-tabular-2026.xml")))
  }
}
