import CodingCore

extension Reducer {
  /// The commands of the `:` line, for help and completion.
  static let commandLineHelp: [(String, String)] = [
    (":open FILE", "open a batch file (CSV or JSON Lines audit input)"),
    (":date YYYY-MM-DD", "set the date of service (selects the release)"),
    (":release FY2025|auto", "pin a release, or follow the date again"),
    (":theme NAME", "switch theme (default, light, high-contrast, mono, or a path)"),
    (":add CODE…", "add codes to the encounter"),
    (":goto CODE  or  :CODE", "show a code in the tree"),
    (":clear", "start a new, empty encounter"),
    (":next  :prev  :next-error", "step through the batch"),
    (":help", "show the keys of the focused pane"),
    (":quit  :q", "quit"),
  ]

  /// Runs one command line (without the colon).
  func runCommandLine(_ line: String, _ state: inout AppState) -> [Effect] {
    let words = line.split(separator: " ").map(String.init)
    guard let name = words.first?.lowercased() else { return [] }
    let argument = words.dropFirst().joined(separator: " ")
    switch name {
    case "q", "quit", "exit":
      return run(.quit, &state)
    case "help", "h":
      return run(.help, &state)
    case "open", "o", "e":
      guard !argument.isEmpty else { return fail("usage: :open FILE", &state) }
      return [.openBatch(argument)]
    case "theme":
      guard !argument.isEmpty else { return fail("usage: :theme NAME (default, light, high-contrast, mono)", &state) }
      return [.loadTheme(argument)]
    case "date":
      guard let date = ServiceDate(iso: argument) else { return fail("usage: :date YYYY-MM-DD (a real date)", &state) }
      state.encounter.draft.date = date
      recheck(&state)
      state.message = StatusMessage("Date of service \(date): release \(state.catalog.releaseName).")
    case "release":
      if argument.lowercased() == "auto" || argument.isEmpty {
        state.pinnedRelease = nil
      } else {
        guard let c = environment.library.catalog(named: argument) else {
          return fail(
            "unknown release \(argument); shipped: \(environment.library.releaseNames.joined(separator: ", "))", &state)
        }
        state.pinnedRelease = c.releaseName
      }
      recheck(&state)
      state.message = StatusMessage(
        "Release \(state.catalog.releaseName)\(state.pinnedRelease == nil ? " (by date of service)" : " (pinned)").")
    case "add", "a":
      guard !words.dropFirst().isEmpty else { return fail("usage: :add CODE…", &state) }
      for code in words.dropFirst() { addCode(code, &state) }
    case "goto", "g":
      return goto(argument, &state)
    case "clear", "new":
      state.encounter.draft = Encounter(date: state.encounter.draft.date, codes: [])
      state.encounter.batch = nil
      state.encounter.cursor = .entry
      recheck(&state)
    case "next", "n": stepBatch(by: 1, &state)
    case "prev", "previous", "p": stepBatch(by: -1, &state)
    case "next-error", "ne": stepBatchToError(&state)
    default:
      if state.catalog.resolve(line) != nil { return goto(line, &state) }
      return fail("unknown command :\(name) (try :help)", &state)
    }
    return []
  }

  private func goto(_ code: String, _ state: inout AppState) -> [Effect] {
    guard let key = state.catalog.resolve(code) else {
      return fail("\(code) is not a code of \(state.catalog.releaseName)", &state)
    }
    state.focus = .tree
    jump(to: key, &state, remember: true)
    return []
  }

  private func fail(_ text: String, _ state: inout AppState) -> [Effect] {
    state.message = StatusMessage(text, isError: true)
    return []
  }
}
