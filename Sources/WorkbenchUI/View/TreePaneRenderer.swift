/// Draws the code tree: expansion markers, codes, titles, encounter markers.
enum TreePaneRenderer {
  static func draw(_ state: AppState, in rect: Rect, focused: Bool, into buffer: inout ScreenBuffer) {
    let tree = state.tree
    let inEncounter = Set(state.encounter.draft.codes)
    let selectedRole: StyleRole = focused ? .selected : .selectedInactive
    for row in 0..<rect.height {
      let i = tree.scroll + row
      guard let item = tree.rows[safe: i] else { break }
      let y = rect.y + row
      let selected = i == tree.selected
      func role(_ r: StyleRole) -> StyleRole { selected ? selectedRole : r }
      var x = rect.x
      let marker = item.entry.hasChildren ? (item.isExpanded ? "▾ " : "▸ ") : "  "
      let indent = String(repeating: " ", count: min(item.depth * 2, max(0, rect.width / 3)))
      x += buffer.put(indent + marker, x: x, y: y, limit: rect.maxX - x, role: role(.muted))
      let codeRole: StyleRole = item.entry.isBillable ? .billable : .header
      let codeWidth = item.entry.kind == .chapter ? 3 : item.entry.kind == .section ? 8 : 9
      x += buffer.put(
        DisplayWidth.pad(item.entry.code, to: codeWidth), x: x, y: y, limit: rect.maxX - x, role: role(codeRole))
      if inEncounter.contains(item.entry.code), x < rect.maxX {
        x += buffer.put("● ", x: x, y: y, limit: rect.maxX - x, role: role(.inEncounter))
      }
      if x < rect.maxX {
        let title = DisplayWidth.truncate(item.entry.title, to: rect.maxX - x)
        x += buffer.put(title, x: x, y: y, limit: rect.maxX - x, role: role(item.entry.isBillable ? .text : .muted))
      }
      if selected, x < rect.maxX { buffer.fill(Rect(x: x, y: y, width: rect.maxX - x, height: 1), role: selectedRole) }
    }
    if tree.rows.count > rect.height {
      let shown = "\(tree.selected + 1)/\(tree.rows.count)"
      buffer.put(" \(shown) ", x: rect.maxX - DisplayWidth.of(shown) - 3, y: rect.maxY, role: .muted)
    }
  }
}
