/// One note that applies to a node, own or inherited.
public struct CatalogNote: Equatable, Sendable {
  public var kind: CatalogNoteKind
  /// The note's exact text.
  public var text: String
  /// The label of the node that carries the note (`M54.5`, `M50-M54`).
  public var carrier: String
  /// The carrier's level (`code`, `subcategory`, `category`, `section`, `chapter`).
  public var level: String
  /// Whether the note is the node's own (not inherited).
  public var isOwn: Bool
  /// The codes the note points to, each resolvable to a node.
  public var references: [CatalogReference]

  public init(
    kind: CatalogNoteKind, text: String, carrier: String, level: String, isOwn: Bool,
    references: [CatalogReference]
  ) {
    self.kind = kind
    self.text = text
    self.carrier = carrier
    self.level = level
    self.isOwn = isOwn
    self.references = references
  }
}
