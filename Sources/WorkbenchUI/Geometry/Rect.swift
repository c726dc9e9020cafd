/// A rectangle of terminal cells.
public struct Rect: Equatable, Hashable, Sendable, CustomStringConvertible {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The empty rectangle at the origin.
  public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width <= 0 || height <= 0 }
  public var description: String { "\(width)x\(height)+\(x)+\(y)" }

  /// Whether a cell lies inside.
  public func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < maxX && py >= y && py < maxY
  }

  /// The overlap of two rectangles (empty when they do not meet).
  public func intersection(_ other: Rect) -> Rect {
    let nx = max(x, other.x)
    let ny = max(y, other.y)
    let mx = min(maxX, other.maxX)
    let my = min(maxY, other.maxY)
    guard mx > nx, my > ny else { return Rect(x: nx, y: ny, width: 0, height: 0) }
    return Rect(x: nx, y: ny, width: mx - nx, height: my - ny)
  }

  /// The rectangle shrunk by `n` cells on every side.
  public func inset(by n: Int) -> Rect {
    Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n)
  }

  /// A centred rectangle of at most the given size.
  public func centered(width w: Int, height h: Int) -> Rect {
    let cw = min(w, width)
    let ch = min(h, height)
    return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
  }
}
