/// The documentation checklist pane's selection.
public struct ChecklistState: Equatable, Sendable {
  public var selected = 0
  public var scroll = 0
  public init() {}
}
