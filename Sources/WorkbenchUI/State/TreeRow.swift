/// One visible row of the code tree.
public struct TreeRow: Equatable, Sendable {
  public var entry: CatalogEntry
  /// Nesting depth, 0 for a chapter.
  public var depth: Int
  public var isExpanded: Bool
}
