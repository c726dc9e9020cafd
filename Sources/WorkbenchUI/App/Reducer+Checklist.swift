import CodingCore

/// The checklist pane's content and its Enter: the browsed tree code's items while the encounter is
/// empty, the encounter's otherwise; Enter shows where the selected item comes from.
extension Reducer {
  /// Loads the items of the tree's selected code when the encounter has no codes (only when the
  /// selection or the release changed: one rules-engine call per move).
  func refreshBrowsedChecklist(_ state: inout AppState) {
    guard state.encounter.draft.codes.isEmpty else {
      if state.checklist.browsedKey != nil {
        state.checklist.browsedKey = nil
        state.checklist.browsedCode = nil
        state.checklist.browsed = []
      }
      return
    }
    let key = state.tree.selectedKey
    let marker = key.map { "\(state.catalog.releaseName)|\($0)" }
    guard marker != state.checklist.browsedKey else { return }
    state.checklist.browsedKey = marker
    state.checklist.selected = 0
    state.checklist.scroll = 0
    let entry = key.flatMap { state.catalog.entry($0) }
    state.checklist.browsedCode = entry?.code
    guard let entry, entry.isBillable else {
      state.checklist.browsed = []
      return
    }
    state.checklist.browsed = environment.checker.checklist(
      forCode: entry.code, catalog: state.catalog, date: state.encounter.draft.date)
  }

  /// Shows the selected item's source in the detail pane: the note's carrier, or the siblings' parent.
  func openChecklistSource(_ state: inout AppState) {
    guard let item = ChecklistModel.entries(state)[safe: state.checklist.selected] else { return }
    guard let target = item.target, let key = state.catalog.resolve(target) else {
      state.message = StatusMessage("\(item.id): \(item.source) (nothing to open)")
      return
    }
    showNode(key, &state)
    state.message = StatusMessage("Detail: \(target) — \(item.source)")
  }
}
