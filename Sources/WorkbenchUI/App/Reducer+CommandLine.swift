import CodingCore

extension Reducer {
  /// Runs one command line (without the colon): a `:` name from the command table and its argument,
  /// or a code to show.
  func runCommandLine(_ line: String, _ state: inout AppState) -> [Effect] {
    let trimmed = line.trimmingCharacters(in: " ")
    guard let name = trimmed.split(separator: " ").first.map(String.init) else { return [] }
    let argument = trimmed.dropFirst(name.count).trimmingCharacters(in: " ")
    if let spec = CommandTable.spec(named: name) {
      return run(spec.command, CommandCall(argument: argument, fromCommandLine: true), &state)
    }
    if state.catalog.resolve(trimmed) != nil { return goto(trimmed, &state) }
    if CodeInput.looksLikeCode(trimmed) { return fail(state.catalog.unknownCodeMessage(trimmed), &state) }
    return fail("unknown command :\(name.lowercased()) (try :help)", &state)
  }

  /// Completes the first word of a command line to the next `:` name that starts with it.
  func completeCommandLine(_ text: String) -> String {
    guard !text.contains(" ") else { return text }
    let names = CommandTable.names(startingWith: text)
    guard let first = names.first else { return text }
    if let i = names.firstIndex(of: text.lowercased()), names.count > 1 { return names[(i + 1) % names.count] }
    return names.count == 1 ? first + " " : first
  }

  /// Shows a code in the tree and the detail pane.
  func goto(_ code: String, _ state: inout AppState) -> [Effect] {
    if reviewGoto(code, &state) { return [] }
    guard let key = state.catalog.resolve(code) else {
      return fail(state.catalog.unknownCodeMessage(code), &state)
    }
    state.shown[TreePane.slot] = .tree
    state.focus = .tree
    jump(to: key, &state, remember: true)
    return []
  }

  /// Sets the date of service, which selects the release.
  func setDate(_ text: String, _ state: inout AppState) -> [Effect] {
    guard let date = ServiceDate(iso: text) else { return fail("usage: :date YYYY-MM-DD (a real date)", &state) }
    state.encounter.draft.date = date
    state.message = nil
    recheck(&state)
    let note = state.message.map { " " + $0.text } ?? ""
    state.message = StatusMessage("Date of service \(date): release \(state.catalog.releaseName).\(note)")
    return []
  }

  /// Pins a release by name, or follows the date of service again (`auto` or nothing).
  func pinRelease(_ name: String, _ state: inout AppState) -> [Effect] {
    if name.lowercased() == "auto" || name.isEmpty {
      state.pinnedRelease = nil
    } else {
      guard let c = environment.library.catalog(named: name) else {
        return fail(
          "unknown release \(name); shipped: \(environment.library.releaseNames.joined(separator: ", "))", &state)
      }
      state.pinnedRelease = c.releaseName
    }
    recheck(&state)
    state.message = StatusMessage(
      "Release \(state.catalog.releaseName)\(state.pinnedRelease == nil ? " (by date of service)" : " (pinned)").")
    return []
  }

  /// Starts a new, empty encounter on the same date.
  func clearEncounter(_ state: inout AppState) {
    if !state.encounter.draft.codes.isEmpty { recordUndo("clear the encounter", &state) }
    state.encounter.draft = Encounter(date: state.encounter.draft.date, codes: [])
    state.encounter.batch = nil
    state.encounter.cursor = .entry
    recheck(&state)
  }

  /// Shows an error in the status line.
  func fail(_ text: String, _ state: inout AppState) -> [Effect] {
    state.message = StatusMessage(text, isError: true)
    return []
  }
}
