/// A minimal ratatui-style splitter: divides a rectangle along one axis.
public enum Layout {
  /// How much of the axis one part takes.
  public enum Constraint: Equatable, Sendable {
    /// Exactly this many cells (or what is left).
    case length(Int)
    /// This percentage of the whole.
    case percent(Int)
    /// An equal share of what remains after lengths and percentages, weighted.
    case fill(Int)
  }

  /// The axis along which to split.
  public enum Axis: Sendable {
    case horizontal
    case vertical
  }

  /// Splits `rect` into consecutive parts following the constraints.
  ///
  /// Fixed parts are satisfied first, in order, as far as space allows; fill
  /// parts share the rest by weight, the last one absorbing rounding.
  public static func split(_ rect: Rect, _ axis: Axis, _ constraints: [Constraint]) -> [Rect] {
    let total = axis == .horizontal ? rect.width : rect.height
    var sizes = [Int](repeating: 0, count: constraints.count)
    var remaining = total
    for (i, c) in constraints.enumerated() {
      switch c {
      case .length(let n): sizes[i] = min(max(0, n), remaining)
      case .percent(let p): sizes[i] = min(total * max(0, p) / 100, remaining)
      case .fill: continue
      }
      remaining -= sizes[i]
    }
    let weights = constraints.map { if case .fill(let w) = $0 { max(0, w) } else { 0 } }
    let weightSum = weights.reduce(0, +)
    if weightSum > 0 {
      let pool = remaining
      var given = 0
      let lastFill = weights.lastIndex { $0 > 0 } ?? 0
      for (i, w) in weights.enumerated() where w > 0 {
        sizes[i] = i == lastFill ? pool - given : pool * w / weightSum
        given += sizes[i]
      }
    }
    var offset = axis == .horizontal ? rect.x : rect.y
    return sizes.map { size in
      defer { offset += size }
      return axis == .horizontal
        ? Rect(x: offset, y: rect.y, width: size, height: rect.height)
        : Rect(x: rect.x, y: offset, width: rect.width, height: size)
    }
  }
}
