/// What the workbench shows of one node of a release.
public struct CatalogEntry: Equatable, Sendable {
  /// A stable key for the node within the release (the code, a section range
  /// such as `M50-M54`, or `chapter 13`).
  public var key: String
  /// The label shown as the code (`M54.50`, `M50-M54`, `13`).
  public var code: String
  public var title: String
  public var kind: CatalogNodeKind
  /// A code that can be reported as is.
  public var isBillable: Bool
  /// Whether the node has children in the tree.
  public var hasChildren: Bool
  /// Whether a 7th character must be added to report it.
  public var needsSeventhCharacter: Bool

  public init(
    key: String, code: String, title: String, kind: CatalogNodeKind, isBillable: Bool,
    hasChildren: Bool, needsSeventhCharacter: Bool = false
  ) {
    self.key = key
    self.code = code
    self.title = title
    self.kind = kind
    self.isBillable = isBillable
    self.hasChildren = hasChildren
    self.needsSeventhCharacter = needsSeventhCharacter
  }
}
