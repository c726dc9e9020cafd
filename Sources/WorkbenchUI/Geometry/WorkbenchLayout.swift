/// Where the title line, the panes and the status line go for a terminal size.
///
/// At 120x40 and above all four slots show (top-left | top-right over bottom-left | bottom-right);
/// from 80 columns the two slots of the row holding the focused pane, side by side; from 60x16 the
/// focused pane alone; below that only a message. Zoomed, the focused pane fills the body.
public struct WorkbenchLayout: Equatable, Sendable {
  /// The smallest usable terminal.
  public static let minimumWidth = 60
  public static let minimumHeight = 16

  public let width: Int
  public let height: Int
  /// The title line.
  public let title: Rect
  /// The status (and prompt) line.
  public let status: Rect
  /// Visible panes and their frames (borders included).
  public let panes: [PaneID: Rect]
  /// Tab order: the pane of every slot, visible or not.
  public let focusOrder: FocusOrder

  public init(
    width: Int, height: Int, focus: PaneID, shown: [PaneSlot: PaneID] = PaneRegistry.defaults, zoomed: Bool = false
  ) {
    self.width = width
    self.height = height
    title = Rect(x: 0, y: 0, width: width, height: 1)
    status = Rect(x: 0, y: height - 1, width: width, height: 1)
    focusOrder = FocusOrder(shown.sorted { $0.key < $1.key }.map(\.value))
    guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
      panes = [:]
      return
    }
    let body = Rect(x: 0, y: 1, width: width, height: height - 2)
    let focusSlot = shown.first { $0.value == focus }?.key ?? .topLeft
    func at(_ slot: PaneSlot) -> PaneID { shown[slot] ?? PaneRegistry.defaults[slot] ?? focus }
    if zoomed {
      panes = [focus: body]
    } else if width >= 120 && height >= 40 {
      let rows = Layout.split(body, .vertical, [.percent(55), .fill(1)])
      let top = Layout.split(rows[0], .horizontal, [.percent(42), .fill(1)])
      let bottom = Layout.split(rows[1], .horizontal, [.percent(55), .fill(1)])
      panes = [at(.topLeft): top[0], at(.topRight): top[1], at(.bottomLeft): bottom[0], at(.bottomRight): bottom[1]]
    } else if width >= 80 {
      let cols = Layout.split(body, .horizontal, [.percent(focusSlot.isTop ? 42 : 55), .fill(1)])
      panes =
        focusSlot.isTop
        ? [at(.topLeft): cols[0], at(.topRight): cols[1]] : [at(.bottomLeft): cols[0], at(.bottomRight): cols[1]]
    } else {
      panes = [focus: body]
    }
  }

  /// Whether the terminal is below the minimum size.
  public var isTooSmall: Bool { panes.isEmpty }

  /// Whether every slot is on screen.
  public var showsAllPanes: Bool { panes.count == PaneSlot.allCases.count }

  /// The content area of a pane (inside its border), if visible.
  public func content(_ pane: PaneID) -> Rect? { panes[pane].map { $0.inset(by: 1) } }
}
