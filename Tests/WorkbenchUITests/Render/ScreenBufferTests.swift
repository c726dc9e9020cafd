import Testing
import WorkbenchUI

@Suite struct ScreenBufferTests {
  @Test func wideGlyphTakesTwoCellsAndNeverCrossesTheLimit() {
    var b = ScreenBuffer(width: 6, height: 2)
    let written = b.put("a腰痛", x: 0, y: 0, role: .text)
    #expect(written == 5)
    #expect(b[1, 0].width == 2)
    #expect(b[2, 0].isContinuation)
    #expect(b.line(0) == "a腰痛 ")
    // A wide glyph that would cross the limit becomes a space.
    let clipped = b.put("ab腰", x: 0, y: 1, limit: 3, role: .text)
    #expect(clipped == 3)
    #expect(b.line(1) == "ab    ")
  }

  @Test func combiningMarksJoinThePreviousCell() {
    var b = ScreenBuffer(width: 4, height: 1)
    b.put("e\u{301}x", x: 0, y: 0, role: .text)
    #expect(b[0, 0].mark == 0x301)
    #expect(b.line(0) == "e\u{301}x  ")
  }

  @Test func controlCharactersBecomeSpaces() {
    var b = ScreenBuffer(width: 5, height: 1)
    b.put("a\tb", x: 0, y: 0, role: .text)
    #expect(b.line(0) == "a b  ")
  }

  @Test func paddingAndRoles() {
    var b = ScreenBuffer(width: 8, height: 1)
    b.putPadded("Low back pain", x: 1, y: 0, columns: 6, role: .heading)
    #expect(b.line(0) == " Low b… ")
    #expect(b.roleRuns(row: 0).map(\.role) == [.text, .heading, .text])
  }
}
