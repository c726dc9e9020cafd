/// Scrolling arithmetic shared by the panes: clamping a moved selection and keeping it on screen.
public enum PaneViewport {
  /// The first line to show so that every line of the selection is visible.
  public static func fit(_ scroll: Int, _ lines: [PaneLine], selection: Int?, height: Int, keepTop: Bool = false)
    -> Int
  {
    guard let selection, let first = lines.firstIndex(where: { $0.selection == selection }),
      let last = lines.lastIndex(where: { $0.selection == selection })
    else { return min(scroll, max(0, lines.count - height)) }
    if keepTop && scroll == 0 && last < height { return 0 }
    return Viewport.fit(scroll: scroll, first: first, last: last, height: height, total: lines.count)
  }

  /// A value moved by a delta, kept within `0..<count` (saturating on overflow).
  public static func clamp(_ value: Int, _ delta: Int, count: Int) -> Int {
    guard count > 0 else { return 0 }
    let moved = value.addingReportingOverflow(delta)
    let v = moved.overflow ? (delta < 0 ? 0 : count - 1) : moved.partialValue
    return min(max(0, v), count - 1)
  }
}
