/// A note that applies to a code, with where it comes from: the code itself or an ancestor.
public struct AppliedNote: Hashable, Sendable {
  /// The note.
  public var note: Note
  /// The node that carries the note (the code, its subcategory, category, section or chapter).
  public var carrier: NodeID
  /// The carrier's level.
  public var level: NodeKind
  /// The carrier's code, section id or chapter number, for display.
  public var carrierCode: String
}
