/// The documentation checklist pane's selection.
public struct ChecklistState: Equatable, Sendable {
  public var selected = 0
  public var scroll = 0
  /// The tree node whose items are shown while the encounter is empty, and those items.
  public var browsedKey: String?
  public var browsedCode: String?
  public var browsed: [ChecklistEntry] = []
  public init() {}
}
