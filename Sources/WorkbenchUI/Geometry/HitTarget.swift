/// What a mouse position points at.
public enum HitTarget: Equatable, Sendable {
  /// A line of a pane's content (0 = first content line on screen), or its border (nil).
  case pane(PaneID, line: Int?)
  case titleLine
  case statusLine
  case nothing
}
