import CodingCore
import Foundation
import Testing

/// Excludes2 and "use additional" notes naming a chapter resolve to its range; lint lists them all.
@Suite struct ChapterRangeTests {
  @Test func anExcludes2NoteNamingChapter1ResolvesToItsRange() throws {
    let release = TestData.fy2026
    let section = try #require(release.lookup("L00-L08"))
    let note = try #require(
      release.notes(section, kind: .excludes2).first { $0.text == "local infections of skin classified in Chapter 1" })
    let reference = try #require(note.references.first)
    #expect(reference.text == "Chapter 1")
    let range = try #require(reference.nodes)
    #expect(release.code(range.lowerBound) == "1")
    #expect(release.isInSubtree(try #require(release.lookup("A46")), of: range.lowerBound))
    #expect(range.upperBound == release.subtreeEnd(range.lowerBound))
  }

  @Test func lintListsEveryChapterReferenceAndItsResolution() throws {
    let curated = try CuratedReferences.load(
      from: RulesFixture.dataFolder.appendingPathComponent("curated-references.json"))
    let references = TestData.fy2026.chapterReferences(curated: curated)
    let z36 = try #require(references.first { $0.carrier == "Z36" })
    #expect(z36.kind == "excludes1")
    #expect(z36.chapter == "15")
    #expect(z36.resolution == "curated CUR-Z36-FETAL: O35.-, O36.-")
    let skin = try #require(references.first { $0.carrier == "L00-L08" })
    #expect(skin.resolution == "chapter 1 (A00-B99)")
  }
}
