/// Where the title line, the panes and the status line go for a terminal size.
///
/// At 120x40 and above all four panes show (tree | detail over encounter |
/// checklist); from 80 columns two panes show side by side, the pair holding
/// the focused pane; from 60x16 one pane; below that only a message.
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

  public init(width: Int, height: Int, focus: PaneID) {
    self.width = width
    self.height = height
    title = Rect(x: 0, y: 0, width: width, height: 1)
    status = Rect(x: 0, y: height - 1, width: width, height: 1)
    guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
      panes = [:]
      return
    }
    let body = Rect(x: 0, y: 1, width: width, height: height - 2)
    if width >= 120 && height >= 40 {
      let rows = Layout.split(body, .vertical, [.percent(55), .fill(1)])
      let top = Layout.split(rows[0], .horizontal, [.percent(42), .fill(1)])
      let bottom = Layout.split(rows[1], .horizontal, [.percent(55), .fill(1)])
      panes = [.tree: top[0], .detail: top[1], .encounter: bottom[0], .checklist: bottom[1]]
    } else if width >= 80 {
      let browsing = focus == .tree || focus == .detail
      let cols = Layout.split(body, .horizontal, [.percent(browsing ? 42 : 55), .fill(1)])
      panes = browsing ? [.tree: cols[0], .detail: cols[1]] : [.encounter: cols[0], .checklist: cols[1]]
    } else {
      panes = [focus: body]
    }
  }

  /// Whether the terminal is below the minimum size.
  public var isTooSmall: Bool { panes.isEmpty }

  /// Whether every pane is on screen.
  public var showsAllPanes: Bool { panes.count == 4 }

  /// The content area of a pane (inside its border), if visible.
  public func content(_ pane: PaneID) -> Rect? { panes[pane].map { $0.inset(by: 1) } }
}
