/// The prompt on the bottom line (search, command, reason) and the live search results.
enum PromptLine {
  static func draw(_ prompt: PromptState, in rect: Rect, into buffer: inout ScreenBuffer) {
    buffer.fill(rect, role: .promptInput)
    var x = rect.x
    x += buffer.put(prompt.kind.label, x: x, y: rect.y, limit: rect.width, role: .prompt)
    let available = rect.maxX - x - 1
    var text = prompt.text
    while DisplayWidth.of(text) > available, !text.isEmpty { text.removeFirst() }
    x += buffer.put(text, x: x, y: rect.y, limit: available, role: .promptInput)
    buffer.put("▏", x: x, y: rect.y, role: .prompt)
    if prompt.kind == .search {
      let info =
        prompt.text.isEmpty
        ? " type a code or words · Enter jumps · Esc cancels "
        : " \(prompt.results.count) match\(prompt.results.count == 1 ? "" : "es") · ↑↓ pick · Enter jumps "
      let ix = rect.maxX - DisplayWidth.of(info)
      if ix > x + 2 { buffer.put(info, x: ix, y: rect.y, role: .prompt) }
    }
  }

  /// Draws the results of an incremental search over a pane's frame.
  static func drawResults(
    _ prompt: PromptState, catalog: any CodeCatalog, in frame: Rect, into buffer: inout ScreenBuffer
  ) {
    guard frame.width > 10, frame.height > 3 else { return }
    buffer.fill(frame, role: .text)
    let horizontal = String(repeating: "─", count: frame.width - 2)
    buffer.put("┌" + horizontal + "┐", x: frame.x, y: frame.y, role: .borderFocused)
    buffer.put("└" + horizontal + "┘", x: frame.x, y: frame.maxY - 1, role: .borderFocused)
    for y in (frame.y + 1)..<(frame.maxY - 1) {
      buffer.put("│", x: frame.x, y: y, role: .borderFocused)
      buffer.put("│", x: frame.maxX - 1, y: y, role: .borderFocused)
    }
    let label = " Search: "
    let x = frame.x + 2 + buffer.put(label, x: frame.x + 2, y: frame.y, limit: frame.width - 4, role: .paneTitleFocused)
    buffer.put(prompt.text + " ", x: x, y: frame.y, limit: frame.maxX - 2 - x, role: .searchMatch)
    let content = frame.inset(by: 1)
    if prompt.results.isEmpty {
      buffer.put(
        prompt.text.isEmpty ? "Type a code or words." : "No match.", x: content.x, y: content.y, limit: content.width,
        role: .muted)
      return
    }
    let lines = prompt.results.enumerated().compactMap { i, key -> PaneLine? in
      guard let e = catalog.entry(key) else { return nil }
      return PaneLine(
        [Segment(DisplayWidth.pad(e.code, to: 9), e.isBillable ? .billable : .header), Segment(e.title)], selection: i)
    }
    let scroll = Viewport.fit(
      scroll: 0, first: prompt.selected, last: prompt.selected, height: content.height, total: lines.count)
    PaneFrame.drawLines(lines, scroll: scroll, selected: prompt.selected, focused: true, in: content, into: &buffer)
  }
}
