import CodingCore

extension PaneID {
  /// The conflict matrix of a set of codes.
  public static let matrix = PaneID(rawValue: "matrix")
}

extension KeyScope {
  /// The bindings of the matrix pane.
  public static let matrix = PaneID.matrix.scope
}

extension Command {
  public static let openMatrix = Command(rawValue: "matrix.open")
  public static let matrixLeft = Command(rawValue: "matrix.left")
  public static let matrixRight = Command(rawValue: "matrix.right")
  public static let matrixExplain = Command(rawValue: "matrix.explain")
}

/// The conflict matrix pane (trainers): E1 / E2 / empty / = for every pair of codes, a cell cursor,
/// Enter explains the pair under it.
public enum MatrixPane: Pane {
  public static let id = PaneID.matrix
  public static let title = "Conflict matrix"
  public static let shortTitle = "Matrix"
  public static let slot = PaneSlot.bottomRight

  public static let commands: [CommandSpec] = [
    CommandSpec(
      .openMatrix, "Conflict matrix of the encounter's codes (or of the codes given)", scopes: [.global],
      names: ["matrix"], argument: "CODE…"
    ) { r, call, s in
      r.openMatrix(call.words, &s)
      return []
    },
    CommandSpec(
      .matrixLeft, "Move the cell cursor left", hint: "cell", scopes: [.matrix], keys: [(.matrix, ["h", "<Left>"])]
    ) {
      r, _, s in
      r.moveMatrixColumn(by: -1, &s)
      return []
    },
    CommandSpec(
      .matrixRight, "Move the cell cursor right", hint: "cell", scopes: [.matrix], keys: [(.matrix, ["l", "<Right>"])]
    ) {
      r, _, s in
      r.moveMatrixColumn(by: 1, &s)
      return []
    },
    CommandSpec(
      .matrixExplain, "Explain the pair under the cursor", hint: "explain", scopes: [.matrix],
      keys: [(.matrix, ["<Enter>"])]
    ) { r, _, s in
      r.explainMatrixCell(&s)
      return []
    },
  ]

  public static func title(_ state: AppState) -> String {
    state.matrix.matrix.map { "\(title) \($0.release)" } ?? title
  }

  /// The header, one row per code (the selectable items), and the legend.
  public static func lines(_ state: AppState, width: Int) -> [PaneLine] {
    guard let m = state.matrix.matrix else {
      return [PaneLine([Segment("No matrix: :matrix (the encounter's codes) or :matrix CODE…", .muted)])]
    }
    let w = max(4, m.codes.map(\.count).max() ?? 4) + 2
    func pad(_ s: String) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
    var out = [PaneLine([Segment(pad("") + m.codes.map(pad).joined(), .heading)])]
    for (i, code) in m.codes.enumerated() {
      var segments = [Segment(pad(code), .code)]
      for (j, cell) in m.cells[i].enumerated() {
        let text = cell.symbol.isEmpty ? "·" : cell.symbol
        let role: StyleRole =
          i == state.matrix.row && j == state.matrix.column
          ? .selected
          : cell == .excludes1 ? .findingError : cell == .excludes2 ? .noteExcludes2 : cell == .same ? .muted : .text
        let shown = i == state.matrix.row && j == state.matrix.column ? "[\(text)]" : " \(text) "
        segments.append(Segment(shown, role))
        segments.append(Segment(String(repeating: " ", count: max(0, w - shown.count))))
      }
      out.append(PaneLine(segments, selection: i))
    }
    if let a = m.codes[safe: state.matrix.row], let b = m.codes[safe: state.matrix.column] {
      out.append(PaneLine([Segment("Cursor: \(a) × \(b) — Enter explains", .muted)]))
    }
    for line in MatrixCell.legend { out += PaneLine.wrap([Segment(line, .muted)], width: width, indent: 5) }
    return out
  }

  public static func scroll(_ state: AppState) -> Int { state.matrix.scroll }
  public static func setScroll(_ scroll: Int, _ state: inout AppState) { state.matrix.scroll = scroll }
  public static func selection(_ state: AppState) -> Int? { state.matrix.matrix == nil ? nil : state.matrix.row }
  public static func itemCount(_ state: AppState, width: Int) -> Int { state.matrix.matrix?.codes.count ?? 0 }

  public static func select(_ selection: Int, _ reducer: Reducer, _ state: inout AppState) {
    state.matrix.row = selection
  }

  public static func render(_ state: AppState, in rect: Rect, focused: Bool, into buffer: inout ScreenBuffer) {
    PaneFrame.drawLines(
      lines(state, width: rect.width), scroll: scroll(state), selected: nil, focused: focused, in: rect, into: &buffer)
  }
}
