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
    switch state.focus {
    case .tree:
      state.tree.selected = clamp(state.tree.selected, delta, count: state.tree.rows.count)
      if let key = state.tree.selectedKey { showNode(key, &state) }
    case .detail:
      let count = DetailModel.build(state, width: detailWidth(state)).targets.count
      state.detail.selected = clamp(state.detail.selected, delta, count: count)
    case .encounter:
      let positions = state.encounter.cursorPositions
      let i = clamp(state.encounter.cursorIndex, delta, count: positions.count)
      setEncounterCursor(positions[i], &state)
    case .checklist:
      state.checklist.selected = clamp(state.checklist.selected, delta, count: state.encounter.report.checklist.count)
    }
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

  /// The content width of the detail pane (as if visible, for selection counts).
  func detailWidth(_ state: AppState) -> Int {
    state.layout.content(.detail)?.width ?? max(20, state.width - 2)
  }

  /// Keeps every visible pane's selection inside its viewport.
  func fitViewports(_ state: inout AppState) {
    let layout = state.layout
    if let r = layout.content(.tree) {
      if state.tree.centerOnSelection {
        state.tree.scroll = max(0, min(state.tree.selected - r.height / 3, state.tree.rows.count - r.height))
        state.tree.centerOnSelection = false
      }
      state.tree.scroll = Viewport.fit(
        scroll: state.tree.scroll, first: state.tree.selected, last: state.tree.selected,
        height: r.height, total: state.tree.rows.count)
    }
    if let r = layout.content(.detail) {
      let model = DetailModel.build(state, width: r.width)
      state.detail.selected = min(state.detail.selected, max(0, model.targets.count - 1))
      state.detail.scroll = fit(
        state.detail.scroll, model.lines, selection: state.detail.selected, height: r.height,
        keepTop: state.focus != .detail)
    }
    if let r = layout.content(.encounter) {
      let lines = EncounterModel.lines(state, width: r.width)
      state.encounter.scroll = fit(
        state.encounter.scroll, lines, selection: state.encounter.cursorIndex, height: r.height, keepTop: false)
    }
    if let r = layout.content(.checklist) {
      let lines = ChecklistModel.lines(state, width: r.width)
      state.checklist.scroll = fit(
        state.checklist.scroll, lines, selection: state.checklist.selected, height: r.height, keepTop: false)
    }
  }

  private func fit(_ scroll: Int, _ lines: [PaneLine], selection: Int, height: Int, keepTop: Bool) -> Int {
    guard let first = lines.firstIndex(where: { $0.selection == selection }),
      let last = lines.lastIndex(where: { $0.selection == selection })
    else { return min(scroll, max(0, lines.count - height)) }
    if keepTop && scroll == 0 && last < height { return 0 }
    return Viewport.fit(scroll: scroll, first: first, last: last, height: height, total: lines.count)
  }

  private func clamp(_ value: Int, _ delta: Int, count: Int) -> Int {
    guard count > 0 else { return 0 }
    let moved = value.addingReportingOverflow(delta)
    let v = moved.overflow ? (delta < 0 ? 0 : count - 1) : moved.partialValue
    return min(max(0, v), count - 1)
  }
}
