/// Where a rule comes from, with a stable name used in JSON and CSV output.
public enum Authority: String, Sendable, Hashable, Codable, CaseIterable {
  /// An instructional note or the structure of the official ICD-10-CM tabular.
  case officialTabular = "official-tabular"
  /// The ICD-10-CM Official Guidelines for Coding and Reporting.
  case officialGuideline = "official-guideline"
  /// Only the source articles (seed documents); such rules can be switched off.
  case sourceArticle = "source-article"
  /// A product decision of M54 Workbench (curated mapping or lint), never an error.
  case curated = "curated"

  /// A short label for people ("official tabular", "source article", ...).
  public var label: String {
    switch self {
    case .officialTabular: "official tabular"
    case .officialGuideline: "official guideline"
    case .sourceArticle: "source article"
    case .curated: "curated by M54 Workbench"
    }
  }
}
