/// Scrolling arithmetic shared by the panes.
public enum Viewport {
  /// The scroll offset that keeps lines `first...last` visible in `height`
  /// lines, moving as little as possible from `scroll`.
  public static func fit(scroll: Int, first: Int, last: Int, height: Int, total: Int) -> Int {
    guard height > 0 else { return 0 }
    var s = scroll
    if last >= s + height { s = last - height + 1 }
    if first < s { s = first }
    return max(0, min(s, max(0, total - height)))
  }
}
