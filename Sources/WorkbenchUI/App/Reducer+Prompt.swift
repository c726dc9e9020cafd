extension Reducer {
  /// Edits the prompt line: text, Enter to accept, Esc to cancel, arrows to
  /// pick a search result.
  func handlePromptKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    guard var prompt = state.prompt else { return [] }
    switch key {
    case .escape:
      state.prompt = nil
      return []
    case .enter:
      state.prompt = nil
      return submit(prompt, &state)
    case .backspace:
      if prompt.text.isEmpty {
        state.prompt = nil
        return []
      }
      prompt.text.removeLast()
    case .ctrl("u"):
      prompt.text = ""
    case .ctrl("w"):
      prompt.text = TextEditing.deletingLastWord(prompt.text)
    case .tab where prompt.kind == .command:
      prompt.text = completeCommandLine(prompt.text)
    case .up, .ctrl("p"):
      prompt.selected = max(0, prompt.selected - 1)
    case .down, .ctrl("n"):
      prompt.selected = min(max(0, prompt.results.count - 1), prompt.selected + 1)
    case .character(let c):
      prompt.text.append(c)
    default:
      return []
    }
    if prompt.kind == .search, key != .up, key != .down, key != .ctrl("p"), key != .ctrl("n") {
      prompt.results =
        prompt.text.trimmingCharacters(in: " ").isEmpty ? [] : state.catalog.search(prompt.text, limit: 50)
      prompt.selected = 0
    }
    state.prompt = prompt
    return []
  }

  private func submit(_ prompt: PromptState, _ state: inout AppState) -> [Effect] {
    switch prompt.kind {
    case .search:
      guard let key = prompt.results[safe: prompt.selected] ?? state.catalog.resolve(prompt.text) else {
        state.message = StatusMessage("No code matches “\(prompt.text)”.", isError: true)
        return []
      }
      state.focus = .tree
      jump(to: key, &state, remember: true)
      return []
    case .command:
      return runCommandLine(prompt.text, &state)
    case .unrelatedReason(let a, let b):
      let reason = prompt.text.trimmingCharacters(in: " ")
      guard !reason.isEmpty else {
        state.message = StatusMessage("A reason is required to mark a pair unrelated.", isError: true)
        return []
      }
      markUnrelated(a, b, reason: reason, &state)
      return []
    case .confirmQuit:
      guard prompt.text.trimmingCharacters(in: " ").lowercased().hasPrefix("y") else {
        state.message = StatusMessage("Not quitting: record the correction with :correct, or quit and answer y.")
        return []
      }
      state.quitRequested = true
      return [.quit(0)]
    }
  }
}
