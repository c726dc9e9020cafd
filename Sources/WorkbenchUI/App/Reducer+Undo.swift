import CodingCore

extension Reducer {
  /// Remembers the encounter before a change (adding, removing, reordering codes, unrelated marks).
  func recordUndo(_ change: String, _ state: inout AppState) {
    let draft = state.encounter.draft
    state.encounter.undo.undo.append(.init(codes: draft.codes, unrelated: draft.unrelated, change: change))
    if state.encounter.undo.undo.count > EncounterUndo.limit { state.encounter.undo.undo.removeFirst() }
    state.encounter.undo.redo = []
  }

  /// Undoes the last change to the encounter's codes or unrelated marks.
  func undoEncounter(_ state: inout AppState) {
    guard let previous = state.encounter.undo.undo.popLast() else {
      state.message = StatusMessage("Nothing to undo.")
      return
    }
    let draft = state.encounter.draft
    state.encounter.undo.redo.append(.init(codes: draft.codes, unrelated: draft.unrelated, change: previous.change))
    restore(previous, &state)
    state.message = StatusMessage("Undid: \(previous.change).")
  }

  /// Redoes the last change undone.
  func redoEncounter(_ state: inout AppState) {
    guard let next = state.encounter.undo.redo.popLast() else {
      state.message = StatusMessage("Nothing to redo.")
      return
    }
    let draft = state.encounter.draft
    state.encounter.undo.undo.append(.init(codes: draft.codes, unrelated: draft.unrelated, change: next.change))
    restore(next, &state)
    state.message = StatusMessage("Redid: \(next.change).")
  }

  private func restore(_ snapshot: EncounterUndo.Snapshot, _ state: inout AppState) {
    state.encounter.draft.codes = snapshot.codes
    state.encounter.draft.unrelated = snapshot.unrelated
    recheck(&state)
  }
}
