import CodingCore

extension PaneID {
  /// The encounter builder: the codes, the entry row and the findings.
  public static let encounter = PaneID(rawValue: "encounter")
}

extension KeyScope {
  /// The bindings of the encounter pane.
  public static let encounter = PaneID.encounter.scope
}

extension Command {
  public static let clearEncounter = Command(rawValue: "encounter.clear")
  public static let removeCode = Command(rawValue: "encounter.remove")
  public static let moveCodeDown = Command(rawValue: "encounter.move-down")
  public static let moveCodeUp = Command(rawValue: "encounter.move-up")
  public static let markUnrelated = Command(rawValue: "encounter.unrelated")
  public static let explain = Command(rawValue: "encounter.explain")
  public static let editCode = Command(rawValue: "encounter.edit")
  public static let undoEncounter = Command(rawValue: "encounter.undo")
  public static let redoEncounter = Command(rawValue: "encounter.redo")
}

/// The encounter builder pane: codes in sequence, a code entry row with completion, and the live
/// findings of the rules engine.
public enum EncounterPane: Pane {
  public static let id = PaneID.encounter
  public static let title = "Encounter"
  public static let slot = PaneSlot.bottomLeft
  public static let focusKey: String? = "3"
  public static let focusSummary = "Focus the encounter builder"

  public static let commands: [CommandSpec] = [
    CommandSpec(
      .removeCode, "Remove the selected code", hint: "remove", scopes: [.encounter],
      keys: [(.encounter, ["d", "<Del>"])]
    ) { r, _, s in
      r.removeSelectedCode(&s)
      return []
    },
    CommandSpec(
      .moveCodeDown, "Move the selected code down (sequencing)", hint: "reorder", scopes: [.encounter],
      keys: [(.encounter, ["J"])]
    ) { r, _, s in
      r.moveSelectedCode(by: 1, &s)
      return []
    },
    CommandSpec(
      .moveCodeUp, "Move the selected code up (sequencing)", hint: "reorder", scopes: [.encounter],
      keys: [(.encounter, ["K"])]
    ) { r, _, s in
      r.moveSelectedCode(by: -1, &s)
      return []
    },
    CommandSpec(
      .markUnrelated, "Mark the selected Excludes1 pair unrelated (asks a reason)", hint: "unrelated",
      scopes: [.encounter], keys: [(.encounter, ["u"])]
    ) { r, _, s in
      r.askUnrelated(&s)
      return []
    },
    CommandSpec(
      .explain, "Explain the selected finding / show the selected code", hint: "explain", scopes: [.encounter],
      keys: [(.encounter, ["<Enter>"])]
    ) { r, _, s in
      r.explainSelection(&s)
      return []
    },
    CommandSpec(
      .editCode, "Type a code to add (Enter adds, Tab/↑↓ choose a completion, Esc leaves)", hint: "type code",
      scopes: [.encounter], keys: [(.encounter, ["i", "+"])]
    ) { r, _, s in
      r.enterEntry(&s)
      return []
    },
    CommandSpec(
      .undoEncounter, "Undo the last change to the codes or unrelated marks", hint: "undo", scopes: [.encounter],
      keys: [(.encounter, ["U"])], names: ["undo-codes"]
    ) { r, _, s in
      r.undoEncounter(&s)
      return []
    },
    CommandSpec(
      .redoEncounter, "Redo the change undone last", scopes: [.encounter], keys: [(.encounter, ["<C-r>"])],
      names: ["redo"]
    ) { r, _, s in
      r.redoEncounter(&s)
      return []
    },
    CommandSpec(
      .clearEncounter, "Start a new, empty encounter", scopes: [.encounter], names: ["clear", "new"]
    ) { r, _, s in
      r.clearEncounter(&s)
      return []
    },
  ]

  public static func title(_ state: AppState) -> String {
    state.encounter.draft.id.map { "\(title) \($0)" } ?? title
  }

  public static func lines(_ state: AppState, width: Int) -> [PaneLine] { EncounterModel.lines(state, width: width) }
  public static func scroll(_ state: AppState) -> Int { state.encounter.scroll }
  public static func setScroll(_ scroll: Int, _ state: inout AppState) { state.encounter.scroll = scroll }
  public static func selection(_ state: AppState) -> Int? { state.encounter.cursorIndex }
  public static func itemCount(_ state: AppState, width: Int) -> Int { state.encounter.cursorPositions.count }

  public static func select(_ selection: Int, _ reducer: Reducer, _ state: inout AppState) {
    if let cursor = state.encounter.cursorPositions[safe: selection] { reducer.setEncounterCursor(cursor, &state) }
  }

  public static func handleKey(_ key: Key, _ reducer: Reducer, _ state: inout AppState) -> Bool {
    reducer.handleEntryKey(key, &state)
  }

  public static func didFocus(_ reducer: Reducer, _ state: inout AppState) {
    if state.encounter.typing { reducer.leaveEntry(&state) }
  }
}
