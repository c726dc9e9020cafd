/// The documentation checklist's content as lines, one selectable item per checklist entry.
public enum ChecklistModel {
  /// Builds the lines at a content width.
  public static func lines(_ state: AppState, width: Int) -> [PaneLine] {
    let items = state.encounter.report.checklist
    guard !items.isEmpty else {
      let text =
        state.encounter.draft.codes.isEmpty
        ? "Add codes to the encounter to see what must be documented."
        : "No documentation items for these codes."
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
      if item.state == .no, !item.consequence.isEmpty {
        lines += PaneLine.wrap(
          [Segment("    → \(item.consequence)", .findingWarning)], width: width, indent: 6, selection: i)
      }
    }
    return lines
  }
}
