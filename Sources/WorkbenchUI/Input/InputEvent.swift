/// Everything the run loop can hand to the workbench.
public enum InputEvent: Equatable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
  /// The terminal now has this size.
  case resize(width: Int, height: Int)
}
