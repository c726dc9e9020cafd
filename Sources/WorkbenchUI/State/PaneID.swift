/// The four panes, in focus (Tab) order.
public enum PaneID: Int, CaseIterable, Sendable, Hashable {
  case tree, detail, encounter, checklist

  /// The pane's title in its border.
  public var title: String {
    switch self {
    case .tree: "Code tree"
    case .detail: "Detail"
    case .encounter: "Encounter"
    case .checklist: "Documentation checklist"
    }
  }

  /// The key map scope of the pane.
  public var scope: KeyScope {
    switch self {
    case .tree: .tree
    case .detail: .detail
    case .encounter: .encounter
    case .checklist: .checklist
    }
  }

  /// The next pane in Tab order (wrapping).
  public var next: PaneID { PaneID(rawValue: (rawValue + 1) % 4) ?? .tree }
  /// The previous pane in Tab order (wrapping).
  public var previous: PaneID { PaneID(rawValue: (rawValue + 3) % 4) ?? .tree }
}
