import CodingCore
import Testing

/// Search in a coder's words: the Alphabetic Index ranked with titles and inclusion terms.
@Suite struct PhraseSearchTests {
  static func search(_ query: String, limit: Int = 10) -> [String] {
    let release = TestData.fy2026
    return release.search(query, limit: limit, index: TestData.codeSet.alphabeticIndex(for: release)).map(\.code)
  }

  @Test func lowBackPainFindsM5450FirstThroughTheIndex() {
    let release = TestData.fy2026
    let hits = release.search("low back pain", limit: 5, index: TestData.codeSet.alphabeticIndex(for: release))
    #expect(hits.first?.code == "M54.50")
    #expect(hits.first?.field == .index)
    #expect(hits.first?.matched == "Pain, low back M54.50")
  }

  @Test(arguments: ["lumbago with sciatica", "sciatica with lumbago", "sciatica lumbago", "lumbago sciatica"])
  func lumbagoWithSciaticaGivesTheHeaderThenItsCodes(_ query: String) {
    #expect(Array(Self.search(query).prefix(4)) == ["M54.4", "M54.40", "M54.41", "M54.42"], "\(query)")
  }

  @Test(arguments: [
    "chronic low back pain", "low back pain chronic", "chronic pain of the low back", "chronc low bak pain",
  ])
  func chronicLowBackPainFindsBothCodes(_ query: String) {
    let first = Array(Self.search(query).prefix(5))
    #expect(first.first == "M54.50", "\(query) → \(first)")
    #expect(first.contains("G89.29"), "\(query) → \(first)")
  }

  @Test(arguments: ["back pain", "pain back", "back pains", "the back pain", "pain of back", "bakc pain"])
  func backPainIsDorsalgiaUnspecified(_ query: String) {
    #expect(Self.search(query).first == "M54.9", "\(query) → \(Self.search(query))")
  }

  @Test func lowBackPainWithSciaticaFindsTheCombinationCode() {
    #expect(Self.search("low back pain sciatica").prefix(4).contains("M54.4"))
  }

  @Test func indexCodesTheReleaseLacksAreNotOffered() {
    // FY2021 has no M54.50 ("Pain, low back" points at it): search finds M54.5, billable then.
    let release = TestData.fy2021
    let codes = release.search("low back pain", limit: 5, index: TestData.codeSet.alphabeticIndex(for: release))
      .map(\.code)
    #expect(codes.first == "M54.5")
    #expect(!codes.contains("M54.50"))
  }
}
