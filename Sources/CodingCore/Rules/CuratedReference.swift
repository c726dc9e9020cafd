/// A curated code set for a text-only Excludes1 note (a product decision, with its rationale).
public struct CuratedReference: Sendable, Hashable, Codable {
  /// A stable id (`CUR-SPINE-INJURY`).
  public var id: String
  /// The codes or section ids whose note it resolves (`M50-M54`).
  public var carriers: [String]
  /// The note kind (`excludes1`).
  public var noteKind: String
  /// The start of the note text it resolves (compared case-insensitively).
  public var noteText: String
  /// Other spellings of the note text in the tabular.
  public var alsoMatches: [String]
  /// The references it stands for, in the tabular's syntax (`S33.5-`, `S32.0-S32.2`).
  public var references: [String]
  /// Why these codes.
  public var rationale: String

  enum CodingKeys: String, CodingKey {
    case id, carriers, references, rationale
    case noteKind = "note_kind"
    case noteText = "note_text"
    case alsoMatches = "also_matches"
  }

  /// Creates an entry.
  public init(
    id: String, carriers: [String], noteKind: String, noteText: String, alsoMatches: [String] = [],
    references: [String], rationale: String
  ) {
    self.id = id
    self.carriers = carriers
    self.noteKind = noteKind
    self.noteText = noteText
    self.alsoMatches = alsoMatches
    self.references = references
    self.rationale = rationale
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    carriers = try c.decode([String].self, forKey: .carriers)
    noteKind = try c.decode(String.self, forKey: .noteKind)
    noteText = try c.decode(String.self, forKey: .noteText)
    alsoMatches = try c.decodeIfPresent([String].self, forKey: .alsoMatches) ?? []
    references = try c.decode([String].self, forKey: .references)
    rationale = try c.decode(String.self, forKey: .rationale)
  }

  /// Whether a note's text is the one this entry resolves.
  public func matches(noteText text: String) -> Bool {
    let lower = text.lowercased()
    return ([noteText] + alsoMatches).contains { lower.hasPrefix($0.lowercased()) }
  }
}
