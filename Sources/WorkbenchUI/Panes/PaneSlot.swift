/// The four places of the screen a pane can occupy, in focus (Tab) order.
///
/// At 120x40 all four show (top-left | top-right over bottom-left | bottom-right); from 80 columns
/// the row holding the focused pane; below that the focused pane alone.
public enum PaneSlot: Int, CaseIterable, Sendable, Hashable, Comparable {
  case topLeft, topRight, bottomLeft, bottomRight

  /// Whether the slot is in the top row.
  public var isTop: Bool { self == .topLeft || self == .topRight }

  public static func < (a: PaneSlot, b: PaneSlot) -> Bool { a.rawValue < b.rawValue }
}
