import Testing
import WorkbenchUI

@Suite struct ScreenDiffTests {
  private func buffer(_ lines: [String], width: Int = 8) -> ScreenBuffer {
    var b = ScreenBuffer(width: width, height: lines.count)
    for (y, l) in lines.enumerated() { b.put(l, x: 0, y: y, role: .text) }
    return b
  }

  @Test func identicalFramesRedrawNothing() {
    let a = buffer(["abc", "def"])
    #expect(ScreenDiff.runs(from: a, to: a).isEmpty)
  }

  @Test func onlyChangedCellsAreRedrawn() {
    let a = buffer(["abcdefgh", "12345678"])
    let b = buffer(["abXdefgh", "12345Y78"])
    let runs = ScreenDiff.runs(from: a, to: b)
    #expect(runs.map(\.x) == [2, 5])
    #expect(runs.map(\.y) == [0, 1])
    #expect(ScreenDiff.cellCount(runs) == 2)
  }

  @Test func aRoleChangeIsAChange() {
    let a = buffer(["abc"])
    var b = a
    b.restyle(Rect(x: 1, y: 0, width: 1, height: 1), role: .selected)
    #expect(ScreenDiff.runs(from: a, to: b) == [CellRun(x: 1, y: 0, cells: [b[1, 0]])])
  }

  @Test func replacingAWideGlyphRedrawsBothHalves() {
    let a = buffer(["a腰b"])
    let b = buffer(["axyb"])
    let runs = ScreenDiff.runs(from: a, to: b)
    #expect(runs.count == 1)
    #expect(runs[0].x == 1)
    #expect(runs[0].cells.map(\.text) == ["x", "y"])
  }

  @Test func changingOnlyTheTrailingHalfRedrawsTheGlyph() {
    let a = buffer(["ab  "])
    let b = buffer(["a腰 "])
    let runs = ScreenDiff.runs(from: a, to: b)
    #expect(runs.first?.x == 1)
    #expect(runs.first?.cells.count == 2)
  }

  @Test func aNewSizeRedrawsEverything() {
    let a = buffer(["abc"], width: 3)
    let b = buffer(["abc", "def"], width: 4)
    #expect(ScreenDiff.cellCount(ScreenDiff.runs(from: a, to: b)) == 8)
    #expect(ScreenDiff.cellCount(ScreenDiff.runs(from: nil, to: a)) == 3)
  }
}
