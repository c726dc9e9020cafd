import Foundation
import Testing

@testable import CodingCore

/// The Alphabetic Index reader against the shipped flattened CSV, and its validation of bad files.
@Suite struct IndexReaderTests {
  static let csv = TestData.root.appendingPathComponent("Data/icd10cm/index-2025-april-flattened.csv.gz")

  @Test func shippedCSVHasEveryRowOfTheREADME() throws {
    let rows = try IndexReader.rows(Self.csv)
    #expect(rows.count == 81_024)
    #expect(rows.filter { $0.level == 0 }.count == 8_100)
    #expect(rows.filter { !$0.code.isEmpty }.count == 62_721)
    #expect(rows.filter { !$0.see.isEmpty }.count == 12_136)
    #expect(rows.filter { !$0.seeAlso.isEmpty }.count == 2_057)
    #expect(rows.first?.term == "Aarskog's syndrome")
    #expect(rows.first?.code == "Q87.19")
  }

  @Test func compiledIndexRebuildsParents() throws {
    let index = try #require(TestData.codeSet.alphabeticIndex(for: TestData.fy2026))
    #expect(index.count == 81_024)
    #expect(index.release == "FY2025-April")
    let lowBack = try #require(index.lookUp("pain low back", limit: 1).first)
    #expect(index.pathText(lowBack) == "Pain, low back")
    #expect(index.entry(lowBack).code == "M54.50")
    #expect(index.level(lowBack) == 1)
    let withSciatica = try #require(index.lookUp("lumbalgia with sciatica", limit: 1).first)
    #expect(index.pathText(withSciatica) == "Lumbago, lumbalgia, with sciatica")
    #expect(index.entry(withSciatica).code == "M54.4-")
    #expect(index.children(withSciatica).map { index.term($0) } == ["due to intervertebral disc disorder"])
  }

  @Test func seeTargetsResolveToTheirEntries() throws {
    let index = try #require(TestData.codeSet.alphabeticIndex(for: TestData.fy2026))
    let abdominalgia = try #require(index.lookUp("abdominalgia", limit: 1).first)
    let entry = index.entry(abdominalgia)
    #expect(entry.see == "Pain, abdominal")
    #expect(entry.seeTarget.map { index.pathText($0) } == "Pain, abdominal")
    #expect(entry.seeTarget.map { index.entry($0).code } == "R10.9")
    let sciatica = try #require(index.lookUp("sciatica", limit: 1).first)
    let disc = try #require(
      index.children(sciatica).first { index.term($0) == "due to displacement of intervertebral disc" })
    #expect(index.entry(disc).seeTarget.map { index.pathText($0) } == "Disorder, disc, with, radiculopathy")
    // "see condition" names no entry.
    let lumbar = try #require(index.lookUp("lumbar", limit: 1).first)
    #expect(index.entry(lumbar).see == "condition")
    #expect(index.entry(lumbar).seeTarget == nil)
  }

  @Test func indexCodesAreCheckedAgainstTheReleaseInForce() throws {
    let fy2026 = TestData.fy2026
    let dashed = fy2026.checkIndexCode("M54.4-")
    #expect(dashed.status == .needsMoreCharacters)
    #expect(dashed.offered.map { fy2026.code($0) } == ["M54.40", "M54.41", "M54.42"])
    #expect(fy2026.checkIndexCode("M54.50").status == .valid)
    let header = fy2026.checkIndexCode("M54.5")
    #expect(header.status == .needsMoreCharacters)
    #expect(header.offered.map { fy2026.code($0) } == ["M54.50", "M54.51", "M54.59"])
    // FY2021 has no M54.50: M54.5 was billable then.
    let old = TestData.fy2021.checkIndexCode("M54.50")
    #expect(old.status == .notInRelease)
    #expect(old.offered.isEmpty)
  }

  static func write(_ text: String, name: String = "index.csv") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("m54-index-\(UUID().uuidString)-\(name)")
    try Data(text.utf8).write(to: url)
    return url
  }

  static let header = "RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code\n"

  @Test(arguments: [
    ("1,A,0,Pain,,,,R52\n2,A,2,deep,,,,R52\n", 3, "Level 2 follows Level 0"),
    ("1,A,0,Pain,,,,R52\n2,A,1,back,,,,M54\u{2E}9x\n", 3, "Code \"M54.9x\" is not an ICD-10-CM code"),
    ("1,A,0,Pain,,,,R52\n2,A,1,\"back,,,,M54.9\n", 3, "unterminated quoted field"),
    ("1,A,0,Pain,,,R52\n", 2, "7 fields, expected 8"),
    ("1,A,1,back,,,,M54.9\n", 2, "the first row must be a main term"),
    ("2,A,0,Pain,,,,R52\n1,A,0,Ache,,,,R52\n", 3, "RowID \"1\" is not a number greater"),
  ])
  func badCSVLinesAreNamedWithTheirLine(body: String, line: Int, problem: String) throws {
    let url = try Self.write(Self.header + body)
    defer { try? FileManager.default.removeItem(at: url) }
    do {
      _ = try IndexReader.rows(url)
      Issue.record("accepted a bad file")
    } catch let error as ImportError {
      #expect(error.line == line)
      #expect(error.problem.contains(problem), "\(error.problem)")
    }
  }

  @Test func foreignFileIsRefused() throws {
    let url = try Self.write("code,title\nM54.50,Low back pain\n")
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: ImportError.self) { _ = try IndexReader.rows(url) }
  }

  @Test func cdcXMLGivesTheSameRowsAsTheCSV() throws {
    let xml = """
      <?xml version="1.0" encoding="utf-8"?>
      <ICD10CM.index><version>2026</version><title>ICD-10-CM INDEX TO DISEASES and INJURIES</title>
      <letter><title>L</title>
      <mainTerm><title>Lumbago, lumbalgia</title><code>M54.50</code>
        <term level="1"><title>with sciatica</title><code>M54.4-</code>
          <term level="2"><title>due to intervertebral disc disorder</title><code>M51.17</code></term>
        </term>
      </mainTerm>
      <mainTerm><title>Lumbar</title><see>condition</see></mainTerm>
      </letter>
      <letter><title>P</title>
      <mainTerm><title>Pain<nemod>(s)</nemod></title><seeAlso>Painful</seeAlso><code>R52</code>
        <term level="1"><title>back <nemod>(postural)</nemod></title><code>M54.9</code></term>
      </mainTerm>
      </letter>
      </ICD10CM.index>
      """
    let url = try Self.write(xml, name: "icd10cm-index-2026.xml")
    defer { try? FileManager.default.removeItem(at: url) }
    let rows = try IndexReader.rows(url)
    #expect(
      rows.map(\.term) == [
        "Lumbago, lumbalgia", "with sciatica", "due to intervertebral disc disorder", "Lumbar", "Pain", "back",
      ])
    #expect(rows.map(\.level) == [0, 1, 2, 0, 0, 1])
    #expect(rows.map(\.code) == ["M54.50", "M54.4-", "M51.17", "", "R52", "M54.9"])
    #expect(rows[3].see == "condition")
    #expect(rows[4].seeAlso == "Painful")
    #expect(rows[4].modifier == "(s)")
    #expect(rows[5].modifier == "(postural)")
    #expect(IndexCompiler.parents(rows) == [-1, 0, 1, -1, -1, 4])
  }

  @Test func truncatedXMLIsRefused() throws {
    let url = try Self.write("<ICD10CM.index><letter><mainTerm><title>Pain</title>", name: "icd10cm-index-2026.xml")
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: ImportError.self) { _ = try IndexReader.rows(url) }
  }
}
