/// One level of a code's path from its chapter down to the code, with the notes it carries for a pair.
public struct PathStep: Sendable, Hashable {
  /// The level's code, section id or chapter number (`M54.5`, `M50-M54`, `13`).
  public var code: String
  /// The level's official title.
  public var title: String
  /// The level (chapter, section, category, subcategory, code).
  public var level: NodeKind
  /// The kinds of the notes relating the pair that this level carries (empty for most levels).
  public var carries: [NoteKind]

  /// Creates a step.
  public init(code: String, title: String, level: NodeKind, carries: [NoteKind] = []) {
    self.code = code
    self.title = title
    self.level = level
    self.carries = carries
  }

  /// Whether this level carries a note relating the pair.
  public var carriesNote: Bool { !carries.isEmpty }
}
