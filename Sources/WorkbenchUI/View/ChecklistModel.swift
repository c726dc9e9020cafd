/// The documentation checklist's content as lines, one selectable item per checklist entry.
public enum ChecklistModel {
  /// The entries shown: the encounter's, or while it has no codes, those of the code selected in the tree.
  public static func entries(_ state: AppState) -> [ChecklistEntry] {
    state.encounter.draft.codes.isEmpty ? state.checklist.browsed : state.encounter.report.checklist
  }

  /// Builds the lines at a content width.
  public static func lines(_ state: AppState, width: Int) -> [PaneLine] {
    let items = entries(state)
    guard !items.isEmpty else {
      var text = "No documentation items for these codes."
      if state.encounter.draft.codes.isEmpty {
        text =
          state.checklist.browsedCode.map { "\($0) is not billable: select a billable code in the tree, or add codes." }
          ?? "Add codes to the encounter to see what must be documented."
      }
      return PaneLine.wrap([Segment(text, .muted)], width: width)
    }
    var lines: [PaneLine] = []
    for (i, item) in items.enumerated() {
      let need = item.isRequired ? "required" : "recommended"
      lines += PaneLine.wrap(
        [
          Segment(item.state.label, item.state.role), Segment("  \(item.text)"),
          Segment("  (\(need); \(item.codes.joined(separator: ", ")))", .muted),
        ], width: width, indent: 4, selection: i)
      if !item.source.isEmpty {
        lines += PaneLine.wrap([Segment("    from \(item.source)", .muted)], width: width, indent: 6, selection: i)
      }
      if item.state == .no, !item.consequence.isEmpty {
        lines += PaneLine.wrap(
          [Segment("    → \(item.consequence)", .findingWarning)], width: width, indent: 6, selection: i)
      }
    }
    return lines
  }
}
