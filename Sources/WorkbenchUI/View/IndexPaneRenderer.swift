import CodingCore

/// Draws the Alphabetic Index pane: the term on the first line, then the visible rows of the tree
/// (fold markers, indented subterms as printed, each code with what the release in use says of it).
///
/// Only the rows on screen are decoded and checked, so a keystroke costs the same for "pain" (hundreds
/// of subterms) as for "lumbago".
enum IndexPaneRenderer {
  /// The term line, always on top.
  static func termLine(_ state: AppState) -> PaneLine {
    PaneLine([
      Segment("Term: ", .prompt), Segment(state.index.query + (state.index.typing ? "▏" : ""), .promptInput),
    ])
  }

  /// The line shown instead of rows when there are none.
  static func emptyLine(_ state: AppState, hasIndex: Bool) -> PaneLine {
    guard hasIndex else {
      return PaneLine([Segment("No Alphabetic Index is loaded for \(state.catalog.releaseName).", .muted)])
    }
    let hint = state.index.query.isEmpty ? "Type a term (pain back, sciatica, lumbago)." : "No index term matches."
    return PaneLine([Segment(hint, .muted)])
  }

  /// One row as a line: indent, fold marker, the entry as printed, its code and the code's check.
  /// When the line is wider than `width`, the term is cut (with `…`) before the code is.
  static func line(
    _ row: IndexState.Row, number: Int, index: AlphabeticIndex, release: Release, inEncounter: Set<String>,
    width: Int
  ) -> PaneLine {
    let entry = index.entry(row.entry)
    let marker = row.hasSubterms ? (row.isOpen ? "▾ " : "▸ ") : "  "
    let lead = String(repeating: "  ", count: min(row.level, max(0, width / 6))) + marker
    var text = index.displayText(entry)
    let code = entry.code.isEmpty ? "" : " \(entry.code)"
    let check = entry.code.isEmpty ? nil : release.checkIndexCode(entry.code)
    // A column is kept for the "…" of what follows the code (its check, the subterms not shown).
    let more = (check.map { $0.status != .valid } ?? false) || row.hiddenSubterms > 0 ? 1 : 0
    let room = width - DisplayWidth.of(lead) - DisplayWidth.of(code) - more
    if !code.isEmpty, DisplayWidth.of(text) > room, room >= 8 {
      text = DisplayWidth.truncate(text, to: room)
    }
    var segments = [Segment(lead, .muted), Segment(text, row.level == 0 ? .heading : .text)]
    if let check {
      segments.append(Segment(code, check.status == .valid ? .billable : .header))
      if let node = check.node, inEncounter.contains(release.code(node)) {
        segments.append(Segment(" ●", .inEncounter))
      }
      switch check.status {
      case .valid: break
      case .needsMoreCharacters:
        let codes = check.offered.map { release.code($0) }.joined(separator: ", ")
        let ellipsis = check.offeredTotal > check.offered.count ? ", …" : ""
        segments.append(
          Segment("  needs more characters\(codes.isEmpty ? "" : ": " + codes + ellipsis)", .findingWarning))
      case .notInRelease:
        segments.append(Segment("  not in \(release.info.id)", .findingError))
      }
    }
    if row.hiddenSubterms > 0 {
      segments.append(Segment("  +\(row.hiddenSubterms) more", .muted))
    }
    return PaneLine(segments, selection: number)
  }

  /// Draws the term line and the rows from the scroll position.
  static func draw(_ state: AppState, in rect: Rect, focused: Bool, into buffer: inout ScreenBuffer) {
    guard rect.height > 0 else { return }
    let source = state.catalog.alphabeticIndex
    var lines = [termLine(state)]
    let rows = state.index.rows
    if let (index, release) = source, !rows.isEmpty {
      let inEncounter = Set(state.encounter.draft.codes)
      let first = max(0, min(state.index.scroll, rows.count - 1))
      let last = min(rows.count, first + max(0, rect.height - 1))
      // Rows left from another index (a date that chose another release) are not read.
      for n in first..<last where rows[n].entry < index.count {
        lines.append(
          line(rows[n], number: n, index: index, release: release, inEncounter: inEncounter, width: rect.width))
      }
    } else {
      lines.append(emptyLine(state, hasIndex: source != nil))
    }
    PaneFrame.drawLines(
      lines, scroll: 0, selected: rows.isEmpty ? nil : state.index.selected, focused: focused, in: rect,
      into: &buffer)
    if rows.count > rect.height - 1, rect.height > 1 {
      let shown = "\(state.index.selected + 1)/\(rows.count)"
      buffer.put(" \(shown) ", x: rect.maxX - DisplayWidth.of(shown) - 3, y: rect.maxY, role: .muted)
    }
  }
}
