import CodingCore

extension PaneID {
  /// The documentation checklist of the encounter.
  public static let checklist = PaneID(rawValue: "checklist")
}

extension KeyScope {
  /// The bindings of the checklist pane.
  public static let checklist = PaneID.checklist.scope
}

extension Command {
  public static let cycleItem = Command(rawValue: "checklist.cycle")
  public static let markDocumented = Command(rawValue: "checklist.documented")
  public static let markNotDocumented = Command(rawValue: "checklist.not-documented")
  public static let markUnknown = Command(rawValue: "checklist.unknown")
}

/// The documentation checklist pane: what the record must say for the encounter's codes, each item
/// answered documented, not documented or unknown.
public enum ChecklistPane: Pane {
  public static let id = PaneID.checklist
  public static let title = "Documentation checklist"
  public static let shortTitle = "Checklist"
  public static let slot = PaneSlot.bottomRight
  public static let focusKey: String? = "4"

  public static let commands: [CommandSpec] = [
    answer(
      .cycleItem, "Cycle documented / not documented / unknown", hint: "cycle", keys: ["<Space>", "<Enter>"], nil),
    answer(.markDocumented, "Mark the item documented", hint: "yes", keys: ["y"], .yes),
    answer(.markNotDocumented, "Mark the item not documented", hint: "no", keys: ["n"], .no),
    answer(.markUnknown, "Mark the item unknown", hint: "unknown", keys: ["x"], .unknown),
  ]

  private static func answer(
    _ command: Command, _ summary: String, hint: String, keys: [String], _ value: DocumentationAnswer?
  ) -> CommandSpec {
    CommandSpec(command, summary, hint: hint, scopes: [.checklist], keys: [(.checklist, keys)]) { r, _, s in
      r.setChecklistState(value, &s)
      return []
    }
  }

  public static func lines(_ state: AppState, width: Int) -> [PaneLine] { ChecklistModel.lines(state, width: width) }
  public static func scroll(_ state: AppState) -> Int { state.checklist.scroll }
  public static func setScroll(_ scroll: Int, _ state: inout AppState) { state.checklist.scroll = scroll }
  public static func selection(_ state: AppState) -> Int? { state.checklist.selected }
  public static func itemCount(_ state: AppState, width: Int) -> Int { state.encounter.report.checklist.count }

  public static func select(_ selection: Int, _ reducer: Reducer, _ state: inout AppState) {
    state.checklist.selected = selection
  }
}
