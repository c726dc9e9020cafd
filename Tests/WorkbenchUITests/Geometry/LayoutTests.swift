import Testing
import WorkbenchUI

@Suite struct LayoutTests {
  @Test func splitHonoursLengthsPercentagesAndFill() {
    let parts = Layout.split(
      Rect(x: 0, y: 0, width: 100, height: 10), .horizontal, [.length(10), .percent(30), .fill(1), .fill(1)])
    #expect(parts.map(\.width) == [10, 30, 30, 30])
    #expect(parts.map(\.x) == [0, 10, 40, 70])
    let tight = Layout.split(Rect(x: 0, y: 0, width: 5, height: 10), .vertical, [.length(8), .fill(1)])
    #expect(tight.map(\.height) == [8, 2])
    #expect(tight[1].y == 8)
  }

  @Test func allFourPanesAt120x40() {
    let layout = WorkbenchLayout(width: 120, height: 40, focus: .tree)
    #expect(layout.showsAllPanes)
    #expect(layout.panes[.tree]?.y == 1)
    #expect(layout.panes[.checklist]?.maxX == 120)
    #expect(layout.panes[.encounter]?.maxY == 39)
  }

  @Test func twoPanesAt80x24FollowTheFocus() {
    #expect(Set(WorkbenchLayout(width: 80, height: 24, focus: .detail).panes.keys) == [.tree, .detail])
    #expect(Set(WorkbenchLayout(width: 80, height: 24, focus: .checklist).panes.keys) == [.encounter, .checklist])
    #expect(Set(WorkbenchLayout(width: 119, height: 60, focus: .tree).panes.keys) == [.tree, .detail])
  }

  @Test func onePaneBelow80ColumnsAndNoneBelow60x16() {
    #expect(Array(WorkbenchLayout(width: 70, height: 20, focus: .encounter).panes.keys) == [.encounter])
    #expect(WorkbenchLayout(width: 59, height: 30, focus: .tree).isTooSmall)
    #expect(WorkbenchLayout(width: 100, height: 15, focus: .tree).isTooSmall)
    #expect(!WorkbenchLayout(width: 60, height: 16, focus: .tree).isTooSmall)
  }

  @Test func hitTestingUsesTheDrawingLayout() {
    let layout = WorkbenchLayout(width: 120, height: 40, focus: .tree)
    guard let tree = layout.panes[.tree], let checklist = layout.panes[.checklist] else {
      Issue.record("missing panes")
      return
    }
    #expect(HitTester.target(x: 0, y: 0, layout: layout) == .titleLine)
    #expect(HitTester.target(x: 5, y: 39, layout: layout) == .statusLine)
    #expect(HitTester.target(x: tree.x + 3, y: tree.y + 1, layout: layout) == .pane(.tree, line: 0))
    #expect(HitTester.target(x: tree.x + 3, y: tree.y + 5, layout: layout) == .pane(.tree, line: 4))
    #expect(HitTester.target(x: tree.x, y: tree.y + 5, layout: layout) == .pane(.tree, line: nil))
    #expect(
      HitTester.target(x: checklist.maxX - 2, y: checklist.maxY - 2, layout: layout)
        == .pane(.checklist, line: checklist.height - 3))
    #expect(HitTester.target(x: 3, y: 3, layout: WorkbenchLayout(width: 40, height: 10, focus: .tree)) == .nothing)
  }
}
