/// The panes that exist, in focus order within their slots: the one place a new pane is registered.
public enum PaneRegistry {
  /// Every pane type. The first pane of each slot is the one the slot shows by default.
  public static let panes: [any Pane.Type] = [
    TreePane.self, DetailPane.self, EncounterPane.self, ChecklistPane.self, ReviewPane.self, IndexPane.self,
    MessagesPane.self, ExplainPane.self, MatrixPane.self, LessonPane.self, QuizPane.self,
  ]

  private static let byID: [PaneID: any Pane.Type] = Dictionary(
    panes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

  /// The pane type with an identity.
  public static func pane(_ id: PaneID) -> (any Pane.Type)? { byID[id] }

  /// The pane each slot shows when nothing else was opened there.
  public static let defaults: [PaneSlot: PaneID] = {
    var out: [PaneSlot: PaneID] = [:]
    for pane in panes where out[pane.slot] == nil { out[pane.slot] = pane.id }
    return out
  }()
}
