import Testing
import WorkbenchUI

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("M54.50", 6), ("腰痛", 4), ("テスト", 6), ("é", 1), ("e\u{301}", 1), ("✓", 1), ("🙂", 2),
    ("a\u{200B}b", 2), ("", 0), ("한국", 4), ("ＡＢ", 4),
  ])
  func widths(text: String, columns: Int) {
    #expect(DisplayWidth.of(text) == columns)
  }

  @Test func truncationCountsColumnsNotCharacters() {
    #expect(DisplayWidth.truncate("Low back pain", to: 8) == "Low bac…")
    #expect(DisplayWidth.truncate("腰痛テスト", to: 5) == "腰痛…")
    #expect(DisplayWidth.truncate("short", to: 10) == "short")
    #expect(DisplayWidth.pad("腰痛", to: 6) == "腰痛  ")
  }
}
