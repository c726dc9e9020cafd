/// One cell of a conflict matrix.
public enum MatrixCell: String, Sendable, Hashable, CaseIterable {
  /// The diagonal: a code with itself.
  case same = "="
  /// An official Excludes1 conflict, in either direction, after precedence.
  case excludes1 = "E1"
  /// Only a text-only Excludes1 note resolved by the curated mapping (a warning).
  case curatedExcludes1 = "E1*"
  /// An Excludes2 relation and no deciding Excludes1.
  case excludes2 = "E2"
  /// No Excludes note relates the pair.
  case none = ""

  /// The symbol shown in the grid (empty for no relation).
  public var symbol: String { rawValue }

  /// The legend, one line per symbol.
  public static let legend: [String] = [
    "E1   Excludes1 conflict (either direction): never together, unless unrelated (I.A.12.a)",
    "E1*  text-only Excludes1 resolved by the curated mapping: probably not together (a warning)",
    "E2   Excludes2 (and no Excludes1): both may be reported (I.A.12.b)",
    "     (empty) no Excludes note relates the pair",
    "=    the same code",
  ]
}
