import WorkbenchUI

/// The run loop: draw the changed cells of each frame, read input, feed the session.
@MainActor
public enum TerminalRunner {
  /// How long to wait for input before checking signals and the size (ms).
  static let inputTimeout: Int32 = 100

  /// Runs the session until the user quits or a termination signal arrives.
  ///
  /// A frame is rendered only after something happened (input, resize); the
  /// diff against the previous frame decides which cells reach the terminal.
  /// - Returns: the exit status (0 on quit, 130 on Ctrl-C, 128 + signal).
  public static func run(_ session: inout WorkbenchSession, on screen: NcursesScreen) -> Int32 {
    var previous: ScreenBuffer?
    var current = ScreenBuffer(width: 0, height: 0)
    var lastSize = screen.size
    session.send(.resize(width: lastSize.width, height: lastSize.height))
    var dirty = true
    while true {
      if let sig = SignalGuard.pending { return 128 + sig }
      let size = screen.size
      if size != lastSize {
        lastSize = size
        session.send(.resize(width: size.width, height: size.height))
        dirty = true
      }
      if dirty {
        let full = session.needsFullRedraw || previous == nil
        if session.needsFullRedraw {
          previous = nil
          session.needsFullRedraw = false
        }
        session.render(into: &current)
        screen.draw(ScreenDiff.runs(from: previous, to: current), theme: session.theme, full: full)
        previous = current
        dirty = false
      }
      if let status = session.exitStatus { return status }
      guard let event = screen.nextEvent(timeout: inputTimeout) else {
        // A batch loading in the background: its progress, or the batch once read.
        if session.pollBackgroundWork() { dirty = true }
        continue
      }
      apply(event, to: &session, lastSize: &lastSize)
      // Drain input that is already waiting (a paste, key repeat) before drawing again.
      var drained = 0
      while session.exitStatus == nil, drained < 64, let more = screen.nextEvent(timeout: 0) {
        apply(more, to: &session, lastSize: &lastSize)
        drained += 1
      }
      dirty = true
    }
  }

  private static func apply(
    _ event: InputEvent, to session: inout WorkbenchSession, lastSize: inout (width: Int, height: Int)
  ) {
    session.handle(event)
    if case .resize(let w, let h) = event { lastSize = (w, h) }
  }
}
