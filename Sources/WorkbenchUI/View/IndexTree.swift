import CodingCore

/// The index pane's rows as a foldable tree: each match under its main term and parent terms, the
/// parents showing only the subterms that lead to a match until unfolded, the matches unfolded.
enum IndexTree {
  /// The most rows shown (a guard: unfolding everything of "Injury" would list thousands).
  static let rowLimit = 5000

  /// The identity of an index, to tell rows of another one.
  static func identity(_ index: AlphabeticIndex) -> String { "\(index.release) \(index.count)" }

  /// Looks `query` up and shows its matches, the first row selected.
  static func lookUp(_ query: String, in index: AlphabeticIndex, _ state: inout IndexState) {
    state.indexIdentity = identity(index)
    state.trail = []
    let trimmed = query.trimmingCharacters(in: " ")
    state.roots = trimmed.isEmpty ? [] : index.lookUp(trimmed, limit: 30)
    state.opened = Set(state.roots)
    state.closed = []
    state.rows = []
    state.selected = 0
    state.scroll = 0
    rebuild(index, &state)
  }

  /// Shows one entry (a followed "see"), unfolded and selected, under its parent terms.
  static func show(_ entry: Int, in index: AlphabeticIndex, _ state: inout IndexState) {
    state.query = index.pathText(entry)
    state.roots = [entry]
    state.opened = [entry]
    state.closed = []
    state.rows = []
    state.scroll = 0
    rebuild(index, &state)
    state.selected = state.rows.firstIndex { $0.entry == entry } ?? 0
  }

  /// Recomputes the rows from the matches and the fold marks, keeping the selected entry selected
  /// when it is still shown (else the nearest row above it).
  static func rebuild(_ index: AlphabeticIndex, _ state: inout IndexState) {
    let selectedEntry = state.rows[safe: state.selected]?.entry
    var rows: [IndexState.Row] = []
    let rootSet = Set(state.roots)
    var context = Set<Int>()
    var mains: [Int] = []
    for root in state.roots {
      let path = index.path(root)
      context.formUnion(path.dropLast())
      if let main = path.first, !mains.contains(main) { mains.append(main) }
    }
    func visit(_ id: Int) {
      guard rows.count < rowLimit else { return }
      let hasSubterms = id + 1 < index.count && index.level(id + 1) > index.level(id)
      let all = state.opened.contains(id)
      let partial = !all && context.contains(id) && !state.closed.contains(id)
      var row = IndexState.Row(
        entry: id, level: index.level(id), hasSubterms: hasSubterms, isOpen: hasSubterms && (all || partial))
      let at = rows.count
      rows.append(row)
      guard row.isOpen else { return }
      var hidden = 0
      for child in index.children(id) {
        if all || context.contains(child) || rootSet.contains(child) { visit(child) } else { hidden += 1 }
      }
      row.hiddenSubterms = hidden
      rows[at] = row
    }
    for main in mains { visit(main) }
    state.rows = rows
    guard let selectedEntry else {
      state.selected = 0
      return
    }
    if let same = rows.firstIndex(where: { $0.entry == selectedEntry }) {
      state.selected = same
    } else {
      state.selected = rows.lastIndex { $0.entry < selectedEntry } ?? 0
    }
  }

  /// Unfolds an entry: every subterm shown.
  static func open(_ entry: Int, in index: AlphabeticIndex, _ state: inout IndexState) {
    state.opened.insert(entry)
    state.closed.remove(entry)
    rebuild(index, &state)
  }

  /// Folds an entry: no subterm shown.
  static func close(_ entry: Int, in index: AlphabeticIndex, _ state: inout IndexState) {
    state.opened.remove(entry)
    state.closed.insert(entry)
    rebuild(index, &state)
  }

  /// The row of the selected row's parent term, if shown.
  static func parentRow(_ state: IndexState) -> Int? {
    guard let row = state.rows[safe: state.selected], row.level > 0 else { return nil }
    return state.rows[..<state.selected].lastIndex { $0.level < row.level }
  }

  /// The place shown now, to come back to.
  static func place(_ state: IndexState) -> IndexState.Place {
    IndexState.Place(
      query: state.query, roots: state.roots, opened: state.opened, closed: state.closed,
      selectedEntry: state.rows[safe: state.selected]?.entry, scroll: state.scroll)
  }

  /// Shows a place again.
  static func restore(_ place: IndexState.Place, in index: AlphabeticIndex, _ state: inout IndexState) {
    state.query = place.query
    state.roots = place.roots
    state.opened = place.opened
    state.closed = place.closed
    state.rows = []
    rebuild(index, &state)
    state.selected = place.selectedEntry.flatMap { e in state.rows.firstIndex { $0.entry == e } } ?? 0
    state.scroll = place.scroll
  }
}
