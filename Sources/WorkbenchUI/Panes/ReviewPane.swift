import CodingCore

extension PaneID {
  /// The batch overview of a review.
  public static let review = PaneID(rawValue: "review")
}

extension KeyScope {
  /// The bindings of the batch overview.
  public static let review = PaneID.review.scope
}

/// The batch overview of a review: one row per encounter (and per unreadable line) with its worst
/// finding and decision, a header counting the states, and the filter. It replaces the code tree
/// while a review is open; only the rows on screen are drawn, so 100,000 rows cost nothing.
public enum ReviewPane: Pane {
  public static let id = PaneID.review
  public static let title = "Batch overview"
  public static let shortTitle = "Overview"
  public static let slot = PaneSlot.topLeft
  public static let focusKey: String? = "5"
  public static let focusSummary = "Focus the batch overview (a review)"
  public static var commands: [CommandSpec] { ReviewCommands.specs }

  public static func title(_ state: AppState) -> String {
    guard state.review.active else { return title }
    let sort = state.review.sort == .line ? "" : ", by \(state.review.sort.rawValue)"
    return "\(title) (\(state.review.filter.rawValue)\(sort))"
  }

  /// The header: counts of each state.
  static func header(_ state: AppState, _ review: (any ReviewBackend)?) -> String {
    guard let review, state.review.active else { return "No review open: run m54 review BATCH." }
    let p = review.progress
    var text = "\(grouped(p.decided)) of \(grouped(p.encounters)) decided · "
    if let errors = p.withErrors {
      text += "\(grouped(errors)) with errors"
    } else if let check = review.checkProgress {
      text += ReviewCheckBar.short(done: check.done, total: check.total)
    } else {
      text += state.review.checkCancelled ? "counted when reopened" : "checking the batch…"
    }
    if p.unreadable > 0 { text += " · \(grouped(p.unreadable)) unreadable" }
    if state.review.filter != .all { text += " · \(grouped(state.review.visible.count)) shown" }
    return text
  }

  /// A count with thousands separators.
  static func grouped(_ n: Int) -> String {
    let digits = String(n)
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return out
  }

  /// One overview row as a line.
  static func line(_ row: ReviewRow, selection: Int) -> PaneLine {
    if let problem = row.problem {
      return PaneLine(
        [Segment("!! line \(row.line): ", .findingError), Segment(safe(problem), .muted)],
        selection: selection)
    }
    let mark: Segment
    switch row.decision {
    case .accepted?: mark = Segment("✓ ", .findingOk)
    case .queried?: mark = Segment("? ", .findingWarning)
    case .corrected?: mark = Segment("✎ ", .findingInfo)
    case nil: mark = Segment("· ", .muted)
    }
    let worst: Segment
    switch row.worst {
    case .error?: worst = Segment("✖ \(pad(row.worstKind ?? "", 12))", .findingError)
    case .warning?: worst = Segment("▲ \(pad(row.worstKind ?? "", 12))", .findingWarning)
    default: worst = Segment("  \(pad("", 12))", .muted)
    }
    return PaneLine(
      [
        mark, Segment(pad(safe(row.id), 9) + " ", .code), worst,
        Segment(" " + row.codes.map(safe).joined(separator: " "), .text),
      ], selection: selection)
  }

  /// Text with control characters shown as `?` (batch text never reaches the terminal raw).
  static func safe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
      return text
    }
    return String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : $0 }))
  }

  static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }

  public static func lines(_ state: AppState, width: Int) -> [PaneLine] {
    // Only the header and the rows of the viewport (see ``render``); used by tests and mouse hits.
    [PaneLine([Segment(header(state, nil), .heading)])]
  }

  public static func scroll(_ state: AppState) -> Int { state.review.scroll }
  public static func setScroll(_ scroll: Int, _ state: inout AppState) { state.review.scroll = scroll }
  public static func selection(_ state: AppState) -> Int? { state.review.active ? state.review.selected : nil }
  public static func itemCount(_ state: AppState, width: Int) -> Int { state.review.visible.count }

  public static func select(_ selection: Int, _ reducer: Reducer, _ state: inout AppState) {
    reducer.selectReviewPosition(selection, &state)
  }

  public static func selection(atLine line: Int, width: Int, _ state: AppState) -> Int? {
    let position = state.review.scroll + line - 1
    return line >= 1 && state.review.visible.indices.contains(position) ? position : nil
  }

  public static func fit(height: Int, width: Int, _ state: inout AppState) {
    let rows = max(1, height - 1)
    var scroll = state.review.scroll
    if state.review.selected < scroll { scroll = state.review.selected }
    if state.review.selected >= scroll + rows { scroll = state.review.selected - rows + 1 }
    state.review.scroll = max(0, min(scroll, max(0, state.review.visible.count - rows)))
  }

  /// Draws the header and the rows on screen only.
  public static func render(_ state: AppState, in rect: Rect, focused: Bool, into buffer: inout ScreenBuffer) {
    guard rect.height > 0 else { return }
    var lines = [PaneLine([Segment(header(state, state.reviewBackend), .heading)])]
    if let review = state.reviewBackend, state.review.active {
      let end = min(state.review.visible.count, state.review.scroll + rect.height - 1)
      if state.review.scroll < end {
        for position in state.review.scroll..<end {
          lines.append(line(review.row(state.review.visible[position]), selection: position))
        }
      }
    }
    // Lines are already cut to the viewport: draw from the top, selection by position.
    PaneFrame.drawLines(
      lines, scroll: 0, selected: selection(state), focused: focused,
      in: Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height), into: &buffer)
  }
}
