/// One code reference parsed from a note: a code (with its subdivisions) or a range of codes.
public struct ReferenceItem: Hashable, Sendable {
  /// The reference as written, trimmed (`M54.4-`, `M54.3-M54.4`, `S06.1- to S06.6-`).
  public var text: String
  /// The lookup key of the first (or only) code.
  public var startKey: String
  /// The lookup key of the last code of a range; equal to `startKey` for a single code.
  public var endKey: String

  /// Whether the item is a range of codes rather than one code.
  public var isRange: Bool { startKey != endKey }
}
