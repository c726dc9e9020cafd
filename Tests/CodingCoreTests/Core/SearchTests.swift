import CodingCore
import Testing

/// Search by code and by words, with the ranking cases coders rely on.
@Suite struct SearchTests {
  @Test(arguments: ["m5450", "M54.50", " m54.50 ", "M5450"])
  func codeInAnySpellingComesFirst(_ query: String) {
    let release = TestData.fy2026
    #expect(release.search(query, limit: 5).first?.code == "M54.50")
  }

  @Test func codePrefixListsTheSubtree() {
    let codes = TestData.fy2026.search("M54.5", limit: 10).map(\.code)
    #expect(codes == ["M54.5", "M54.50", "M54.51", "M54.59"])
  }

  @Test(arguments: [
    ("lumbago", "M54.50", 1), ("loin pain", "M54.50", 1), ("back pain", "M54.9", 1),
    ("sciatica right", "M54.31", 3), ("lumbaog", "M54.50", 3), ("vertebral endplate", "M54.51", 1),
    ("low back pain", "M54.50", 1), ("neck pain", "M54.2", 1),
  ])
  func wordsFindTheRightCode(query: String, expected: String, within: Int) {
    let codes = TestData.fy2026.search(query, limit: 10).map(\.code)
    #expect(codes.prefix(within).contains(expected), "\(query) → \(codes)")
  }

  @Test func inclusionTermIsReportedAsTheMatch() {
    let hit = TestData.fy2026.search("lumbago", limit: 1).first
    #expect(hit?.field == .inclusionTerm)
    #expect(hit?.matched == "Lumbago NOS")
  }

  @Test func crossReferencesNameCodesInWordsTheTitleLacks() {
    // M54.2 is titled "Cervicalgia"; R07.0's Excludes2 "pain in neck (M54.2)" names it.
    let hit = TestData.fy2026.search("neck pain", limit: 3).first
    #expect(hit?.field == .crossReference)
    #expect(hit?.matched == "pain in neck (M54.2)")
    // Cross-references rank after titles and inclusion terms: "lumbago" is in M54.4's title and M54.50's
    // and M51.2's inclusion terms, and in an Excludes1 note naming M51.1- alone.
    let lumbago = TestData.fy2026.search("lumbago", limit: 10)
    #expect(lumbago.map(\.code) == ["M54.50", "M54.4", "M54.40", "M54.41", "M54.42", "M51.2", "M51.1"])
    #expect(
      lumbago.map(\.field) == [.inclusionTerm, .title, .title, .title, .title, .inclusionTerm, .crossReference])
    #expect(lumbago.last?.matched == "lumbago with sciatica due to intervertebral disc disorder (M51.1-)")
  }

  @Test func nonsenseFindsNothing() {
    #expect(TestData.fy2026.search("qqqzzz", limit: 5).isEmpty)
  }

  @Test func unknownCodeGetsNearbySuggestions() {
    let release = TestData.fy2026
    #expect(release.lookup("M54.7") == nil)
    #expect(release.suggestions(for: "M54.7").map { release.code($0) } == ["M54.6", "M54.8", "M54.9"])
    #expect(release.suggestions(for: "S33.5XA").first.map { release.code($0) } == "S33.5XXA")
    #expect(release.suggestions(for: "M54.5O").first.map { release.code($0) } == "M54.50")
  }
}
