/// The bottom line: a message, or the keys that matter in the focused pane
/// (generated from the key map) and the finding counts.
enum StatusLine {
  static func draw(_ state: AppState, keyMap: KeyMap, in rect: Rect, into buffer: inout ScreenBuffer) {
    buffer.fill(rect, role: .statusBar)
    let r = state.encounter.report
    let counts = " ✖\(r.count(.error)) ▲\(r.count(.warning)) ℹ\(r.count(.info)) "
    let countsX = rect.maxX - DisplayWidth.of(counts)
    buffer.put(counts, x: countsX, y: rect.y, role: r.count(.error) > 0 ? .statusError : .statusBar)
    let limit = countsX - rect.x - 1
    if let message = state.message {
      buffer.put(
        " " + message.text, x: rect.x, y: rect.y, limit: limit, role: message.isError ? .statusError : .statusMessage)
      return
    }
    var x = rect.x + 1
    for hint in hints(state, keyMap: keyMap) {
      let needed = DisplayWidth.of(hint.key) + DisplayWidth.of(hint.label) + 3
      guard x + needed <= rect.x + limit else { break }
      x += buffer.put(hint.key, x: x, y: rect.y, role: .statusKey)
      x += buffer.put(" \(hint.label)  ", x: x, y: rect.y, role: .statusBar)
    }
  }

  /// Global commands worth a hint, in the order shown after the pane's own.
  private static let globalHints: [Command] = [.quit, .help, .focusNext, .search, .commandLine]

  /// The hints for the focused pane: its own commands first, then (with a
  /// batch open) the batch steps, then the global ones.
  static func hints(_ state: AppState, keyMap: KeyMap) -> [(key: String, label: String)] {
    let scope: KeyScope = state.help != nil ? .help : state.focus.scope
    let entries = keyMap.entries(for: scope)
    func hint(_ command: Command) -> (key: String, label: String)? {
      guard let label = command.hint, let key = entries.first(where: { $0.command == command })?.keys.first else {
        return nil
      }
      return (KeyNotation.label(of: key), label)
    }
    var out: [(key: String, label: String)] = []
    var labels = Set<String>()
    for entry in entries where !entry.command.scopes.contains(.global) && !entry.command.rawValue.hasPrefix("focus.") {
      guard var h = hint(entry.command), !labels.contains(h.label) else { continue }
      if entry.command == .moveCodeDown || entry.command == .moveCodeUp {
        h.key = [Command.moveCodeDown, .moveCodeUp].compactMap { c in entries.first { $0.command == c }?.keys.first }
          .map(KeyNotation.label).joined(separator: "/")
      }
      labels.insert(h.label)
      out.append(h)
    }
    let batch: [Command] = state.encounter.batch == nil ? [] : [.batchNext, .batchNextError]
    out += (batch + globalHints).compactMap(hint)
    return out
  }
}
