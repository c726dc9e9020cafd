/// Renders the whole screen from the state: pure, the same state always gives
/// the same buffer.
public enum WorkbenchRenderer {
  /// Draws a full frame.
  public static func render(_ state: AppState, keyMap: KeyMap) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: state.width, height: state.height)
    render(state, keyMap: keyMap, into: &buffer)
    return buffer
  }

  /// Draws a full frame into an existing buffer of the state's size (reusing its storage).
  public static func render(_ state: AppState, keyMap: KeyMap, into buffer: inout ScreenBuffer) {
    if buffer.width != state.width || buffer.height != state.height {
      buffer = ScreenBuffer(width: state.width, height: state.height)
    }
    buffer.fill(buffer.bounds, role: .text)
    let layout = state.layout
    if layout.isTooSmall {
      drawTooSmall(state, into: &buffer)
      return
    }
    TitleLine.draw(state, in: layout.title, into: &buffer)
    for pane in PaneRegistry.panes {
      guard let frame = layout.panes[pane.id] else { continue }
      let focused = state.focus == pane.id && state.help == nil
      PaneFrame.draw(pane.id, title: pane.title(state), in: frame, focused: focused, keyMap: keyMap, into: &buffer)
      pane.render(state, in: frame.inset(by: 1), focused: focused, into: &buffer)
    }
    if let prompt = state.prompt {
      if prompt.kind == .search, let frame = layout.panes[.tree] ?? layout.panes[state.focus] {
        PromptLine.drawResults(prompt, catalog: state.catalog, in: frame, into: &buffer)
      }
      PromptLine.draw(prompt, in: layout.status, into: &buffer)
    } else {
      StatusLine.draw(state, keyMap: keyMap, in: layout.status, into: &buffer)
    }
    if let help = state.help { HelpOverlay.draw(state, help: help, keyMap: keyMap, into: &buffer) }
  }

  private static func drawTooSmall(_ state: AppState, into buffer: inout ScreenBuffer) {
    let lines = [
      "Terminal too small",
      "\(state.width)x\(state.height): at least \(WorkbenchLayout.minimumWidth)x\(WorkbenchLayout.minimumHeight) needed.",
      "Enlarge the window, or press q to quit.",
    ]
    let top = max(0, (state.height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
      let w = DisplayWidth.of(line)
      buffer.put(line, x: max(0, (state.width - w) / 2), y: top + i, role: i == 0 ? .statusError : .text)
    }
  }
}
