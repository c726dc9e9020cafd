/// Work the reducer asks the session to do outside the pure state change.
public enum Effect: Equatable, Sendable {
  /// Leave the workbench with this exit status.
  case quit(Int32)
  /// Load and apply a theme by name or path.
  case loadTheme(String)
  /// Read a batch file and open it.
  case openBatch(String)
  /// Repaint every cell (the screen may be damaged).
  case redraw
  /// Suspend the program (Ctrl-Z), like any terminal program; the screen is redrawn on `fg`.
  case suspend
}
