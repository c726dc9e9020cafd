/// One terminal cell: a grapheme (base scalar plus at most one combining mark),
/// its display width and its style role.
///
/// A wide glyph occupies two cells: the first holds the glyph with width 2,
/// the second is a *continuation* cell with width 0 that the backend skips.
/// Cells compare by integers only, which keeps the screen diff cheap.
public struct Cell: Equatable, Sendable {
  /// The base Unicode scalar value.
  public var base: UInt32
  /// A combining mark drawn over the base, or 0 for none.
  public var mark: UInt32
  /// Display columns: 1, 2 for a wide glyph, 0 for a continuation cell.
  public var width: UInt8
  /// The semantic role the theme turns into colours and attributes.
  public var role: StyleRole

  /// A blank cell in the given role.
  public static func blank(_ role: StyleRole = .text) -> Cell {
    Cell(base: 0x20, mark: 0, width: 1, role: role)
  }

  /// The continuation cell that follows a wide glyph.
  public static func continuation(_ role: StyleRole) -> Cell {
    Cell(base: 0x20, mark: 0, width: 0, role: role)
  }

  /// Whether this cell is the trailing half of a wide glyph.
  public var isContinuation: Bool { width == 0 }

  /// The cell's text: the base scalar followed by its mark, if any.
  public var text: String {
    var scalars = String.UnicodeScalarView()
    scalars.append(Unicode.Scalar(base) ?? " ")
    if mark != 0, let m = Unicode.Scalar(mark) { scalars.append(m) }
    return String(scalars)
  }
}
