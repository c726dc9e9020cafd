/// What the detail pane explains.
public enum DetailSubject: Equatable, Sendable {
  /// A node of the tree (by key).
  case node(String)
  /// A finding of the encounter (by index in the report).
  case finding(Int)
}
