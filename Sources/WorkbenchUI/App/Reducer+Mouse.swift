extension Reducer {
  /// Click focuses a pane and selects the clicked row; the wheel scrolls.
  func handleMouse(_ event: MouseEvent, _ state: inout AppState) {
    guard state.prompt == nil else { return }
    if state.help != nil {
      switch event.kind {
      case .wheelUp: move(by: -3, &state)
      case .wheelDown: move(by: 3, &state)
      case .press: state.help = nil
      }
      return
    }
    guard case .pane(let pane, let line) = HitTester.target(x: event.x, y: event.y, layout: state.layout) else {
      return
    }
    switch event.kind {
    case .wheelUp, .wheelDown:
      if state.focus != pane { focus(pane, &state) }
      move(by: event.kind == .wheelUp ? -3 : 3, &state)
    case .press:
      if state.focus != pane { focus(pane, &state) }
      guard let line, let type = pane.pane,
        let selection = type.selection(atLine: line, width: paneWidth(pane, state), state)
      else { return }
      type.select(selection, self, &state)
    }
  }
}
