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
      guard let line, let selection = selection(atLine: line, in: pane, state) else { return }
      select(selection, in: pane, &state)
    }
  }

  /// The selectable item drawn on a content line of a pane.
  func selection(atLine line: Int, in pane: PaneID, _ state: AppState) -> Int? {
    guard let r = state.layout.content(pane) else { return nil }
    switch pane {
    case .tree:
      let i = state.tree.scroll + line
      return state.tree.rows.indices.contains(i) ? i : nil
    case .detail:
      return DetailModel.build(state, width: r.width).lines[safe: state.detail.scroll + line]?.selection
    case .encounter:
      return EncounterModel.lines(state, width: r.width)[safe: state.encounter.scroll + line]?.selection
    case .checklist:
      return ChecklistModel.lines(state, width: r.width)[safe: state.checklist.scroll + line]?.selection
    }
  }

  private func select(_ selection: Int, in pane: PaneID, _ state: inout AppState) {
    switch pane {
    case .tree:
      state.tree.selected = selection
      if let key = state.tree.selectedKey { showNode(key, &state) }
    case .detail:
      state.detail.selected = selection
    case .encounter:
      if let cursor = state.encounter.cursorPositions[safe: selection] { setEncounterCursor(cursor, &state) }
    case .checklist:
      state.checklist.selected = selection
    }
  }
}
