/// The pure state machine of the workbench: actions in, state and effects out.
public struct Reducer: Sendable {
  public var environment: WorkbenchEnvironment

  public init(environment: WorkbenchEnvironment) { self.environment = environment }

  /// Applies one action.
  public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    var effects: [Effect] = []
    switch action {
    case .key(let key):
      state.message = nil
      effects = handleKey(key, &state)
    case .mouse(let event):
      handleMouse(event, &state)
    case .resize(let w, let h):
      state.width = w
      state.height = h
      effects = [.redraw]
    case .command(let command):
      effects = run(command, &state)
    case .commandLine(let line):
      effects = runCommandLine(line, &state)
    case .batchLoaded(let file):
      openBatch(file, &state)
    case .showMessage(let m):
      state.message = m
    }
    fitViewports(&state)
    return effects
  }

  /// Routes a key: prompt first, then the help overlay, then code typing in
  /// the encounter, then the key map.
  private func handleKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    if key == .ctrl("c") {
      state.quitRequested = true
      return [.quit(130)]
    }
    if state.prompt != nil { return handlePromptKey(key, &state) }
    if state.help != nil {
      if let c = environment.keyMap.command(for: key, in: .help) { return run(c, &state) }
      return []
    }
    if state.focus == .encounter, handleEntryKey(key, &state) { return [] }
    if let c = environment.keyMap.command(for: key, in: state.focus.scope) { return run(c, &state) }
    return []
  }

  /// Runs a bound command.
  func run(_ command: Command, _ state: inout AppState) -> [Effect] {
    switch command {
    case .quit:
      state.quitRequested = true
      return [.quit(0)]
    case .help:
      state.help = HelpState(pane: state.focus)
    case .closeHelp:
      state.help = nil
    case .focusNext: focus(state.focus.next, &state)
    case .focusPrevious: focus(state.focus.previous, &state)
    case .focusTree: focus(.tree, &state)
    case .focusDetail: focus(.detail, &state)
    case .focusEncounter: focus(.encounter, &state)
    case .focusChecklist: focus(.checklist, &state)
    case .search:
      state.prompt = PromptState(kind: .search)
    case .commandLine:
      state.prompt = PromptState(kind: .command)
    case .batchNext: stepBatch(by: 1, &state)
    case .batchPrevious: stepBatch(by: -1, &state)
    case .batchNextError: stepBatchToError(&state)
    case .redraw: return [.redraw]
    case .moveUp: move(by: -1, &state)
    case .moveDown: move(by: 1, &state)
    case .pageUp: move(by: -max(1, pageSize(state) - 1), &state)
    case .pageDown: move(by: max(1, pageSize(state) - 1), &state)
    case .moveTop: move(by: Int.min / 2, &state)
    case .moveBottom: move(by: Int.max / 2, &state)
    case .expand: treeExpand(&state)
    case .collapse: treeCollapse(&state)
    case .toggle: treeToggle(&state)
    case .addToEncounter: addSelectedCode(&state)
    case .follow: detailFollow(&state)
    case .back: historyBack(&state)
    case .removeCode: removeSelectedCode(&state)
    case .moveCodeDown: moveSelectedCode(by: 1, &state)
    case .moveCodeUp: moveSelectedCode(by: -1, &state)
    case .markUnrelated: askUnrelated(&state)
    case .explain: explainSelection(&state)
    case .editCode: state.encounter.cursor = .entry
    case .cycleItem: setChecklistState(nil, &state)
    case .markDocumented: setChecklistState(.yes, &state)
    case .markNotDocumented: setChecklistState(.no, &state)
    case .markUnknown: setChecklistState(.unknown, &state)
    }
    return []
  }

  /// Moves the focus to a pane.
  func focus(_ pane: PaneID, _ state: inout AppState) {
    state.focus = pane
    if pane == .tree, let key = state.tree.selectedKey { showNode(key, &state) }
  }

  /// Points the detail pane at a node (keeping its selection when unchanged).
  func showNode(_ key: String, _ state: inout AppState) {
    guard state.detail.subject != .node(key) else { return }
    state.detail.subject = .node(key)
    state.detail.selected = 0
    state.detail.scroll = 0
  }

  /// The number of content lines of the focused pane.
  func pageSize(_ state: AppState) -> Int {
    if let help = state.help { return max(1, HelpOverlay.frame(for: state, scope: help.pane.scope).height - 2) }
    return state.layout.content(state.focus)?.height ?? 10
  }
}
