/// The panes Tab and Shift-Tab walk through: the pane each slot shows, in slot order.
public struct FocusOrder: Equatable, Sendable {
  public let panes: [PaneID]

  public init(_ panes: [PaneID]) { self.panes = panes }

  /// The pane after one (wrapping); the first pane when it is not in the order.
  public func after(_ pane: PaneID) -> PaneID { step(pane, 1) }

  /// The pane before one (wrapping).
  public func before(_ pane: PaneID) -> PaneID { step(pane, -1) }

  private func step(_ pane: PaneID, _ delta: Int) -> PaneID {
    guard !panes.isEmpty else { return pane }
    guard let i = panes.firstIndex(of: pane) else { return panes[0] }
    return panes[(i + delta + panes.count) % panes.count]
  }
}
