/// Where a finding comes from: the note (or rule), its carrier and level, the release and the authority.
public struct Evidence: Sendable, Hashable {
  /// Whether this evidence decided the finding or was overruled by a more specific note.
  public enum Role: String, Sendable, Hashable, Codable {
    case decides
    case overruled
  }

  /// The code, section id or chapter number whose note it is (`M54.5`, `G50-G59`, `13`), or the rule id.
  public var carrier: String
  /// The carrier's level (`code`, `subcategory`, `category`, `section`, `chapter`); nil for rules.
  public var level: NodeKind?
  /// The note's kind (`excludes1`, ...); nil for rules that are not tabular notes.
  public var noteKind: NoteKind?
  /// The note's exact text (or the rule's statement).
  public var noteText: String
  /// The reference inside the note that matched (`M54.4-`), if any.
  public var reference: String?
  /// The release the note was read from.
  public var release: String
  /// Where the note or rule comes from.
  public var authority: Authority
  /// The code of the encounter whose chain carries the note.
  public var subject: String?
  /// For an inherited note, the path from the chapter down to the subject code
  /// (`["13", "M50-M54", "M54", "M54.5", "M54.50"]`); empty when the note is the subject's own.
  public var path: [String]
  /// Decided the finding, or overruled (a less specific note that disagreed).
  public var role: Role
  /// A citation or rationale (curated mappings, source-article lines, guideline sections).
  public var citation: String?

  /// Creates evidence.
  public init(
    carrier: String, level: NodeKind?, noteKind: NoteKind?, noteText: String, reference: String? = nil,
    release: String, authority: Authority, subject: String? = nil, path: [String] = [],
    role: Role = .decides, citation: String? = nil
  ) {
    self.carrier = carrier
    self.level = level
    self.noteKind = noteKind
    self.noteText = noteText
    self.reference = reference
    self.release = release
    self.authority = authority
    self.subject = subject
    self.path = path
    self.role = role
    self.citation = citation
  }
}
