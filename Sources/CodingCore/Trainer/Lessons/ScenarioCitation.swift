/// Where a teaching point comes from: a tabular note (code, level, kind, exact text), a section of
/// the Official Guidelines, or the source article (marked as such, never official).
public struct ScenarioCitation: Sendable, Hashable, Codable {
  /// `tabular`, `guideline` or `source-article`.
  public var source: String
  /// Tabular: the code, section id or chapter carrying the note.
  public var code: String?
  /// Tabular: the carrier's level (`code`, `subcategory`, `category`, `section`, `chapter`).
  public var level: String?
  /// Tabular: the note kind (`excludes1`, `excludes2`, `inclusionTerm`, ...).
  public var kind: String?
  /// Tabular: the note's exact text.
  public var note: String?
  /// Guideline: the section (`I.C.6.b.1`).
  public var section: String?
  /// Source article: the line reference (`seed 000:130`).
  public var reference: String?

  /// The sources a citation may name.
  public static let sources: Set<String> = ["tabular", "guideline", "source-article"]

  /// `Excludes1 at subcategory M54.5: "lumbago with sciatica (M54.4-)"`, `Official Guidelines I.C.6.b.1`,
  /// `source article (not official): seed 000:130`.
  public var text: String {
    switch source {
    case "tabular":
      let kindName = kind.flatMap { NoteKind(elementName: $0)?.heading } ?? "Note"
      return "\(kindName) at \(level ?? "") \(code ?? ""): \"\(note ?? "")\" (official tabular)"
    case "guideline":
      return "ICD-10-CM Official Guidelines \(section ?? "")"
    default:
      return "source article (not official): \(reference ?? "")"
    }
  }
}
