import CodingCore

/// The conflict matrix pane: the matrix and its cell cursor.
public struct MatrixState: Sendable {
  /// The matrix shown, if any.
  public var matrix: ConflictMatrix?
  /// The cursor's row and column.
  public var row = 0
  public var column = 1
  /// First line shown.
  public var scroll = 0

  public init() {}
}
