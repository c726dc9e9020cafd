/// Where a binding applies: everywhere, in one pane, or in the help overlay.
public enum KeyScope: String, CaseIterable, Sendable, Hashable {
  case global
  case tree
  case detail
  case encounter
  case checklist
  case help

  /// The heading of this scope in the help overlay.
  public var title: String {
    switch self {
    case .global: "Everywhere"
    case .tree: "Code tree"
    case .detail: "Detail"
    case .encounter: "Encounter"
    case .checklist: "Checklist"
    case .help: "Help"
    }
  }
}
