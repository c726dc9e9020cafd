/// A code reference inside a note, resolved against its release.
public struct NoteReference: Hashable, Sendable {
  /// The reference as written (`M54.4-`, `M54.3-M54.4`).
  public var text: String
  /// The nodes it covers in tabular order (a code and all its subdivisions, or a range); nil when
  /// the reference names no code of the release.
  public var nodes: Range<NodeID>?
  /// A restriction written after "with" (`7th character B`), if any.
  public var qualifier: ReferenceQualifier?

  /// Creates a reference.
  public init(text: String, nodes: Range<NodeID>?, qualifier: ReferenceQualifier?) {
    self.text = text
    self.nodes = nodes
    self.qualifier = qualifier
  }

  /// Whether the reference covers `node`, whose lookup key is `key` (needed for qualifiers).
  public func covers(_ node: NodeID, key: @autoclosure () -> String) -> Bool {
    guard let nodes, nodes.contains(node) else { return false }
    guard let qualifier else { return true }
    return qualifier.admits(key: key())
  }
}
