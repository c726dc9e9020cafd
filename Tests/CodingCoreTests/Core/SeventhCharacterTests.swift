import CodingCore
import Testing

/// 7th characters and the placeholder X.
@Suite struct SeventhCharacterTests {
  @Test func placeholderPaddedCodesExist() {
    let release = TestData.fy2026
    let s335xxa = release.lookup("S33.5XXA")
    #expect(s335xxa.map { release.isBillable($0) } == true)
    #expect(release.lookup("S33.5XA") == nil)
    #expect(release.lookup("S335XA") == nil)
    #expect(release.lookup("s335xxa") == s335xxa)
  }

  @Test func s39012IsAHeaderRequiringADS() {
    let release = TestData.fy2026
    let header = TestData.node("S39.012", in: release)
    #expect(!release.isBillable(header))
    #expect(release.requiresSeventhCharacter(header))
    #expect(release.children(header).map { release.code($0) } == ["S39.012A", "S39.012D", "S39.012S"])
    let table = release.sevenCharacterTable(header)
    #expect(table.map { release.code($0.carrier) } == "S39")
    #expect(table?.entries.map(\.character) == ["A", "D", "S"])
    #expect(table?.entries.first?.meaning == "initial encounter")
  }

  @Test func codesWithoutSeventhCharacterRejectOne() {
    let release = TestData.fy2026
    #expect(release.lookup("M54.50A") == nil)
    #expect(release.sevenCharacterTable(TestData.node("M54.50", in: release)) == nil)
  }

  @Test func codeListsDecideWhichCombinationsExist() {
    let release = TestData.fy2026
    // S06 codes ending in 7 or 8 (death before consciousness regained) exist only with A.
    #expect(release.lookup("S06.1X7A") != nil)
    #expect(release.lookup("S06.1X7D") == nil)
    #expect(release.lookup("S06.1X8S") == nil)
    #expect(release.lookup("S06.1X1D") != nil)
  }
}
