/// An instructional note of the tabular with its resolved code references.
public struct Note: Hashable, Sendable {
  /// The kind (Excludes1, Code first, ...).
  public var kind: NoteKind
  /// The exact text of the official file.
  public var text: String
  /// For a 7th-character definition, the character (`A`); otherwise nil.
  public var character: Character?
  /// The codes the note points to, in the order written.
  public var references: [NoteReference]
}
