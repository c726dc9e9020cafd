/// Something that changes the workbench state.
public enum Action: Equatable, Sendable {
  /// A key press, resolved through the key map.
  case key(Key)
  /// A mouse event, resolved through hit testing.
  case mouse(MouseEvent)
  /// The terminal changed size.
  case resize(width: Int, height: Int)
  /// A bound command, run directly (tests and the command line use this).
  case command(Command)
  /// A command line, without the leading colon (`date 2026-05-01`).
  case commandLine(String)
  /// A batch file was read.
  case batchLoaded(BatchFile)
  /// A review was opened on the loaded batch (its backend is in the state): show the overview.
  case reviewOpened
  /// Show a message in the status line.
  case showMessage(StatusMessage)
}
