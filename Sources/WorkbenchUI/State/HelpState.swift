/// The help overlay: which pane's keys it lists, and how far it is scrolled.
public struct HelpState: Equatable, Sendable {
  public var pane: PaneID
  public var scroll = 0
  public init(pane: PaneID) { self.pane = pane }
}
