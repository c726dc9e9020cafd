/// The cells that differ between the frame on screen and the next one.
///
/// Like ratatui's buffer diff, it is aware of wide glyphs: a changed
/// continuation cell pulls in the glyph that owns it, and a wide glyph that is
/// replaced makes the cell after it redraw too, so no half glyph stays behind.
public enum ScreenDiff {
  /// The runs of changed cells; every cell when there is no previous frame or
  /// its size differs.
  public static func runs(from old: ScreenBuffer?, to new: ScreenBuffer) -> [CellRun] {
    guard let old, old.width == new.width, old.height == new.height else {
      return (0..<new.height).compactMap { y in
        new.width == 0
          ? nil
          : CellRun(x: 0, y: y, cells: Array(new.cells[(y * new.width)..<((y + 1) * new.width)]))
      }
    }
    var runs: [CellRun] = []
    let w = new.width
    var changed = [Bool](repeating: false, count: w)
    old.cells.withUnsafeBufferPointer { o in
      new.cells.withUnsafeBufferPointer { n in
        for y in 0..<new.height {
          let row = y * w
          var any = false
          for x in 0..<w where o[row + x] != n[row + x] {
            changed[x] = true
            any = true
            if o[row + x].width == 2, x + 1 < w { changed[x + 1] = true }
            if n[row + x].isContinuation, x > 0 { changed[x - 1] = true }
          }
          guard any else { continue }
          var x = 0
          while x < w {
            if !changed[x] {
              x += 1
              continue
            }
            var start = x
            if n[row + start].isContinuation, start > 0 { start -= 1 }
            var end = x
            while end < w, changed[end] {
              changed[end] = false
              end += 1
            }
            if end < w, n[row + end].isContinuation { end += 1 }
            runs.append(CellRun(x: start, y: y, cells: Array(n[(row + start)..<(row + end)])))
            x = end
          }
        }
      }
    }
    return runs
  }

  /// The number of cells the runs redraw.
  public static func cellCount(_ runs: [CellRun]) -> Int {
    runs.reduce(0) { $0 + $1.cells.count }
  }
}
