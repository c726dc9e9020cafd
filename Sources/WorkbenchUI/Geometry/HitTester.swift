/// Maps mouse coordinates to what is drawn there, using the same layout as drawing.
public enum HitTester {
  /// The target at a screen position.
  public static func target(x: Int, y: Int, layout: WorkbenchLayout) -> HitTarget {
    if layout.isTooSmall { return .nothing }
    if layout.title.contains(x: x, y: y) { return .titleLine }
    if layout.status.contains(x: x, y: y) { return .statusLine }
    for (pane, frame) in layout.panes where frame.contains(x: x, y: y) {
      let content = frame.inset(by: 1)
      return .pane(pane, line: content.contains(x: x, y: y) ? y - content.y : nil)
    }
    return .nothing
  }
}
