extension Reducer {
  /// Moves the selection of the focused pane (or scrolls the help overlay).
  func move(by delta: Int, _ state: inout AppState) {
    if var help = state.help {
      help.scroll = max(0, help.scroll.addingReportingOverflow(delta).partialValue)
      let rows = HelpOverlay.rows(for: help.pane.scope, keyMap: environment.keyMap).count
      help.scroll = min(help.scroll, max(0, rows - pageSize(state)))
      state.help = help
      return
    }
    state.focus.pane?.move(by: delta, width: paneWidth(state.focus, state), self, &state)
  }

  /// Puts the encounter cursor somewhere and lets the detail pane follow it.
  func setEncounterCursor(_ cursor: EncounterCursor, _ state: inout AppState) {
    state.encounter.cursor = cursor
    switch cursor {
    case .finding(let i):
      state.detail.subject = .finding(i)
      state.detail.selected = 0
      state.detail.scroll = 0
    case .code(let i):
      if let key = state.catalog.resolve(state.encounter.draft.codes[i]) { showNode(key, &state) }
    case .entry:
      break
    }
  }

  /// The content width of a pane (as if visible, for selection counts).
  func paneWidth(_ pane: PaneID, _ state: AppState) -> Int {
    state.layout.content(pane)?.width ?? max(20, state.width - 2)
  }

  /// The content width of the detail pane (as if visible, for selection counts).
  func detailWidth(_ state: AppState) -> Int { paneWidth(.detail, state) }

  /// Keeps every visible pane's selection inside its viewport.
  func fitViewports(_ state: inout AppState) {
    let layout = state.layout
    for pane in PaneRegistry.panes {
      guard let content = layout.content(pane.id) else { continue }
      pane.fit(height: content.height, width: content.width, &state)
    }
  }
}
