/// The pure state machine of the workbench: actions in, state and effects out.
public struct Reducer: Sendable {
  public var environment: WorkbenchEnvironment

  public init(environment: WorkbenchEnvironment) { self.environment = environment }

  /// Applies one action.
  public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let before = state.message
    defer {
      // Every message shown is kept for `:messages`.
      if let message = state.message, message != before || state.messageLog.last != message, !message.text.isEmpty {
        state.messageLog.append(message)
        if state.messageLog.count > MessagesPane.kept { state.messageLog.removeFirst() }
      }
    }
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
      effects = run(command, CommandCall(fromCommandLine: true), &state)
    case .commandLine(let line):
      effects = runCommandLine(line, &state)
    case .batchLoaded(let file):
      openBatch(file, &state)
    case .reviewOpened:
      openReview(&state)
    case .showMessage(let m):
      state.message = m
    }
    refreshBrowsedChecklist(&state)
    fitViewports(&state)
    return effects
  }

  /// Routes a key: prompt first, then the help overlay, then the focused pane's own keys (text
  /// entry), then the key map.
  private func handleKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    if key == .ctrl("c") {
      state.quitRequested = true
      return [.quit(130)]
    }
    if key == .ctrl("z") { return [.suspend] }
    // Esc and a key typed within the escape delay arrive as Alt; where Alt means nothing they are
    // the two keys the person pressed (Esc leaving code entry, then `:`).
    if case .alt(let c) = key, !bindsAlt(key, state) {
      return handleKey(.escape, &state) + handleKey(.character(c), &state)
    }
    // On a screen too small for the panes only quitting makes sense, whatever mode a pane is in.
    if state.layout.isTooSmall && key == .character("q") {
      state.quitRequested = true
      return [.quit(0)]
    }
    if state.prompt != nil { return handlePromptKey(key, &state) }
    if state.help != nil {
      if let c = environment.keyMap.command(for: key, in: .help) { return run(c, .key, &state) }
      return []
    }
    if let pane = state.focus.pane, pane.handleKey(key, self, &state) { return [] }
    if let c = environment.keyMap.command(for: key, in: state.focus.scope) { return run(c, .key, &state) }
    return []
  }

  /// Whether an Alt key means something where it was pressed: in the help overlay or the key map.
  private func bindsAlt(_ key: Key, _ state: AppState) -> Bool {
    let scope: KeyScope = state.help != nil ? .help : state.focus.scope
    return state.prompt == nil && environment.keyMap.command(for: key, in: scope) != nil
  }

  /// Runs a command from the table. A key press on a command that needs an argument opens the `:`
  /// line with its name typed; the `:` line without the argument shows its usage.
  public func run(_ command: Command, _ call: CommandCall = .key, _ state: inout AppState) -> [Effect] {
    guard let spec = command.spec else {
      state.message = StatusMessage("unknown command \(command.rawValue)", isError: true)
      return []
    }
    if spec.argumentRequired && call.argument.isEmpty, let usage = spec.usage, let name = spec.names.first {
      guard call.fromCommandLine else {
        var prompt = PromptState(kind: .command)
        prompt.text = name + " "
        state.prompt = prompt
        return []
      }
      state.message = StatusMessage("usage: \(usage)", isError: true)
      return []
    }
    return spec.handler(self, call, &state)
  }

  /// Moves the focus to a pane, showing it in its slot.
  public func focus(_ pane: PaneID, _ state: inout AppState) {
    if let type = pane.pane { state.shown[type.slot] = pane }
    state.focus = pane
    pane.pane?.didFocus(self, &state)
  }

  /// Closes a pane that replaced its slot's usual one; the usual pane shows (and is focused) again.
  public func closePane(_ pane: PaneID, _ state: inout AppState) {
    guard let type = pane.pane, let usual = PaneRegistry.defaults[type.slot], usual != pane else {
      state.message = StatusMessage("The \(pane.title.lowercased()) is always shown.")
      return
    }
    state.shown[type.slot] = usual
    if state.focus == pane { focus(usual, &state) }
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
