/// A horizontal run of consecutive cells that changed between two frames.
public struct CellRun: Equatable, Sendable {
  /// Column of the first cell.
  public var x: Int
  /// Row of the run.
  public var y: Int
  /// The new cells, left to right (continuation cells included).
  public var cells: [Cell]

  public init(x: Int, y: Int, cells: [Cell]) {
    self.x = x
    self.y = y
    self.cells = cells
  }
}
