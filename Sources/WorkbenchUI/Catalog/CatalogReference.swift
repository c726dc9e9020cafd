/// A code reference inside a note that the user can follow.
public struct CatalogReference: Equatable, Sendable {
  /// The reference as written or normalised (`M54.4-`, `M54.3-M54.4`).
  public var label: String
  /// The node key to jump to (the first code of a range), if it resolves.
  public var target: String?

  public init(label: String, target: String?) {
    self.label = label
    self.target = target
  }
}
