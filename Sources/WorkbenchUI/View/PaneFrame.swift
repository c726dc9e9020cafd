/// Draws a pane's border and title.
enum PaneFrame {
  /// Draws the frame; the title shows the pane's focus key.
  static func draw(
    _ pane: PaneID, title: String, in rect: Rect, focused: Bool, keyMap: KeyMap, into buffer: inout ScreenBuffer
  ) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let role: StyleRole = focused ? .borderFocused : .border
    let horizontal = String(repeating: focused ? "━" : "─", count: rect.width - 2)
    let (tl, tr, bl, br, v) = focused ? ("┏", "┓", "┗", "┛", "┃") : ("┌", "┐", "└", "┘", "│")
    buffer.put(tl + horizontal + tr, x: rect.x, y: rect.y, role: role)
    buffer.put(bl + horizontal + br, x: rect.x, y: rect.maxY - 1, role: role)
    for y in (rect.y + 1)..<(rect.maxY - 1) {
      buffer.put(v, x: rect.x, y: y, role: role)
      buffer.put(v, x: rect.maxX - 1, y: y, role: role)
    }
    let number = keyMap.keys(for: .focus(pane), in: .global).first.map { "\(KeyNotation.label(of: $0)) " } ?? ""
    let marker = focused ? "▶ " : ""
    let label = " \(marker)\(number)\(title) "
    buffer.put(
      DisplayWidth.truncate(label, to: rect.width - 4), x: rect.x + 2, y: rect.y, limit: rect.width - 4,
      role: focused ? .paneTitleFocused : .paneTitle)
  }

  /// Draws lines into a content rectangle from `scroll`, highlighting `selected`.
  static func drawLines(
    _ lines: [PaneLine], scroll: Int, selected: Int?, focused: Bool, in rect: Rect, into buffer: inout ScreenBuffer
  ) {
    let selectedRole: StyleRole = focused ? .selected : .selectedInactive
    for row in 0..<rect.height {
      guard let line = lines[safe: scroll + row] else { break }
      let y = rect.y + row
      let isSelected = selected != nil && line.selection == selected
      var x = rect.x
      for segment in line.segments {
        let written = buffer.put(
          segment.text, x: x, y: y, limit: rect.maxX - x, role: isSelected ? selectedRole : segment.role)
        x += written
        if x >= rect.maxX { break }
      }
      if isSelected, x < rect.maxX {
        buffer.fill(Rect(x: x, y: y, width: rect.maxX - x, height: 1), role: selectedRole)
      }
    }
    if lines.count > rect.height, rect.height > 0 {
      let shown = "\(min(lines.count, scroll + rect.height))/\(lines.count)"
      buffer.put(" \(shown) ", x: rect.maxX - DisplayWidth.of(shown) - 3, y: rect.maxY, role: .muted)
    }
  }
}
