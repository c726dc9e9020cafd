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
    for pane in PaneID.allCases {
      guard let frame = layout.panes[pane] else { continue }
      let focused = state.focus == pane && state.help == nil
      let content = frame.inset(by: 1)
      var title = pane.title
      switch pane {
      case .tree:
        PaneFrame.draw(pane, title: title, in: frame, focused: focused, keyMap: keyMap, into: &buffer)
        TreePaneRenderer.draw(state, in: content, focused: focused, into: &buffer)
      case .detail:
        let model = DetailModel.build(state, width: content.width)
        if case .finding? = state.detail.subject { title = "Detail: finding" }
        PaneFrame.draw(pane, title: title, in: frame, focused: focused, keyMap: keyMap, into: &buffer)
        PaneFrame.drawLines(
          model.lines, scroll: state.detail.scroll, selected: state.detail.selected, focused: focused, in: content,
          into: &buffer)
      case .encounter:
        if let id = state.encounter.draft.id { title += " \(id)" }
        PaneFrame.draw(pane, title: title, in: frame, focused: focused, keyMap: keyMap, into: &buffer)
        let lines = EncounterModel.lines(state, width: content.width)
        PaneFrame.drawLines(
          lines, scroll: state.encounter.scroll, selected: state.encounter.cursorIndex, focused: focused, in: content,
          into: &buffer)
      case .checklist:
        PaneFrame.draw(pane, title: title, in: frame, focused: focused, keyMap: keyMap, into: &buffer)
        let lines = ChecklistModel.lines(state, width: content.width)
        PaneFrame.drawLines(
          lines, scroll: state.checklist.scroll, selected: state.checklist.selected, focused: focused, in: content,
          into: &buffer)
      }
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
