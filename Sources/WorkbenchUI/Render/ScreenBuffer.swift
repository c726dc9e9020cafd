/// An in-memory grid of cells that renderers draw into.
///
/// The buffer knows nothing of terminals: a backend copies its changed cells
/// to the screen, and tests read it back as text with ``lines()``.
public struct ScreenBuffer: Equatable, Sendable {
  /// Width in columns.
  public let width: Int
  /// Height in rows.
  public let height: Int
  /// Row-major cells, `width * height` of them.
  public private(set) var cells: [Cell]

  /// A blank buffer of the given size.
  public init(width: Int, height: Int, role: StyleRole = .text) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank(role), count: self.width * self.height)
  }

  /// The whole buffer as a rectangle.
  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// The cell at a position; positions outside the buffer read as blank.
  public subscript(x: Int, y: Int) -> Cell {
    get {
      guard x >= 0, y >= 0, x < width, y < height else { return .blank() }
      return cells[y * width + x]
    }
    set {
      guard x >= 0, y >= 0, x < width, y < height else { return }
      cells[y * width + x] = newValue
    }
  }

  /// Fills a rectangle (clipped to the buffer) with blanks in a role.
  public mutating func fill(_ rect: Rect, role: StyleRole) {
    let r = rect.intersection(bounds)
    guard !r.isEmpty else { return }
    let blank = Cell.blank(role)
    for y in r.y..<r.maxY {
      let start = y * width + r.x
      for i in start..<(start + r.width) { cells[i] = blank }
    }
  }

  /// Changes the role of every cell in a rectangle, keeping the text.
  public mutating func restyle(_ rect: Rect, role: StyleRole) {
    let r = rect.intersection(bounds)
    guard !r.isEmpty else { return }
    for y in r.y..<r.maxY {
      let start = y * width + r.x
      for i in start..<(start + r.width) { cells[i].role = role }
    }
  }

  /// Writes text at a position, clipped to `limit` columns (and the buffer).
  ///
  /// Control characters become spaces, combining marks join the previous
  /// cell, and a wide glyph that would cross the limit is replaced by a space.
  /// - Returns: the number of columns written.
  @discardableResult
  public mutating func put(
    _ text: some StringProtocol, x: Int, y: Int, limit: Int? = nil, role: StyleRole
  ) -> Int {
    guard y >= 0, y < height, x < width else { return 0 }
    let end = min(width, limit.map { x + max(0, $0) } ?? width)
    var col = x
    let rowStart = y * width
    for scalar in text.unicodeScalars {
      if col >= end { break }
      let v = scalar.value
      var w: Int
      if v >= 0x20 && v < 0x7F {
        w = 1
      } else {
        w = DisplayWidth.of(scalar)
        if w == 0 {
          if v < 0x20 || (v >= 0x7F && v < 0xA0) {
            w = 1  // control character: shown as a space
          } else {
            attachMark(v, before: col, rowStart: rowStart, minX: x)
            continue
          }
        }
      }
      if col < 0 {
        col += w
        continue
      }
      let shown: UInt32 = (v < 0x20 || (v >= 0x7F && v < 0xA0)) ? 0x20 : v
      if w == 2 {
        if col + 2 > end {
          cells[rowStart + col] = Cell(base: 0x20, mark: 0, width: 1, role: role)
          col += 1
          break
        }
        cells[rowStart + col] = Cell(base: shown, mark: 0, width: 2, role: role)
        cells[rowStart + col + 1] = .continuation(role)
        col += 2
      } else {
        cells[rowStart + col] = Cell(base: shown, mark: 0, width: 1, role: role)
        col += 1
      }
    }
    return max(0, col - max(x, 0))
  }

  /// Writes text padded with spaces (or truncated with "…") to exactly `columns`.
  public mutating func putPadded(
    _ text: String, x: Int, y: Int, columns: Int, role: StyleRole
  ) {
    guard columns > 0 else { return }
    let shown = DisplayWidth.of(text) > columns ? DisplayWidth.truncate(text, to: columns) : text
    let written = put(shown, x: x, y: y, limit: columns, role: role)
    if written < columns {
      fill(Rect(x: x + written, y: y, width: columns - written, height: 1), role: role)
    }
  }

  private mutating func attachMark(_ v: UInt32, before col: Int, rowStart: Int, minX: Int) {
    var target = col - 1
    while target >= max(0, minX) {
      if cells[rowStart + target].width != 0 { break }
      target -= 1
    }
    guard target >= max(0, minX), cells[rowStart + target].mark == 0 else { return }
    cells[rowStart + target].mark = v
  }

  /// The buffer as plain text, one string per row, trailing spaces kept.
  public func lines() -> [String] {
    (0..<height).map { line($0) }
  }

  /// One row as plain text; continuation cells contribute nothing.
  public func line(_ y: Int) -> String {
    guard y >= 0, y < height else { return "" }
    var s = ""
    s.reserveCapacity(width)
    for x in 0..<width {
      let c = cells[y * width + x]
      if c.isContinuation { continue }
      s += c.text
    }
    return s
  }

  /// The text inside a rectangle, one string per row.
  public func lines(in rect: Rect) -> [String] {
    let r = rect.intersection(bounds)
    guard !r.isEmpty else { return [] }
    return (r.y..<r.maxY).map { y in
      var s = ""
      for x in r.x..<r.maxX {
        let c = cells[y * width + x]
        if !c.isContinuation { s += c.text }
      }
      return s
    }
  }

  /// The whole screen joined by newlines with trailing spaces removed: the
  /// form render tests compare.
  public var text: String {
    lines().map { line in
      var l = Substring(line)
      while l.last == " " { l = l.dropLast() }
      return String(l)
    }.joined(separator: "\n")
  }

  /// The roles along one row as runs `(startColumn, length, role)`.
  public func roleRuns(row y: Int) -> [(x: Int, length: Int, role: StyleRole)] {
    guard y >= 0, y < height, width > 0 else { return [] }
    var runs: [(x: Int, length: Int, role: StyleRole)] = []
    var start = 0
    var role = cells[y * width].role
    for x in 1..<max(1, width) where cells[y * width + x].role != role {
      runs.append((start, x - start, role))
      start = x
      role = cells[y * width + x].role
    }
    runs.append((start, width - start, role))
    return runs
  }
}
