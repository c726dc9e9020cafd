/// The help overlay: every binding of the focused pane's scope and the global
/// ones, generated from the key map, plus the command-line commands.
public enum HelpOverlay {
  /// The overlay's lines for a scope.
  public static func rows(for scope: KeyScope, keyMap: KeyMap) -> [PaneLine] {
    var lines: [PaneLine] = []
    let entries = keyMap.entries(for: scope)
    let keyColumn = min(22, (entries.map { keyText($0.keys) }.map(DisplayWidth.of).max() ?? 8) + 2)
    var lastWasGlobal: Bool?
    for entry in entries {
      let isGlobal = keyMap.keys(for: entry.command, in: scope).allSatisfy {
        keyMap.ownCommand(for: $0, in: scope) == nil
      }
      if lastWasGlobal != isGlobal {
        if lastWasGlobal != nil { lines.append(PaneLine([])) }
        lines.append(PaneLine([Segment(isGlobal ? "Everywhere" : "\(scope.title)", .helpKey)]))
        lastWasGlobal = isGlobal
      }
      lines.append(
        PaneLine([
          Segment("  " + DisplayWidth.pad(keyText(entry.keys), to: keyColumn), .helpKey),
          Segment(entry.command.summary, .helpText),
        ]))
    }
    if scope != .help {
      lines.append(PaneLine([]))
      lines.append(PaneLine([Segment("Command line", .helpKey)]))
      for spec in CommandTable.commandLineEntries {
        guard let usage = spec.usage else { continue }
        let aliases = spec.names.dropFirst().filter { $0.count <= 2 }.map { " :" + $0 }.joined()
        lines.append(
          PaneLine([
            Segment("  " + DisplayWidth.pad(usage + aliases, to: 26), .helpKey), Segment(spec.summary, .helpText),
          ]))
      }
      lines.append(
        PaneLine([Segment("  " + DisplayWidth.pad(":CODE", to: 26), .helpKey), Segment("Show a code", .helpText)]))
    }
    if scope == .encounter {
      lines.append(PaneLine([]))
      lines.append(PaneLine([Segment("On the + row, type a code (or words) and press Enter.", .helpText)]))
    }
    return lines
  }

  private static func keyText(_ keys: [Key]) -> String {
    keys.prefix(3).map(KeyNotation.label).joined(separator: " ")
  }

  /// The overlay's frame on the screen.
  public static func frame(for state: AppState, scope: KeyScope) -> Rect {
    let screen = Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
    return screen.centered(width: min(84, state.width - 4), height: state.height - 4)
  }

  static func draw(_ state: AppState, help: HelpState, keyMap: KeyMap, into buffer: inout ScreenBuffer) {
    let scope = help.pane.scope
    let frame = frame(for: state, scope: scope)
    guard frame.width > 10, frame.height > 4 else { return }
    buffer.fill(Rect(x: frame.x - 1, y: frame.y, width: frame.width + 2, height: frame.height), role: .text)
    buffer.fill(frame, role: .helpText)
    let horizontal = String(repeating: "═", count: frame.width - 2)
    buffer.put("╔" + horizontal + "╗", x: frame.x, y: frame.y, role: .helpBorder)
    buffer.put("╚" + horizontal + "╝", x: frame.x, y: frame.maxY - 1, role: .helpBorder)
    for y in (frame.y + 1)..<(frame.maxY - 1) {
      buffer.put("║", x: frame.x, y: y, role: .helpBorder)
      buffer.put("║", x: frame.maxX - 1, y: y, role: .helpBorder)
    }
    buffer.put(" Help: \(help.pane.title) keys ", x: frame.x + 2, y: frame.y, role: .helpBorder)
    let close = keyMap.keys(for: .closeHelp, in: .help).prefix(2).map(KeyNotation.label).joined(separator: "/")
    let footer = " \(close) close · j/k scroll "
    buffer.put(footer, x: frame.x + 2, y: frame.maxY - 1, role: .helpBorder)
    let content = Rect(x: frame.x + 2, y: frame.y + 1, width: frame.width - 4, height: frame.height - 2)
    PaneFrame.drawLines(
      rows(for: scope, keyMap: keyMap), scroll: help.scroll, selected: nil, focused: true, in: content, into: &buffer)
  }
}
