import Foundation
import Testing

@testable import CodingCore

/// The CDC Alphabetic Index XML (`icd10cm-index-*.xml`: `ICD10CM.index` / `letter` / `mainTerm` /
/// `title` with `nemod` / `code` / `see` / `seeAlso` / `term level=…`) read as the flattened CSV reads:
/// a sample written in that schema gives the same entries as the same terms copied from the shipped CSV.
@Suite struct IndexXMLFormatTests {
  static let fixtures = TestData.root.appendingPathComponent("Tests/CLITests/Fixtures")
  static let xml = fixtures.appendingPathComponent("icd10cm-index-2025-sample.xml")
  static let csv = fixtures.appendingPathComponent("index-2025-sample.csv")

  /// The fields that make an entry (the source line number aside).
  private func fields(_ rows: [IndexRow]) -> [[String]] {
    rows.map { [String($0.level), $0.term, $0.modifier, $0.see, $0.seeAlso, $0.code] }
  }

  @Test func theXMLGivesTheRowsOfTheEquivalentCSV() throws {
    let fromXML = try IndexReader.rows(Self.xml)
    let fromCSV = try IndexReader.rows(Self.csv)
    #expect(fromXML.count == 26)
    #expect(fields(fromXML) == fields(fromCSV))
    // The file's, and the letters', own titles are not terms.
    #expect(!fromXML.contains { $0.term.contains("INDEX TO DISEASES") || $0.term == "A" || $0.term == "2025" })
    #expect(
      fromXML.filter { $0.level == 0 }.map(\.term) == [
        "Abdominalgia", "Lumbago, lumbalgia", "Lumbar", "Pain", "Painful", "Sciatica",
      ])
    let pain = try #require(fromXML.first { $0.term == "Pain" })
    #expect([pain.modifier, pain.seeAlso, pain.code] == ["(s)", "Painful", "R52"])
    let displacement = try #require(fromXML.first { $0.term == "due to displacement of intervertebral disc" })
    #expect(displacement.modifier == "(with lumbago)")
    #expect(displacement.see == "Disorder, disc, with, radiculopathy")
    #expect(fromXML.first { $0.term == "with acute abdomen" }?.level == 3)
  }

  @Test func bothFormsCompileToTheSameIndex() throws {
    let info = IndexCompiler.Info(release: "FY2025-April", file: "sample")
    let fromXML = try IndexCompiler.compile(IndexReader.rows(Self.xml), info: info)
    let fromCSV = try IndexCompiler.compile(IndexReader.rows(Self.csv), info: info)
    #expect(fromXML == fromCSV)
  }

  @Test func theXMLImportsForARelease() throws {
    let folder = try IndexImportTests.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("icd10cm-index-2025.xml")
    try FileManager.default.copyItem(at: Self.xml, to: file)
    let users = folder.appendingPathComponent("releases")
    let result = try IndexImporter.importIndex(file, release: try IndexImportTests.shippedFY2026, into: users)
    #expect(result.release == "FY2026-April")
    #expect(result.mainTerms == 6)
    #expect(result.terms == 26)
    let manifest = try ReleaseSource.manifest(in: users, imported: true)
    #expect(manifest.first?.info.index == "FY2026-April/icd10cm-index-2025.xml")
  }
}
